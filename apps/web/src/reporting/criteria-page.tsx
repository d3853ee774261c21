import { comparator, type Criterion } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { QueryState } from '../components/query-state.js';
import { useI18n } from '../shared/i18n.js';
import { useMetricOptions } from '../shared/metrics.js';
import { criteriaQuery, useDeleteCriterion } from './api/criteria.js';
import { CriterionForm } from './criterion-form.js';
import { PageTitle } from '../components/page-title.js';

/** 评价标准: the 全国科普示范区 criteria a self-assessment asks for, kept by the city. */
export default function CriteriaPage() {
  const { t } = useI18n();
  const criteria = useQuery(criteriaQuery());
  const metricLabels = new Map(useMetricOptions().map((option) => [option.value, option.label]));
  const [editing, setEditing] = useState<Criterion | null | undefined>(undefined);
  const remove = useDeleteCriterion({ success: t('deleted') });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <PageTitle>{t('criteria')}</PageTitle>
        <Button type="primary" onClick={() => setEditing(null)}>
          {t('addCriterion')}
        </Button>
      </Flex>
      <QueryState isPending={false} error={criteria.error} retry={() => void criteria.refetch()}>
        <Table<Criterion>
          rowKey="code"
          size="small"
          loading={criteria.isPending}
          pagination={false}
          dataSource={criteria.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          columns={[
            { key: 'group', title: t('group'), dataIndex: 'group' },
            { key: 'name', title: t('criterionName'), dataIndex: 'name' },
            { key: 'weight', title: t('weight'), dataIndex: 'weight' },
            {
              key: 'metric',
              title: t('measuredBy'),
              render: (_: unknown, criterion) =>
                criterion.metric
                  ? `${metricLabels.get(criterion.metric) ?? criterion.metric} ${comparator.labels[criterion.comparator]} ${criterion.threshold ?? ''}${criterion.unit ?? ''}`
                  : t('byEvidence'),
            },
            { key: 'position', title: t('position'), dataIndex: 'position' },
            {
              key: 'active',
              title: t('status'),
              render: (_: unknown, criterion) => (
                <Tag color={criterion.active ? 'success' : undefined}>{criterion.active ? t('active') : t('retired')}</Tag>
              ),
            },
            {
              key: 'actions',
              title: t('actions'),
              render: (_: unknown, criterion) => (
                <Space>
                  <Button size="small" onClick={() => setEditing(criterion)}>
                    {t('edit')}
                  </Button>
                  <Popconfirm title={t('delete')} onConfirm={() => remove.mutate(criterion)} okText={t('delete')} cancelText={t('cancel')}>
                    <Button size="small" danger>
                      {t('delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      {editing !== undefined && <CriterionForm criterion={editing} onClose={() => setEditing(undefined)} />}
    </Space>
  );
}
