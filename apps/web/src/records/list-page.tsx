import { choicesOf, fieldLabel, type ExportFormat } from '@kepu/domain';
import { DownloadOutlined, DownOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Dropdown, Flex, Input, InputNumber, Popover, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { displayValue } from '../components/display.js';
import { QueryState, StatusPage } from '../components/query-state.js';
import { RegionPicker } from '../components/region-picker.js';
import { entities, isImportable, isRecordEntity, type AnyRecord, type EntityConfig } from '../shared/entities.js';
import { useI18n } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { exportUrl, recordQueries } from './api/records.js';
import { useDictionary } from '../shared/api/dictionary.js';
import { PageTitle } from '../components/page-title.js';

export default function ListPage() {
  const { entity } = useParams();
  const { t } = useI18n();
  if (!isRecordEntity(entity)) return <StatusPage status="404" title={t('pageNotFound')} />;
  return <RecordList key={entity} config={entities[entity]} />;
}

/**
 * 导出 the list as it is on screen (its filters, its sort, the visible columns in their order), or
 * schedule that export. The file is a plain link, so the browser streams it to disk itself.
 */
function ExportMenu({ config, filters, fields }: { config: EntityConfig; filters: Record<string, string>; fields: string[] }) {
  const { t } = useI18n();
  const { session } = useSession();
  const fileUrl = (format: ExportFormat) => exportUrl(config.key, { ...filters, columns: fields.join(','), format });
  const scheduleUrl = `/schedules?${new URLSearchParams({ new: '1', entity: config.key, filters: JSON.stringify(filters), columns: fields.join(',') }).toString()}`;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'csv',
            label: (
              <a href={fileUrl('csv')} download>
                {t('formatCsv')}
              </a>
            ),
          },
          {
            key: 'xlsx',
            label: (
              <a href={fileUrl('xlsx')} download>
                {t('formatXlsx')}
              </a>
            ),
          },
          // Schedules run as their owner, so only a signed-in user (not an API key) can make one.
          ...(session?.user ? [{ type: 'divider' as const }, { key: 'schedule', label: <Link to={scheduleUrl}>{t('scheduleExport')}</Link> }] : []),
        ],
      }}
    >
      <Button icon={<DownloadOutlined />}>
        {t('export')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** Every filter, the sort, the page and the columns live in the URL, so a view can be bookmarked and shared. */
function RecordList({ config }: { config: EntityConfig }) {
  const { t, language } = useI18n();
  const dictionary = useDictionary();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const param = (name: string) => params.get(name) ?? undefined;
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  // An empty parameter (a hand-edited `?q=`) means no filter; the API would refuse it.
  const apiParams = Object.fromEntries([...params].filter(([name, value]) => name !== 'cols' && value !== ''));
  const filters = Object.fromEntries([...params].filter(([name, value]) => !['cols', 'page', 'pageSize'].includes(name) && value !== ''));
  const list = useQuery(recordQueries.list(config.key, apiParams));
  const visible = param('cols')?.split(',') ?? config.defaultColumns;
  const sort = param('sort');

  const columns = config.columns
    .filter((column) => visible.includes(column.field))
    .map((column, index) => ({
      key: column.field,
      dataIndex: column.field,
      title: fieldLabel(column.field, language),
      sorter: Boolean(column.sort),
      sortOrder: column.sort && sort?.replace(/^-/, '') === column.sort ? (sort.startsWith('-') ? ('descend' as const) : ('ascend' as const)) : null,
      render: (value: unknown, record: AnyRecord) =>
        index === 0 ? (
          <Link to={`/${config.key}/${record.id}`}>{config.title(record, dictionary)}</Link>
        ) : (
          displayValue(config.key, column.field, value, dictionary, record)
        ),
    }));

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Flex justify="space-between" align="center">
        <PageTitle style={{ margin: 0 }}>{t(config.key)}</PageTitle>
        <Space>
          <ExportMenu config={config} filters={filters} fields={columns.map((column) => column.key)} />
          {can(`${config.key}:write`) && isImportable(config.key) && (
            <Link to={`/import/${config.key}`}>
              <Button icon={<UploadOutlined />}>{t('import')}</Button>
            </Link>
          )}
          {can(`${config.key}:write`) && (
            <Link to={`/${config.key}/new`}>
              <Button type="primary">{t('create')}</Button>
            </Link>
          )}
        </Space>
      </Flex>
      <Flex wrap gap="small" role="search">
        <Input.Search
          aria-label={t('search')}
          placeholder={t('search')}
          defaultValue={param('q')}
          allowClear
          onSearch={(q) => update({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
        <RegionPicker aria-label={t('region')} allowClear value={param('region') ?? null} onChange={(region) => update({ region })} />
        {config.filters.map((filter) => {
          if (filter.kind === 'enum') {
            const labels = choicesOf(config.key, filter.field, dictionary);
            return (
              <Select
                key={filter.param}
                aria-label={fieldLabel(filter.field, language)}
                placeholder={fieldLabel(filter.field, language)}
                mode={filter.param === 'level' && config.key === 'venues' ? undefined : 'multiple'}
                allowClear
                maxTagCount={2}
                value={param(filter.param)?.split(',') ?? []}
                onChange={(value: string | string[] | undefined) => update({ [filter.param]: [value ?? []].flat().join(',') || undefined })}
                options={labels?.values.map((value) => ({ value, label: labels.labels[value] }))}
                style={{ minWidth: 160 }}
              />
            );
          }
          if (filter.kind === 'dateRange') {
            const from = param('from');
            const to = param('to');
            return (
              <DatePicker.RangePicker
                key="period"
                aria-label={t('period')}
                value={from && to ? [dayjs(from), dayjs(to)] : null}
                onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
              />
            );
          }
          return (
            <InputNumber
              key="year"
              aria-label={t('year')}
              placeholder={t('year')}
              min={2000}
              max={2100}
              value={param('year') ? Number(param('year')) : null}
              onChange={(year) => update({ year: year ? String(year) : undefined })}
            />
          );
        })}
        <Popover
          trigger="click"
          content={
            <Checkbox.Group
              aria-label={t('columns')}
              value={visible}
              onChange={(cols) => update({ cols: cols.join(','), page: param('page') })}
              options={config.columns.map((column) => ({ value: column.field, label: fieldLabel(column.field, language) }))}
              style={{ display: 'grid', gap: 4 }}
            />
          }
        >
          <Button icon={<SettingOutlined />}>{t('columns')}</Button>
        </Popover>
      </Flex>
      <QueryState isPending={false} error={list.error} retry={() => void list.refetch()}>
        <Table<AnyRecord>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          locale={{ emptyText: t('empty') }}
          pagination={{
            current: list.data?.page ?? 1,
            pageSize: list.data?.pageSize ?? 20,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `${total}`,
          }}
          onChange={(pagination, _filters, sorter) => {
            const single = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = config.columns.find((column) => column.field === single?.columnKey)?.sort;
            update({
              page: String(pagination.current ?? 1),
              pageSize: String(pagination.pageSize ?? 20),
              sort: field && single?.order ? `${single.order === 'descend' ? '-' : ''}${field}` : undefined,
            });
          }}
        />
      </QueryState>
    </Space>
  );
}
