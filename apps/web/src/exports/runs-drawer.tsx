import { fileSize, type ExportRun, type ExportSchedule, type MailStatus } from '@kepu/domain';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { scheduleQueries } from './api/schedules.js';

const statusColours: Record<ExportRun['status'], string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };
const mailColours: Record<MailStatus, string> = { not_requested: 'default', off: 'warning', pending: 'processing', sent: 'success', failed: 'error' };

/** The mail about a run, decided when it finishes: the status, and who, how often, what went wrong on hover. */
function RunMail({ run }: { run: ExportRun }) {
  const { t } = useI18n();
  if (run.status === 'queued' || run.status === 'running') return '—';
  const { mail } = run;
  const details = [
    mail.recipients.length > 0 && `${t('recipients')}：${mail.recipients.join(', ')}`,
    mail.attempts > 0 && `${t('attempts')}：${mail.attempts}`,
    mail.sentAt && `${t('mailSentAt')}：${shanghaiTime(mail.sentAt)}`,
    mail.error && `${t('error')}：${mail.error}`,
  ].filter(Boolean);
  const tag = <Tag color={mailColours[mail.status]}>{t(`mail_${mail.status}` satisfies MessageKey)}</Tag>;
  return details.length > 0 ? (
    <Tooltip
      title={details.map((line) => (
        <div key={String(line)}>{line}</div>
      ))}
    >
      {tag}
    </Tooltip>
  ) : (
    tag
  );
}

// A six-field cron runs by the second, so an occurrence keeps its seconds.
const occurrenceTime = (iso: string) => iso.slice(0, 19).replace('T', ' ');

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
            { key: 'bytes', title: t('size'), dataIndex: 'bytes', render: (bytes: number | null) => (bytes === null ? '—' : fileSize(bytes)) },
            {
              key: 'error',
              title: t('error'),
              dataIndex: 'error',
              render: (error: string | null) => error && <Typography.Text type="danger">{error}</Typography.Text>,
            },
            { key: 'mail', title: t('mail'), render: (_: unknown, run) => <RunMail run={run} /> },
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
