import { campaignKind, submissionStatus, type SubmissionStatus, type SubmissionSummary } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { useI18n } from '../shared/i18n.js';
import { submissionQueries } from './api/submissions.js';
import { StatusTag } from './status-tag.js';
import { PageTitle } from '../components/page-title.js';

type Role = 'fill' | 'review';

function Inbox({ role }: { role: Role }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<SubmissionStatus | undefined>();
  const inbox = useQuery(submissionQueries.inbox({ role, page, status }));
  const items = inbox.data?.items ?? [];
  // Reminders reach units only here (they are not mailed): say so above the list, not only in a column.
  const reminded = role === 'fill' && items.some((item) => item.remindedAt && !['submitted', 'approved'].includes(item.status));
  return (
    <QueryState isPending={false} error={inbox.error} retry={() => void inbox.refetch()}>
      {reminded && <Alert type="warning" showIcon role="alert" title={t('remindedAlert')} style={{ marginBottom: 12 }} />}
      <Select
        aria-label={`${t(role === 'fill' ? 'toFill' : 'toReview')} ${t('status')}`}
        allowClear
        placeholder={t('allStatuses')}
        value={status}
        onChange={(value: SubmissionStatus | undefined) => {
          setStatus(value);
          setPage(1);
        }}
        options={submissionStatus.values.map((value) => ({ value, label: submissionStatus.labels[value] }))}
        style={{ width: 160, marginBottom: 12 }}
      />
      <Table<SubmissionSummary>
        rowKey="id"
        loading={inbox.isPending}
        dataSource={items}
        locale={{ emptyText: t('empty') }}
        pagination={{ current: page, total: inbox.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            key: 'campaign',
            title: t('campaigns'),
            render: (_: unknown, item) => (
              <Link to={`/submissions/${item.id}`}>
                {item.campaignName}（{item.region.name}）
              </Link>
            ),
          },
          { key: 'kind', title: t('campaignKind'), render: (_: unknown, item) => campaignKind.labels[item.kind] },
          { key: 'year', title: t('year'), dataIndex: 'year' },
          { key: 'unit', title: t('reportingUnit'), render: (_: unknown, item) => item.region.fullName },
          { key: 'deadline', title: t('deadline'), dataIndex: 'deadline' },
          {
            key: 'status',
            title: t('status'),
            render: (_: unknown, item) => (
              <>
                <StatusTag status={item.status} overdue={item.overdue} />
                {item.remindedAt && (
                  <Tag color="warning">
                    {t('remindedNotice')} {shanghaiTime(item.remindedAt)}
                  </Tag>
                )}
              </>
            ),
          },
        ]}
      />
    </QueryState>
  );
}

/** 我的填报: what the user's unit fills, and what it reviews for the level below. */
export default function InboxPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const role: Role = params.get('role') === 'review' ? 'review' : 'fill';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle>{t('inbox')}</PageTitle>
      <Tabs
        activeKey={role}
        onChange={(key) => setParams({ role: key }, { replace: true })}
        items={[
          { key: 'fill', label: t('toFill'), children: <Inbox role="fill" /> },
          { key: 'review', label: t('toReview'), children: <Inbox role="review" /> },
        ]}
      />
    </Space>
  );
}
