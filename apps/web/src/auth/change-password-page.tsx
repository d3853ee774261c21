import { ChangePasswordBody } from '@kepu/domain';
import { Button, Card, Form, Input } from 'antd';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { useChangePassword } from './api/change-password.js';
import { PageTitle } from '../components/page-title.js';

export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { signOut } = useSession();
  const [form] = Form.useForm();
  const change = useChangePassword({ form, onSuccess: () => void signOut('passwordChanged') });

  function submit(values: unknown) {
    const body = validate(form, ChangePasswordBody, values);
    if (body) change.mutate(body);
  }

  return (
    <Card style={{ maxWidth: 480 }}>
      <PageTitle>{t('changePassword')}</PageTitle>
      <Form form={form} layout="vertical" onFinish={submit}>
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
