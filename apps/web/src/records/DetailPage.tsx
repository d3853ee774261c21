import { fieldLabel, fieldsOf } from '@kepu/domain';
import type { AuditEntry } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Popconfirm, Result, Space, Table, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useSession } from '../auth/session.js';
import { get, queryString } from '../shared/api.js';
import { useAction } from '../shared/actions.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { QueryState } from '../shared/states.js';
import { displayValue, shanghaiTime } from './display.js';
import { entities, isEntityKey, type EntityConfig, type EntityKey, type ListRecord } from './entities.js';

export default function DetailPage() {
  const { entity, id } = useParams();
  const { t } = useI18n();
  if (!isEntityKey(entity) || !id) return <Result status="404" title={t('notFound')} />;
  return <RecordDetail key={id} config={entities[entity]} id={id} />;
}

const recordActions = ['create', 'update', 'delete', 'restore', 'revert', 'purge'];

function History({ entity, id }: { entity: EntityKey; id: string }) {
  const { t, language } = useI18n();
  const history = useQuery({ queryKey: [entity, id, 'history'], queryFn: () => get<{ items: AuditEntry[] }>(`/${entity}/${id}/history`) });
  return (
    <Card title={t('history')}>
      <QueryState isPending={history.isPending} error={history.error} isEmpty={history.data?.items.length === 0}>
        <Timeline
          items={history.data?.items.map((entry) => ({
            key: entry.id,
            content: (
              <div>
                <Typography.Text strong>
                  {shanghaiTime(entry.at)} · {entry.actorLabel} · {recordActions.includes(entry.action) ? t(`${entry.action}_action` as MessageKey) : entry.action}
                </Typography.Text>
                {Object.entries(entry.changes)
                  .filter(([field]) => field !== 'id')
                  .map(([field, change]) => (
                  <div key={field}>
                    {fieldLabel(field, language)}: {displayValue(entity, field, change.from)} → {displayValue(entity, field, change.to)}
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

function Related({ entity, param, id }: { entity: EntityKey; param: string; id: string }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  const config = entities[entity];
  const list = useQuery({
    queryKey: [entity, 'list', { [param]: id, pageSize: 10 }],
    queryFn: () => get<{ items: ListRecord[]; total: number }>(`/${entity}${queryString({ [param]: id, pageSize: 10 })}`),
    enabled: can(`${entity}:read`),
  });
  if (!can(`${entity}:read`)) return null;
  return (
    <Card title={`${t('related')} · ${t(entity)}${list.data ? `（${list.data.total}）` : ''}`} size="small">
      <Table<ListRecord>
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
          render: (value: unknown, record: ListRecord) => (index === 0 ? <Link to={`/${entity}/${record.id}`}>{config.title(record)}</Link> : displayValue(entity, field, value)),
        }))}
      />
    </Card>
  );
}

function RecordDetail({ config, id }: { config: EntityConfig; id: string }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const record = useQuery({ queryKey: [config.key, id], queryFn: () => get<ListRecord>(`/${config.key}/${id}`) });
  const fields = fieldsOf(config.key, config.create);

  const run = useAction();
  async function remove(version: number) {
    if (await run(`/${config.key}/${id}`, { method: 'DELETE', ifMatch: version, refresh: [config.key, 'stats'], success: t('deleted') })) void navigate(`/${config.key}`);
  }

  return (
    <QueryState isPending={record.isPending} error={record.error}>
      {record.data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Flex justify="space-between" align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {config.title(record.data)}
            </Typography.Title>
            {can(`${config.key}:write`) && (
              <Space>
                <Link to={`/${config.key}/${id}/edit`}>
                  <Button type="primary">{t('edit')}</Button>
                </Link>
                <Popconfirm title={t('confirmDelete')} onConfirm={() => void remove(record.data.version)} okText={t('delete')} cancelText={t('cancel')}>
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
                children: field === 'organiserIds' ? <References entity="organisations" ids={record.data.organiserIds as string[]} /> : displayValue(config.key, field, record.data[field]),
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

function References({ entity, ids }: { entity: EntityKey; ids: string[] }) {
  return (
    <Space wrap>
      {ids.map((id) => (
        <ReferenceLink key={id} entity={entity} id={id} />
      ))}
    </Space>
  );
}

function ReferenceLink({ entity, id }: { entity: EntityKey; id: string }) {
  const record = useQuery({ queryKey: [entity, id], queryFn: () => get<ListRecord>(`/${entity}/${id}`), staleTime: 60_000 });
  return <Link to={`/${entity}/${id}`}>{record.data ? entities[entity].title(record.data) : id.slice(0, 8)}</Link>;
}
