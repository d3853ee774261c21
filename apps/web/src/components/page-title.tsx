import { Typography } from 'antd';
import { useEffect, type CSSProperties } from 'react';
import { useI18n } from '../shared/i18n.js';

/**
 * A page's one h1, and the browser tab's title from the same words ("科普活动 - 全域科普管理平台"), so
 * every page is named alike for a screen reader, in the tab list and in the history.
 */
export function PageTitle({ children, tab = children, style }: { children: string; tab?: string; style?: CSSProperties }) {
  const { t } = useI18n();
  const appName = t('appName');
  useEffect(() => {
    document.title = tab === appName ? appName : `${tab} - ${appName}`;
  }, [tab, appName]);
  return (
    <Typography.Title level={1} style={style}>
      {children}
    </Typography.Title>
  );
}
