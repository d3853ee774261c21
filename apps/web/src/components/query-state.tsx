import { Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../shared/api/client.js';
import { useI18n } from '../shared/i18n.js';
import { PageTitle } from './page-title.js';

type StatusPageProps = { status: '403' | '404' | 'error'; title: string; subTitle?: string | undefined; extra?: ReactNode };

/** A page that is nothing but a status (not found, forbidden, failed to load): its title is the page's h1 and the tab's title. */
export function StatusPage({ title, ...result }: StatusPageProps) {
  return <Result {...result} title={<PageTitle>{title}</PageTitle>} />;
}

/**
 * The loading, error and empty states every page shows the same way. With `page`, the query is the
 * page's own (the record it shows), so an error replaces the page and names it.
 */
export function QueryState(props: {
  isPending: boolean;
  error: unknown;
  isEmpty?: boolean;
  retry?: (() => void) | undefined;
  page?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (props.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (props.error) {
    const Status = props.page ? StatusPage : Result;
    const status = props.error instanceof ApiError ? props.error.status : 500;
    if (status === 404) return <Status status="404" title={t('notFound')} />;
    if (status === 403)
      return <Status status="403" title={t('forbidden')} subTitle={props.error instanceof ApiError ? props.error.problem.title : undefined} />;
    return (
      <Status
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
