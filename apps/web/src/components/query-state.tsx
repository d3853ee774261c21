import { Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../shared/api/client.js';
import { useI18n } from '../shared/i18n.js';

/** The loading, error and empty states every page shows the same way. */
export function QueryState(props: { isPending: boolean; error: unknown; isEmpty?: boolean; retry?: (() => void) | undefined; children: ReactNode }) {
  const { t } = useI18n();
  if (props.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (props.error) {
    const status = props.error instanceof ApiError ? props.error.status : 500;
    if (status === 404) return <Result status="404" title={t('notFound')} />;
    if (status === 403)
      return <Result status="403" title={t('forbidden')} subTitle={props.error instanceof ApiError ? props.error.problem.title : undefined} />;
    return (
      <Result
        status="error"
        title={t('loadFailed')}
        subTitle={props.error instanceof Error ? props.error.message : undefined}
        extra={props.retry ? <Button onClick={props.retry}>{t('retry')}</Button> : undefined}
      />
    );
  }
  if (props.isEmpty) return <Empty description={t('empty')} />;
  return props.children;
}
