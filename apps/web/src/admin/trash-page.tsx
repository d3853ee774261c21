import { recordEntities, type RecordEntity, type TrashItem } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { RegionName } from '../components/region-picker.js';
import { useI18n } from '../shared/i18n.js';
import { trashQueries, useRestoreRecord } from './api/trash.js';
import { PageTitle } from '../components/page-title.js';

export default function TrashPage() {
  const { t } = useI18n();
  const [entity, setEntity] = useState<RecordEntity | undefined>();
  const [page, setPage] = useState(1);
  const trash = useQuery(trashQueries.list({ entity, page }));

  const restore = useRestoreRecord({ success: t('restored') });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle>{t('trash')}</PageTitle>
      <Select
        aria-label={t('entity')}
        placeholder={t('entity')}
        allowClear
        value={entity}
        onChange={(value?: RecordEntity) => setEntity(value)}
        options={recordEntities.map((value) => ({ value, label: t(value) }))}
        style={{ width: 200 }}
      />
      <QueryState isPending={false} error={trash.error} retry={() => void trash.refetch()}>
        <Table<TrashItem>
          rowKey="id"
          loading={trash.isPending}
          dataSource={trash.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={{ current: page, total: trash.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'entity', title: t('entity'), dataIndex: 'entity', render: (value: TrashItem['entity']) => t(value) },
            { key: 'name', title: t('name'), dataIndex: 'name' },
            { key: 'region', title: t('region'), dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
            { key: 'deletedAt', title: t('deletedAt'), dataIndex: 'deletedAt', render: shanghaiTime },
            {
              key: 'actions',
              title: t('actions'),
              render: (_: unknown, item) => (
                <Button
                  onClick={() => restore.mutate({ entity: item.entity, id: item.id, version: item.version })}
                  aria-label={`${t('restore')} ${item.name}`}
                >
                  {t('restore')}
                </Button>
              ),
            },
          ]}
        />
      </QueryState>
    </Space>
  );
}
