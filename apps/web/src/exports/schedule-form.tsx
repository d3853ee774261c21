import { CreateScheduleBody, choicesOf, fieldLabel, fileSize, recordEntities, reportKind, type RecordEntity, type ReportKind } from '@kepu/domain';
import { AutoComplete, Flex, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { RegionName, RegionPicker } from '../components/region-picker.js';
import { entities, isRecordEntity } from '../shared/entities.js';
import { validate } from '../shared/forms.js';
import { useI18n, type MessageKey } from '../shared/i18n.js';
import { useSession } from '../shared/session.js';
import { useDictionary } from '../shared/api/dictionary.js';
import { useMailSettings } from '../shared/api/settings.js';
import { useCreateSchedule } from './api/schedules.js';
import { cronPresets, formatLabels, reportLabels, type FileFormat, type ListTarget, type ReportTarget } from './targets.js';

type Filters = ListTarget['filters'];
type Year = ReportTarget['year'];

/** The form's values mirror the request body, so the server's `body.target.format` lands on `target.format`. */
export interface ScheduleValues {
  name?: string;
  target: {
    kind: 'list' | 'report';
    entity?: RecordEntity;
    filters?: Filters;
    columns?: string[];
    report?: ReportKind;
    region?: string;
    year?: Year;
    format?: FileFormat;
  };
  cron?: string;
  recipients?: string[];
  active?: boolean;
}

export const blankSchedule: ScheduleValues = {
  target: { kind: 'list', filters: {}, format: 'csv' },
  cron: '0 8 * * 1',
  recipients: [],
  active: true,
};

/**
 * A schedule started from a list page (`?new=1&entity=events&filters={…}&columns=title,startsAt`):
 * that list's filters and visible columns, ready to be named and timed.
 */
export function draftFromUrl(params: URLSearchParams, t: (key: MessageKey) => string): ScheduleValues | null {
  const entity = params.get('entity') ?? undefined;
  if (params.get('new') !== '1') return null;
  if (!isRecordEntity(entity)) return blankSchedule;
  let filters: Filters = {};
  try {
    const parsed: unknown = JSON.parse(params.get('filters') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      filters = Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === 'string'));
  } catch {
    // A mangled link still opens the form, for the whole list.
  }
  const columns = params.get('columns')?.split(',').filter(Boolean);
  return { ...blankSchedule, name: t(entity), target: { kind: 'list', entity, filters, ...(columns?.length ? { columns } : {}), format: 'csv' } };
}

function toBody({ target, ...rest }: ScheduleValues) {
  const chosen =
    target.kind === 'list'
      ? {
          kind: target.kind,
          entity: target.entity,
          filters: target.filters ?? {},
          columns: target.columns?.length ? target.columns : undefined,
          format: target.format,
        }
      : { kind: target.kind, report: target.report, region: target.region, year: target.year, format: target.format };
  return { ...rest, target: chosen };
}

const filterNames: Record<string, MessageKey> = { q: 'search', region: 'region', sort: 'sort', from: 'dateFrom', to: 'dateTo', year: 'year' };

function FilterValue({ entity, name, value }: { entity: RecordEntity | undefined; name: string; value: Filters[string] }) {
  const { language } = useI18n();
  const text = [value].flat().join(',');
  if (name === 'region') return <RegionName code={text} />;
  if (name === 'sort') return `${fieldLabel(text.replace(/^-/, ''), language)} ${text.startsWith('-') ? '↓' : '↑'}`;
  const dictionary = useDictionary();
  const labels = entity ? choicesOf(entity, name, dictionary, true) : undefined;
  return text
    .split(',')
    .map((each) => labels?.labels[each] ?? each)
    .join('、');
}

/** The list filters a schedule carries over from the list page: shown, and each can be dropped. */
function FiltersInput({
  entity,
  id,
  value,
  onChange,
}: {
  entity: RecordEntity | undefined;
  id?: string;
  value?: Filters;
  onChange?: (value: Filters) => void;
}) {
  const { t, language } = useI18n();
  const entries = Object.entries(value ?? {});
  if (entries.length === 0) {
    return (
      <Typography.Text id={id} type="secondary">
        {t('allRecords')}
      </Typography.Text>
    );
  }
  return (
    <Flex id={id} wrap gap="small">
      {entries.map(([name, filter]) => (
        <Tag key={name} closable onClose={() => onChange?.(Object.fromEntries(entries.filter(([other]) => other !== name)))}>
          {filterNames[name] ? t(filterNames[name]) : fieldLabel(name, language)}：<FilterValue entity={entity} name={name} value={filter} />
        </Tag>
      ))}
    </Flex>
  );
}

/** A report's year: the one before the run, the run's own, or a given year. */
function YearInput({ id, value, onChange }: { id?: string; value?: Year; onChange?: (value: Year) => void }) {
  const { t } = useI18n();
  return (
    <Space.Compact>
      <Select
        id={id}
        value={typeof value === 'number' ? 'fixed' : (value ?? 'previous')}
        onChange={(mode: 'previous' | 'current' | 'fixed') => onChange?.(mode === 'fixed' ? dayjs().year() - 1 : mode)}
        options={[
          { value: 'previous', label: t('yearPrevious') },
          { value: 'current', label: t('thisYear') },
          { value: 'fixed', label: t('yearFixed') },
        ]}
        style={{ width: 140 }}
      />
      {typeof value === 'number' && (
        <InputNumber aria-label={t('year')} min={2000} max={2100} value={value} onChange={(year) => onChange?.(year ?? dayjs().year())} />
      )}
    </Space.Compact>
  );
}

