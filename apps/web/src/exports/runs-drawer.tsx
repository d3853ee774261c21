import type { ExportRun, ExportSchedule } from '@kepu/domain';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { scheduleQueries } from './api/schedules.js';

const statusColours: Record<ExportRun['status'], string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };

// A six-field cron runs by the second, so an occurrence keeps its seconds.
const occurrenceTime = (iso: string) => iso.slice(0, 19).replace('T', ' ');

function fileSize(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A schedule's runs, newest first. It refreshes while open, so a run can be watched from 排队中 to
 * 成功; each succeeded run's link downloads its file without signing in until the link expires.
 */
export function RunsDrawer({ schedule, onClose }: { schedule: ExportSchedule; onClose: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const runs = useQuery(scheduleQueries.runs(schedule.id, { page, pageSize: 10 }));

  return (
    <Drawer
      open
      size={900}
      title={`${t('runHistory')} · ${schedule.name}`}
      onClose={onClose}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void runs.refetch()}>
          {t('refresh')}
        </Button>
      }
    >
      <QueryState isPending={false} error={runs.error} retry={() => void runs.refetch()}>
        <Table<ExportRun>
          rowKey="id"
          size="small"
          loading={runs.isPending}
          dataSource={runs.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, pageSize: 10, total: runs.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'occurrence', title: t('occurrence'), dataIndex: 'occurrence', render: occurrenceTime },
            {
              key: 'status',
              title: t('status'),
              dataIndex: 'status',
              render: (status: ExportRun['status']) => <Tag color={statusColours[status]}>{t(`run_${status}` satisfies MessageKey)}</Tag>,
            },
            { key: 'attempts', title: t('attempts'), dataIndex: 'attempts' },
            { key: 'rows', title: t('rowCount'), dataIndex: 'rows', render: (rows: number | null) => rows?.toLocaleString('zh-CN') ?? '—' },
            { key: 'bytes', title: t('size'), dataIndex: 'bytes', render: fileSize },
            {
              key: 'error',
              title: t('error'),
              dataIndex: 'error',
              render: (error: string | null) => error && <Typography.Text type="danger">{error}</Typography.Text>,
            },
            {
              key: 'download',
              title: t('download'),
              render: (_: unknown, run) =>
                run.downloadUrl && (
                  <a href={run.downloadUrl} download>
                    {t('download')}
                  </a>
                ),
            },
            {
              key: 'expires',
              title: t('linkExpires'),
              dataIndex: 'downloadExpiresAt',
              render: (expires: string | null) => (expires ? shanghaiTime(expires) : '—'),
            },
          ]}
        />
      </QueryState>
    </Drawer>
  );
}
