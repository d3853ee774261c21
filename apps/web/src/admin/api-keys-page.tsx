import { CreateApiKeyBody, apiKeyScopes, type ApiKey } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { RegionName, RegionPicker } from '../components/region-picker.js';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { apiKeyQueries, useCreateApiKey, useRevokeApiKey } from './api/api-keys.js';
import { PageTitle } from '../components/page-title.js';

export default function ApiKeysPage() {
  const { t } = useI18n();
  const { session, can } = useSession();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm();
  const keys = useQuery(apiKeyQueries.list({ page }));
  // A key can never carry more than its creator may do.
  const grantable = apiKeyScopes.filter((scope) => can(scope));

  const createKey = useCreateApiKey({
    form,
    onSuccess: (created) => {
      setCreating(false);
      form.resetFields();
      setSecret(created.secret);
    },
  });
  function create(values: { name?: string; scopes?: string[]; scopeRegionCode?: string; expiresAt?: Dayjs }) {
    const body = validate(form, CreateApiKeyBody, {
      ...values,
      expiresAt: values.expiresAt ? `${values.expiresAt.format('YYYY-MM-DD')}T23:59:59+08:00` : undefined,
    });
    if (body) createKey.mutate(body);
  }

  const revoke = useRevokeApiKey();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <PageTitle>{t('apiKeys')}</PageTitle>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('create')}
        </Button>
      </Flex>
      {secret && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSecret(null)}
          title={t('secretOnce')}
          description={
            <Typography.Text copyable code>
              {secret}
            </Typography.Text>
          }
        />
      )}
      <QueryState isPending={false} error={keys.error} retry={() => void keys.refetch()}>
        <Table<ApiKey>
          rowKey="id"
          loading={keys.isPending}
          dataSource={keys.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, total: keys.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'name', title: t('name'), dataIndex: 'name' },
            { key: 'prefix', title: 'Prefix', dataIndex: 'prefix', render: (prefix: string) => <Typography.Text code>{prefix}</Typography.Text> },
            {
              key: 'scopes',
              title: 'Scopes',
              dataIndex: 'scopes',
              render: (scopes: string[]) => scopes.map((scope) => <Tag key={scope}>{scope}</Tag>),
            },
            { key: 'region', title: t('region'), dataIndex: 'scopeRegionCode', render: (code: string) => <RegionName code={code} /> },
            { key: 'expiresAt', title: t('expiresAt'), dataIndex: 'expiresAt', render: shanghaiTime },
            {
              key: 'actions',
              title: t('actions'),
              render: (_: unknown, key) =>
                key.revokedAt ? (
                  <Tag>{t('revoked')}</Tag>
                ) : (
                  <Popconfirm title={`${t('revoke')}?`} onConfirm={() => revoke.mutate(key)}>
                    <Button danger size="small">
                      {t('revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </QueryState>
      <Modal
        open={creating}
        title={`${t('apiKeys')} · ${t('create')}`}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={t('save')}
        cancelText={t('cancel')}
        forceRender
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={create}
          initialValues={{ scopeRegionCode: session?.scopeRegionCode, expiresAt: dayjs().add(90, 'day') }}
        >
          <Form.Item name="name" label={t('name')} required>
            <Input />
          </Form.Item>
          <Form.Item name="scopes" label="Scopes" required>
            <Select mode="multiple" options={grantable.map((value) => ({ value, label: value }))} />
          </Form.Item>
          <Form.Item name="scopeRegionCode" label={t('region')} required>
            <RegionPicker />
          </Form.Item>
          <Form.Item name="expiresAt" label={t('expiresAt')} required>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
