import { campaignKind, campaignStatus, submissionStatus, type Campaign, type SubmissionStatus, type SubmissionSummary } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Descriptions, Flex, Popconfirm, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { campaignQueries, progressFileUrl, useRemindUnits, useUpdateCampaign } from './api/campaigns.js';
import { StatusCounts, StatusTag } from './status-tag.js';
import { PageTitle } from '../components/page-title.js';

/** A manager moves the deadline or closes the campaign. */
function CampaignActions({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const update = useUpdateCampaign({ success: t('saved') });
  return (
    <Space wrap>
      <DatePicker
        aria-label={t('deadline')}
        value={dayjs(campaign.deadline)}
        allowClear={false}
        disabled={campaign.status === 'closed'}
        onChange={(date) => date && update.mutate({ campaign, body: { deadline: date.format('YYYY-MM-DD') } })}
      />
      {campaign.status === 'open' && (
        <Popconfirm title={t('confirmClose')} onConfirm={() => update.mutate({ campaign, body: { status: 'closed' } })}>
          <Button loading={update.isPending}>{t('closeCampaign')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}

function UnitsTable({ items }: { items: SubmissionSummary[] }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<SubmissionStatus | undefined>();
  const shown = status ? items.filter((item) => item.status === status) : items;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        aria-label={t('status')}
        allowClear
        placeholder={t('allStatuses')}
        value={status}
        onChange={setStatus}
        options={submissionStatus.values.map((value) => ({ value, label: submissionStatus.labels[value] }))}
        style={{ width: 160 }}
      />
      <Table<SubmissionSummary>
        rowKey="id"
        size="small"
        dataSource={shown}
        locale={{ emptyText: t('empty') }}
        columns={[
          {
            key: 'region',
            title: t('reportingUnit'),
            render: (_: unknown, item) => <Link to={`/submissions/${item.id}`}>{item.region.fullName}</Link>,
          },
          { key: 'status', title: t('status'), render: (_: unknown, item) => <StatusTag status={item.status} overdue={item.overdue} /> },
          { key: 'submittedAt', title: t('submittedAt'), render: (_: unknown, item) => (item.submittedAt ? shanghaiTime(item.submittedAt) : '—') },
          { key: 'remindedAt', title: t('remindedAt'), render: (_: unknown, item) => (item.remindedAt ? shanghaiTime(item.remindedAt) : '—') },
        ]}
      />
    </Space>
  );
}

/** A campaign's progress: counts, every unit's submission, the workbook, 催报, and the manager's changes. */
export default function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { can } = useSession();
  const campaign = useQuery(campaignQueries.detail(id));
  const progress = useQuery(campaignQueries.progress(id));
  const remind = useRemindUnits();
  const [reminded, setReminded] = useState<number | null>(null);
  const data = campaign.data;

  return (
    <QueryState isPending={campaign.isPending} error={campaign.error} retry={() => void campaign.refetch()} page>
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Flex justify="space-between" wrap gap="small">
            <PageTitle>{`${data.name} · ${t('progress')}`}</PageTitle>
            <Space wrap>
              <Button href={progressFileUrl(data.id)}>{t('exportProgress')}</Button>
              {can('reporting:review') && data.status === 'open' && (
                <Button loading={remind.isPending} onClick={() => remind.mutate(data.id, { onSuccess: (result) => setReminded(result.reminded) })}>
                  {t('remind')}
                </Button>
              )}
            </Space>
          </Flex>
          {reminded !== null && <Typography.Text role="status">{t('remindedUnits').replace('{n}', String(reminded))}</Typography.Text>}
          <Card>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('campaignKind')}>{campaignKind.labels[data.kind]}</Descriptions.Item>
              <Descriptions.Item label={t('year')}>{data.year}</Descriptions.Item>
              <Descriptions.Item label={t('deadline')}>{data.deadline}</Descriptions.Item>
              <Descriptions.Item label={t('region')}>{data.regionName}</Descriptions.Item>
              <Descriptions.Item label={t('status')}>{campaignStatus.labels[data.status]}</Descriptions.Item>
              <Descriptions.Item label={t('figuresAsked')}>{data.items.map((item) => item.label).join('、')}</Descriptions.Item>
            </Descriptions>
            <StatusCounts counts={progress.data?.counts ?? data.counts} />
            {can('reporting:manage') && (
              <div style={{ marginTop: 12 }}>
                <CampaignActions campaign={data} />
              </div>
            )}
          </Card>
          <QueryState isPending={progress.isPending} error={progress.error}>
            <UnitsTable items={progress.data?.items ?? []} />
          </QueryState>
        </Space>
      )}
    </QueryState>
  );
}
