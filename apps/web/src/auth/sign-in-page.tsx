import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../shared/api/client.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { PageTitle } from '../components/page-title.js';

export function SignInPage() {
  const { session, notice, signIn } = useSession();
  const { t, language, setLanguage } = useI18n();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session) return <Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />;

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.username, values.password);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401 ? t('wrongPassword') : caught instanceof ApiError ? caught.problem.title : String(caught),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f4f8' }}>
      <Card style={{ width: 380 }}>
        <PageTitle tab={t('signIn')} style={{ textAlign: 'center' }}>
          {t('appName')}
        </PageTitle>
        {notice && <Alert type="warning" showIcon title={t(notice)} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={(values: { username: string; password: string }) => void submit(values)} requiredMark={false}>
          <Form.Item label={t('username')} name="username" rules={[{ required: true }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('signIn')}
          </Button>
        </Form>
        <Button type="link" block onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {t('language')}
        </Button>
      </Card>
    </main>
  );
}
