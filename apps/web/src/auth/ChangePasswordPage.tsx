import { ChangePasswordBody } from '@kepu/domain';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { request } from '../shared/api.js';
import { showServerErrors, validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from './session.js';

export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm();

  async function submit(values: unknown) {
    const body = validate(form, ChangePasswordBody, values);
    if (!body) return;
    try {
      await request('/auth/password', { method: 'POST', body });
      // Changing the password ends every session, this one included.
      await signOut('passwordChanged');
    } catch (error) {
      if (!showServerErrors(form, error)) message.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={3}>{t('changePassword')}</Typography.Title>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="currentPassword" label={t('currentPassword')} required>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('newPassword')} required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
