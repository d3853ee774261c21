import type { Webhook, WebhookAttempt, WebhookDelivery } from '@kepu/domain';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { useRedeliver, webhookQueries } from './api/webhooks.js';

const statusColours: Record<WebhookDelivery['status'], string> = {
  pending: 'processing',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'default',
};

/** Every attempt of one delivery: what the receiver answered, or why nothing came back. */
function Attempts({ attempts }: { attempts: WebhookAttempt[] }) {
  const { t } = useI18n();
  return (
    <Table<WebhookAttempt>
      rowKey="number"
      size="small"
      pagination={false}
      dataSource={attempts}
      locale={{ emptyText: t('empty') }}
      columns={[
        { key: 'number', title: '#', dataIndex: 'number' },
        { key: 'at', title: t('occurrence'), dataIndex: 'at', render: (at: string) => at.slice(0, 19).replace('T', ' ') },
        {
          key: 'status',
          title: t('responseStatus'),
          render: (_: unknown, attempt) =>
            attempt.statusCode === null ? (
              <Typography.Text type="danger">{attempt.error}</Typography.Text>
            ) : (
              <Tag color={attempt.statusCode < 300 ? 'success' : 'error'}>{attempt.statusCode}</Tag>
            ),
        },
        { key: 'duration', title: t('duration'), dataIndex: 'durationMs', render: (ms: number) => `${ms} ms` },
        {
          key: 'body',
          title: t('responseBody'),
          dataIndex: 'responseBody',
          render: (body: string | null) => body && <Typography.Text code>{body.slice(0, 300)}</Typography.Text>,
        },
      ]}
    />
  );
}

/** A subscription's deliveries, newest first, refreshed while open; a finished one can be sent again. */
export function DeliveriesDrawer({ webhook, onClose }: { webhook: Webhook; onClose: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const deliveries = useQuery(webhookQueries.deliveries(webhook.id, { page, pageSize: 10 }));
  const redeliver = useRedeliver({ success: t('redelivered') });

  return (
    <Drawer
      open
      size={1000}
      title={`${t('deliveries')} · ${webhook.name}`}
      onClose={onClose}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void deliveries.refetch()}>
          {t('refresh')}
        </Button>
      }
    >
      <QueryState isPending={false} error={deliveries.error} retry={() => void deliveries.refetch()}>
        <Table<WebhookDelivery>
          rowKey="id"
          size="small"
          loading={deliveries.isPending}
          dataSource={deliveries.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, pageSize: 10, total: deliveries.data?.total ?? 0, onChange: setPage }}
          expandable={{
            expandedRowRender: (delivery) => <Attempts attempts={delivery.attempts} />,
            rowExpandable: (delivery) => delivery.attempts.length > 0,
          }}
          columns={[
            { key: 'createdAt', title: t('createdAt'), dataIndex: 'createdAt', render: shanghaiTime },
            { key: 'type', title: t('eventType'), dataIndex: 'type', render: (type: string) => <Typography.Text code>{type}</Typography.Text> },
            { key: 'record', title: t('record'), dataIndex: 'recordId', render: (id: string | null) => id ?? '—' },
            {
              key: 'status',
              title: t('status'),
              dataIndex: 'status',
              render: (status: WebhookDelivery['status']) => <Tag color={statusColours[status]}>{t(`delivery_${status}` satisfies MessageKey)}</Tag>,
            },
            { key: 'attempts', title: t('attempts'), render: (_: unknown, delivery) => delivery.attempts.length },
            { key: 'next', title: t('nextAttempt'), dataIndex: 'nextAttemptAt', render: (at: string | null) => (at ? shanghaiTime(at) : '—') },
            {
              key: 'actions',
              title: t('actions'),
              render: (_: unknown, delivery) =>
                delivery.status !== 'pending' &&
                webhook.active && (
                  <Button size="small" onClick={() => redeliver.mutate({ webhook, delivery })}>
                    {t('redeliver')}
                  </Button>
                ),
            },
          ]}
        />
      </QueryState>
    </Drawer>
  );
}
