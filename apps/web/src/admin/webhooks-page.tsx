import { CreateWebhookBody, changeEntityLabels, webhookActionLabels, webhookEventFilters, type ChangeEntity, type Webhook } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { QueryState } from '../components/query-state.js';
import { RegionName, RegionPicker } from '../components/region-picker.js';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { webhookQueries, useCreateWebhook, useDeleteWebhook, usePingWebhook, useRotateWebhookSecret, useSetWebhookActive } from './api/webhooks.js';
import { DeliveriesDrawer } from './deliveries-drawer.js';
import { PageTitle } from '../components/page-title.js';

/** `events.updated` → 科普活动 · 修改; `events.*` → 科普活动 · 全部; `*` → 全部事件. Entity and action labels are domain terms, in Chinese. */
function useEventLabel() {
  const { t } = useI18n();
  return (filter: string) => {
    if (filter === '*') return t('allEvents');
    const [entity = '', action = ''] = filter.split(/\.(.*)/);
    const entityLabel = changeEntityLabels[entity as ChangeEntity] ?? entity;
    return `${entityLabel} · ${action === '*' ? t('allOfEntity') : (webhookActionLabels[action] ?? action)}`;
  };
}

/** Subscriptions to record changes: the secret is shown once, on creation and on rotation. */
export default function WebhooksPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const eventLabel = useEventLabel();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [watching, setWatching] = useState<Webhook | null>(null);
  const [form] = Form.useForm();
  const webhooks = useQuery(webhookQueries.list({ page }));

  const createWebhook = useCreateWebhook({
    form,
    onSuccess: (created) => {
      setCreating(false);
      form.resetFields();
      setSecret(created.secret);
    },
  });
  function create(values: Record<string, unknown>) {
    const body = validate(form, CreateWebhookBody, values);
    if (body) createWebhook.mutate(body);
  }
  const setActive = useSetWebhookActive();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret({ onSuccess: (rotated) => setSecret(rotated.secret) });
  const ping = usePingWebhook({ success: t('pinged') });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <PageTitle>{t('webhooks')}</PageTitle>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('create')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">{t('webhooksHint')}</Typography.Paragraph>
      {secret && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setSecret(null)}
          title={t('webhookSecretOnce')}
          description={
            <Typography.Text copyable code>
              {secret}
            </Typography.Text>
          }
        />
      )}
      <QueryState isPending={false} error={webhooks.error} retry={() => void webhooks.refetch()}>
        <Table<Webhook>
          rowKey="id"
          loading={webhooks.isPending}
          dataSource={webhooks.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, total: webhooks.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'name', title: t('name'), dataIndex: 'name' },
            { key: 'url', title: t('webhookUrl'), dataIndex: 'url', render: (url: string) => <Typography.Text code>{url}</Typography.Text> },
            {
              key: 'events',
              title: t('webhookEvents'),
              dataIndex: 'events',
              render: (events: string[]) => events.map((filter) => <Tag key={filter}>{eventLabel(filter)}</Tag>),
            },
            { key: 'region', title: t('region'), dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
            {
              key: 'active',
              title: t('active'),
              render: (_: unknown, webhook) => (
                <Space>
                  <Switch
                    checked={webhook.active}
                    aria-label={`${t('active')} ${webhook.name}`}
                    onChange={(active) => setActive.mutate({ webhook, active })}
                  />
                  {webhook.disabledAt && (
                    <Tooltip title={webhook.disabledReason}>
                      <Tag color="error">{t('disabledAuto')}</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            { key: 'failures', title: t('consecutiveFailures'), dataIndex: 'consecutiveFailures' },
            {
              key: 'actions',
              title: t('actions'),
              render: (_: unknown, webhook) => (
                <Space wrap>
                  <Button size="small" onClick={() => setWatching(webhook)}>
                    {t('deliveries')}
                  </Button>
                  <Button size="small" onClick={() => ping.mutate(webhook)}>
                    {t('ping')}
                  </Button>
                  <Popconfirm title={t('confirmRotate')} onConfirm={() => rotate.mutate(webhook)}>
                    <Button size="small">{t('rotateSecret')}</Button>
                  </Popconfirm>
                  <Popconfirm title={t('confirmDeleteWebhook')} onConfirm={() => remove.mutate(webhook)}>
                    <Button danger size="small">
                      {t('delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      {watching && <DeliveriesDrawer webhook={watching} onClose={() => setWatching(null)} />}
      <Modal
        open={creating}
        title={`${t('webhooks')} · ${t('create')}`}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={t('save')}
        cancelText={t('cancel')}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ regionCode: session?.scopeRegionCode, events: ['*'] }}>
          <Form.Item name="name" label={t('name')} required>
            <Input />
          </Form.Item>
          <Form.Item name="url" label={t('webhookUrl')} extra={t('webhookUrlHint')} required>
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item name="events" label={t('webhookEvents')} required>
            <Select mode="multiple" options={webhookEventFilters.map((value) => ({ value, label: eventLabel(value) }))} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('region')} extra={t('webhookRegionHint')}>
            <RegionPicker />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