const formatOptions = (t: (key: MessageKey) => string, formats: FileFormat[], disabled: FileFormat[] = []) =>
  formats.map((format) => ({ value: format, label: t(formatLabels[format]), disabled: disabled.includes(format) }));

function ListTargetFields({ entity }: { entity: RecordEntity | undefined }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  return (
    <>
      <Form.Item name={['target', 'entity']} label={t('listOf')} required>
        <Select options={recordEntities.filter((key) => can(`${key}:read`)).map((key) => ({ value: key, label: t(key) }))} />
      </Form.Item>
      <Form.Item name={['target', 'filters']} label={t('filters')}>
        <FiltersInput entity={entity} />
      </Form.Item>
      <Form.Item name={['target', 'columns']} label={t('exportColumns')} extra={t('exportColumnsHint')}>
        <Select
          mode="multiple"
          allowClear
          options={entity ? entities[entity].columns.map(({ field }) => ({ value: field, label: fieldLabel(field, language) })) : []}
        />
      </Form.Item>
      <Form.Item name={['target', 'format']} label={t('format')} required>
        <Radio.Group optionType="button" options={formatOptions(t, ['csv', 'xlsx'])} />
      </Form.Item>
    </>
  );
}

function ReportTargetFields({ report }: { report: ReportKind | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name={['target', 'report']} label={t('report')} required>
        <Select options={reportKind.options.map((kind) => ({ value: kind, label: t(reportLabels[kind]) }))} />
      </Form.Item>
      <Form.Item name={['target', 'region']} label={t('region')} extra={t('reportRegionHint')}>
        <RegionPicker allowClear />
      </Form.Item>
      <Form.Item name={['target', 'year']} label={t('year')} required>
        <YearInput />
      </Form.Item>
      <Form.Item name={['target', 'format']} label={t('format')} required>
        <Radio.Group optionType="button" options={formatOptions(t, ['xlsx', 'pdf'], report === 'statistics-form' ? ['pdf'] : [])} />
      </Form.Item>
    </>
  );
}

/** What recipients will receive: nothing while mail is off, else the file or its link (or a hint to sign in). */
function RecipientsHint() {
  const { t } = useI18n();
  const mail = useMailSettings();
  if (!mail) return null;
  if (!mail.enabled) return <Typography.Text type="warning">{t('mailOff')}</Typography.Text>;
  return (
    <>
      {t('recipientsHint').replace('{limit}', fileSize(mail.attachmentLimitBytes))}
      {mail.publicUrl === null && <div>{t('mailNoLinks')}</div>}
    </>
  );
}

/**
 * New scheduled export. Checked with the API's own schema first; what only the server can judge (the
 * cron expression, filters outside the user's area) comes back onto the control concerned.
 */
export function ScheduleForm({ initial, onClose }: { initial: ScheduleValues; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ScheduleValues>();
  const create = useCreateSchedule({ form, success: t('saved'), onSuccess: onClose });
  const kind = Form.useWatch(['target', 'kind'], form) ?? initial.target.kind;
  const entity = Form.useWatch(['target', 'entity'], form) ?? initial.target.entity;
  const report = Form.useWatch(['target', 'report'], form) ?? initial.target.report;

  // A different kind, list or report takes its own format; the previous list's filters do not apply to another.
  function onValuesChange(changed: Partial<ScheduleValues>) {
    const target = changed.target;
    if (target?.kind) form.setFieldValue(['target', 'format'], target.kind === 'list' ? 'csv' : 'xlsx');
    if (target?.report === 'statistics-form') form.setFieldValue(['target', 'format'], 'xlsx');
    if (target?.entity) {
      form.setFieldValue(['target', 'filters'], {});
      form.setFieldValue(['target', 'columns'], []);
    }
  }

  function save(values: ScheduleValues) {
    const body = validate(form, CreateScheduleBody, toBody(values));
    if (body) create.mutate(body);
  }

  return (
    <Modal
      open
      title={`${t('schedules')} · ${t('create')}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending}
      width={640}
    >
      <Form form={form} name="schedule" layout="vertical" initialValues={initial} onValuesChange={onValuesChange} onFinish={save}>
        <Form.Item name="name" label={t('name')} required>
          <Input />
        </Form.Item>
        <Form.Item name={['target', 'kind']} label={t('targetKind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'list', label: t('kindList') },
              { value: 'report', label: t('kindReport') },
            ]}
          />
        </Form.Item>
        {kind === 'list' ? <ListTargetFields entity={entity} /> : <ReportTargetFields report={report} />}
        <Form.Item name="cron" label={t('cron')} required extra={t('cronHint')}>
          <AutoComplete options={cronPresets.map(({ cron, label }) => ({ value: cron, label: `${t(label)}（${cron}）` }))} />
        </Form.Item>
        <Form.Item name="recipients" label={t('recipients')} extra={<RecipientsHint />}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ';', '；', ' ']} />
        </Form.Item>
        <Form.Item name="active" label={t('active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
