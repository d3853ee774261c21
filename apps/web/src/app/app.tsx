import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { SignInPage } from '../auth/sign-in-page.js';
import { I18nProvider, useI18n } from '../shared/i18n.js';
import { SessionProvider, useSession } from '../shared/session.js';
import { queryClient } from './query-client.js';
import { theme } from './theme.js';

// Everything after sign-in loads on demand, so the sign-in page carries only what it needs.
const Shell = lazy(() => import('./shell.js'));

function RequireSession({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin fullscreen />;
  if (!session) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return children;
}

function Localised({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Localised>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <BrowserRouter>
              <Routes>
                <Route path="/login" element={<SignInPage />} />
                <Route
                  path="/*"
                  element={
                    <RequireSession>
                      <Suspense fallback={<Spin fullscreen />}>
                        <Shell />
                      </Suspense>
                    </RequireSession>
                  }
                />
              </Routes>
            </BrowserRouter>
          </SessionProvider>
        </QueryClientProvider>
      </Localised>
    </I18nProvider>
  );
}
