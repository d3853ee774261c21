import { campaignKind, campaignStatus, type Campaign } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryState } from '../components/query-state.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { campaignQueries } from './api/campaigns.js';
import { CampaignForm } from './campaign-form.js';
import { StatusCounts } from './status-tag.js';
import { PageTitle } from '../components/page-title.js';

/** 填报任务: the campaigns opened in the user's area or above it; managers open new ones. */
export default function CampaignsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const campaigns = useQuery(campaignQueries.list({ page }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <PageTitle>{t('campaigns')}</PageTitle>
        {can('reporting:manage') && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('openCampaign')}
          </Button>
        )}
      </Flex>
      <QueryState isPending={false} error={campaigns.error} retry={() => void campaigns.refetch()}>
        <Table<Campaign>
          rowKey="id"
          loading={campaigns.isPending}
          dataSource={campaigns.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, total: campaigns.data?.total ?? 0, onChange: setPage }}
          columns={[
            {
              key: 'name',
              title: t('name'),
              render: (_: unknown, campaign) => <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>,
            },
            { key: 'kind', title: t('campaignKind'), render: (_: unknown, campaign) => campaignKind.labels[campaign.kind] },
            { key: 'year', title: t('year'), dataIndex: 'year' },
            {
              key: 'deadline',
              title: t('deadline'),
              render: (_: unknown, campaign) => (
                <>
                  {campaign.deadline} {campaign.status === 'closed' && <Tag>{campaignStatus.labels.closed}</Tag>}
                </>
              ),
            },
            { key: 'counts', title: t('progress'), render: (_: unknown, campaign) => <StatusCounts counts={campaign.counts} /> },
          ]}
        />
      </QueryState>
      {creating && <CampaignForm onClose={() => setCreating(false)} />}
    </Space>
  );
}
