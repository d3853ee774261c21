import { fieldLabel, fieldsOf } from '@kepu/domain';
import type { RecordEntity } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Popconfirm, Space, Table, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { displayValue, shanghaiTime } from '../components/display.js';
import { QueryState, StatusPage } from '../components/query-state.js';
import { entities, isRecordEntity, valueOf, type AnyRecord, type EntityConfig } from '../shared/entities.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { recordQueries, useDeleteRecord } from './api/records.js';
import { useDictionary } from '../shared/api/dictionary.js';
import { PageTitle } from '../components/page-title.js';

export default function DetailPage() {
  const { entity, id } = useParams();
  const { t } = useI18n();
  if (!isRecordEntity(entity) || !id) return <StatusPage status="404" title={t('pageNotFound')} />;
  return <RecordDetail key={id} config={entities[entity]} id={id} />;
}

const recordActions = ['create', 'update', 'delete', 'restore', 'revert', 'purge'];

function History({ entity, id }: { entity: RecordEntity; id: string }) {
  const { t, language } = useI18n();
  const dictionary = useDictionary();
  const history = useQuery(recordQueries.history(entity, id));
  return (
    <Card title={t('history')}>
      <QueryState isPending={history.isPending} error={history.error} isEmpty={history.data?.items.length === 0}>
        <Timeline
          items={history.data?.items.map((entry) => ({
            key: entry.id,
            content: (
              <div>
                <Typography.Text strong>
                  {shanghaiTime(entry.at)} · {entry.actorLabel} ·{' '}
                  {recordActions.includes(entry.action) ? t(`${entry.action}_action` as MessageKey) : entry.action}
                </Typography.Text>
                {Object.entries(entry.changes)
                  .filter(([field]) => field !== 'id')
                  .map(([field, change]) => (
                    <div key={field}>
                      {fieldLabel(field, language)}: {displayValue(entity, field, change.from, dictionary)} →{' '}
                      {displayValue(entity, field, change.to, dictionary)}
                    </div>
                  ))}
              </div>
            ),
          }))}
        />
      </QueryState>
    </Card>
  );
}

function Related({ entity, param, id }: { entity: RecordEntity; param: string; id: string }) {
  const { t, language } = useI18n();
  const dictionary = useDictionary();
  const { can } = useSession();
  const config = entities[entity];
  const list = useQuery({ ...recordQueries.list(entity, { [param]: id, pageSize: 10 }), enabled: can(`${entity}:read`) });
  if (!can(`${entity}:read`)) return null;
  return (
    <Card title={`${t('related')} · ${t(entity)}${list.data ? `（${list.data.total}）` : ''}`} size="small">
      <Table<AnyRecord>
        rowKey="id"
        size="small"
        loading={list.isPending}
        pagination={false}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        columns={config.defaultColumns.slice(0, 3).map((field, index) => ({
          key: field,
          dataIndex: field,
          title: fieldLabel(field, language),
          render: (value: unknown, record: AnyRecord) =>
            index === 0 ? (
              <Link to={`/${entity}/${record.id}`}>{config.title(record, dictionary)}</Link>
            ) : (
              displayValue(entity, field, value, dictionary)
            ),
        }))}
      />
    </Card>
  );
}

function RecordDetail({ config, id }: { config: EntityConfig; id: string }) {
  const { t, language } = useI18n();
  const dictionary = useDictionary();
  const { can } = useSession();
  const navigate = useNavigate();
  const record = useQuery(recordQueries.detail(config.key, id));
  const fields = fieldsOf(config.key, config.create);
  const remove = useDeleteRecord({ success: t('deleted'), onSuccess: () => void navigate(`/${config.key}`) });

  return (
    <QueryState isPending={record.isPending} error={record.error} page>
      {record.data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Flex justify="space-between" align="center">
            <PageTitle style={{ margin: 0 }}>{config.title(record.data, dictionary)}</PageTitle>
            {can(`${config.key}:write`) && (
              <Space>
                <Link to={`/${config.key}/${id}/edit`}>
                  <Button type="primary">{t('edit')}</Button>
                </Link>
                <Popconfirm
                  title={t('confirmDelete')}
                  onConfirm={() => remove.mutate({ entity: config.key, id, version: record.data.version })}
                  okText={t('delete')}
                  cancelText={t('cancel')}
                >
                  <Button danger>{t('delete')}</Button>
                </Popconfirm>
              </Space>
            )}
          </Flex>
          <Card title={t('details')}>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[...fields.map((field) => field.name), 'updatedAt'].map((field) => ({
                key: field,
                label: fieldLabel(field, language),
                children:
                  field === 'organiserIds' && 'organiserIds' in record.data ? (
                    <References entity="organisations" ids={record.data.organiserIds} />
                  ) : (
                    displayValue(config.key, field, valueOf(record.data, field), dictionary, record.data)
                  ),
              }))}
            />
          </Card>
          {config.related.map((related) => (
            <Related key={related.entity} entity={related.entity} param={related.param} id={id} />
          ))}
          <History entity={config.key} id={id} />
        </Space>
      )}
    </QueryState>
  );
}

function References({ entity, ids }: { entity: RecordEntity; ids: string[] }) {
  return (
    <Space wrap>
      {ids.map((id) => (
        <ReferenceLink key={id} entity={entity} id={id} />
      ))}
    </Space>
  );
}

function ReferenceLink({ entity, id }: { entity: RecordEntity; id: string }) {
  const dictionary = useDictionary();
  const record = useQuery({ ...recordQueries.detail(entity, id), staleTime: 60_000 });
  return <Link to={`/${entity}/${id}`}>{record.data ? entities[entity].title(record.data, dictionary) : id.slice(0, 8)}</Link>;
}
