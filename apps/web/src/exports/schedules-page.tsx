import type { ExportSchedule, ScheduleTarget } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Popconfirm, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { useI18n } from '../shared/i18n.js';
import { scheduleQueries, useDeleteSchedule, useSetScheduleActive } from './api/schedules.js';
import { RunsDrawer } from './runs-drawer.js';
import { blankSchedule, draftFromUrl, ScheduleForm, type ScheduleValues } from './schedule-form.js';
import { cronPresets, formatLabels, reportLabels } from './targets.js';
import { PageTitle } from '../components/page-title.js';

function TargetText({ target }: { target: ScheduleTarget }) {
  const { t } = useI18n();
  const format = t(formatLabels[target.format]);
  if (target.kind === 'list') return `${t(target.entity)} · ${format}`;
  const year = target.year === 'previous' ? t('yearPrevious') : target.year === 'current' ? t('thisYear') : String(target.year);
  return `${t(reportLabels[target.report])} · ${year} · ${format}`;
}

function CronText({ schedule }: { schedule: ExportSchedule }) {
  const { t } = useI18n();
  const preset = cronPresets.find(({ cron }) => cron === schedule.cron);
  return (
    <Space orientation="vertical" size={0}>
      <span>
        <Typography.Text code>{schedule.cron}</Typography.Text>
        {preset && ` ${t(preset.label)}`}
      </span>
      <Typography.Text type="secondary">
        {t('nextRun')}：{schedule.nextRunAt ? shanghaiTime(schedule.nextRunAt) : t('paused')}
      </Typography.Text>
    </Space>
  );
}

function ActiveSwitch({ schedule }: { schedule: ExportSchedule }) {
  const { t } = useI18n();
  const change = useSetScheduleActive();
  return (
    <Switch
      checked={schedule.active}
      loading={change.isPending}
      aria-label={`${t('active')} ${schedule.name}`}
      onChange={(active) => change.mutate({ schedule, active })}
    />
  );
}

/** Scheduled exports in the user's area; anyone signed in can schedule what they may read. */
export default function SchedulesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const [draft, setDraft] = useState<ScheduleValues | null>(() => draftFromUrl(params, t));
  const [runsOf, setRunsOf] = useState<ExportSchedule | null>(null);
  const schedules = useQuery(scheduleQueries.list({ page }));
  const remove = useDeleteSchedule({ success: t('deleted') });

  function closeForm() {
    setDraft(null);
    // The list page's prefill is used once; a reload should not reopen it.
    if (params.has('new')) setParams({}, { replace: true });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <PageTitle>{t('schedules')}</PageTitle>
        <Button type="primary" onClick={() => setDraft(blankSchedule)}>
          {t('create')}
        </Button>
      </Flex>
      <QueryState isPending={false} error={schedules.error} retry={() => void schedules.refetch()}>
        <Table<ExportSchedule>
          rowKey="id"
          loading={schedules.isPending}
          dataSource={schedules.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, total: schedules.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'name', title: t('name'), dataIndex: 'name' },
            { key: 'target', title: t('content'), dataIndex: 'target', render: (target: ScheduleTarget) => <TargetText target={target} /> },
            { key: 'cron', title: t('cron'), render: (_: unknown, schedule) => <CronText schedule={schedule} /> },
            { key: 'active', title: t('active'), render: (_: unknown, schedule) => <ActiveSwitch schedule={schedule} /> },
            { key: 'owner', title: t('owner'), dataIndex: 'ownerName' },
            {
              key: 'actions',
              title: t('actions'),
              render: (_: unknown, schedule) => (
                <Space>
                  <Button size="small" onClick={() => setRunsOf(schedule)}>
                    {t('runHistory')}
                  </Button>
                  <Popconfirm
                    title={t('confirmDeleteSchedule')}
                    onConfirm={() => remove.mutate(schedule)}
                    okText={t('delete')}
                    cancelText={t('cancel')}
                  >
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
      {draft && <ScheduleForm initial={draft} onClose={closeForm} />}
      {runsOf && <RunsDrawer schedule={runsOf} onClose={() => setRunsOf(null)} />}
    </Space>
  );
}
