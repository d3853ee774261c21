import { choicesOf, fieldLabel, fieldsOf, recordRules, type FieldSpec } from '@kepu/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { plainText } from '../components/display.js';
import { QueryState, StatusPage } from '../components/query-state.js';
import { RegionPicker } from '../components/region-picker.js';
import { ApiError } from '../shared/api/client.js';
import { entities, isRecordEntity, valueOf, type AnyRecord, type EntityConfig } from '../shared/entities.js';
import { showFieldErrors, validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { getRecord, recordQueries, useCreateRecord, useUpdateRecord } from './api/records.js';
import { ReferenceSelect } from './reference-select.js';
import { useDictionary } from '../shared/api/dictionary.js';
import { PageTitle } from '../components/page-title.js';

type Values = Record<string, unknown>;

export default function FormPage() {
  const { entity, id } = useParams();
  const { t } = useI18n();
  if (!isRecordEntity(entity)) return <StatusPage status="404" title={t('pageNotFound')} />;
  return id ? <EditRecord key={id} config={entities[entity]} id={id} /> : <RecordForm config={entities[entity]} record={null} />;
}

function EditRecord({ config, id }: { config: EntityConfig; id: string }) {
  const record = useQuery({ ...recordQueries.detail(config.key, id), staleTime: 0 });
  return (
    <QueryState isPending={record.isPending} error={record.error} page>
      {record.data && <RecordForm config={config} record={record.data} />}
    </QueryState>
  );
}

/** Form values hold Shanghai wall-clock times as dayjs; the API takes ISO instants with +08:00. */
function toForm(fields: FieldSpec[], record: Values | AnyRecord): Values {
  const source: Values = record;
  return Object.fromEntries(
    fields.map(({ name, kind }) => {
      const value = source[name];
      if (value === null || value === undefined) return [name, undefined];
      if (kind === 'dateTime') return [name, dayjs(plainText(value).slice(0, 19))];
      if (kind === 'date') return [name, dayjs(plainText(value))];
      return [name, value];
    }),
  );
}

function toApi(fields: FieldSpec[], values: Values): Values {
  return Object.fromEntries(
    fields.map(({ name, kind }) => {
      const value = values[name];
      if (value === undefined || value === null || value === '') return [name, null];
      if (kind === 'dateTime') return [name, `${(value as Dayjs).format('YYYY-MM-DDTHH:mm:ss')}+08:00`];
      if (kind === 'date') return [name, (value as Dayjs).format('YYYY-MM-DD')];
      return [name, value];
    }),
  );
}

const withoutNulls = (values: Values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
const changedFields = (values: Values, base: Values) =>
  Object.fromEntries(Object.entries(values).filter(([name, value]) => JSON.stringify(value) !== JSON.stringify(base[name])));

/** The control a field needs; Form.Item hands it `id`, `value` and `onChange`, passed on to the control. */
function Control({ field, ...bound }: { field: FieldSpec; id?: string; value?: never; onChange?: never }) {
  switch (field.kind) {
    case 'region':
      return <RegionPicker {...bound} />;
    case 'reference':
    case 'referenceList':
      return field.references ? (
        <ReferenceSelect entity={field.references} multiple={field.kind === 'referenceList'} {...bound} />
      ) : (
        <Input {...bound} />
      );
    case 'enum':
      // A dictionary grows with every district's types: type to find one.
      return <Select options={field.options} allowClear={!field.required} showSearch={{ optionFilterProp: 'label' }} {...bound} />;
    case 'enumList':
      return <Select mode="multiple" options={field.options} {...bound} />;
    case 'number':
      return <InputNumber style={{ width: '100%' }} {...bound} />;
    case 'dateTime':
      return <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} {...bound} />;
    case 'date':
      return <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} {...bound} />;
    case 'longText':
      return <Input.TextArea rows={3} {...bound} />;
    default:
      return <Input {...bound} />;
  }
}

/**
 * Create or edit a record. The values are checked with the same zod schema the API uses (an edit is
 * checked as the whole merged record); server errors land on their fields; a 412 shows that someone
 * else saved first and offers to reload that version with this user's changes on top.
 */
function RecordForm({ config, record }: { config: EntityConfig; record: AnyRecord | null }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const dictionary = useDictionary();
  // A dictionary field offers the active entries, plus the retired one a record already holds (it may keep it).
  const fields = fieldsOf(config.key, config.create).map((field) => {
    const choices = field.dictionary ? choicesOf(config.key, field.name, dictionary, true) : undefined;
    if (!choices) return field;
    const kept = record ? valueOf(record, field.name) : undefined;
    const offered = choices.values.filter(
      (code) => dictionary.find((entry) => entry.kind === field.dictionary && entry.code === code)?.active || code === kept,
    );
    return { ...field, options: offered.map((value) => ({ value, label: choices.labels[value] ?? value })) };
  });
  const [base, setBase] = useState<AnyRecord | null>(record);
  const [conflict, setConflict] = useState(false);
  const original = base ? toApi(fields, toForm(fields, base)) : {};
  const feedback = {
    form,
    success: t('saved'),
    onSuccess: (saved: AnyRecord) => void navigate(`/${config.key}/${saved.id}`),
    // Someone else saved first: offer to reload their version with this user's changes on top.
    onError: (error: unknown) => {
      const conflicted = error instanceof ApiError && error.status === 412;
      if (conflicted) setConflict(true);
      return conflicted;
    },
  };
  const create = useCreateRecord(feedback);
  const update = useUpdateRecord(feedback);

  function save(values: Values) {
    const input = toApi(fields, values);
    const whole = withoutNulls(base ? { ...original, ...input } : input);
    if (!validate(form, config.create, whole)) return;
    const problems = recordRules[config.key]?.(whole, dictionary) ?? [];
    if (problems.length > 0)
      return void showFieldErrors(form, Object.fromEntries(problems.map(({ field, message }) => [field, [message[language]]])));
    if (base) update.mutate({ entity: config.key, id: base.id, version: base.version, body: changedFields(input, original) });
    else create.mutate({ entity: config.key, body: withoutNulls(input) });
  }

  async function reloadAndReapply() {
    if (!base) return;
    const mine = changedFields(toApi(fields, form.getFieldsValue(true) as Values), original);
    const latest = await getRecord(config.key, base.id);
    client.setQueryData(recordQueries.detail(config.key, base.id).queryKey, latest);
    setBase(latest);
    form.setFieldsValue({
      ...toForm(fields, latest),
      ...toForm(
        fields.filter((field) => field.name in mine),
        mine,
      ),
    });
    setConflict(false);
  }

  return (
    <Card>
      <PageTitle>{`${t(config.key)} · ${base ? `${t('edit')}：${config.title(base, dictionary)}` : t('create')}`}</PageTitle>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('conflictTitle')}
          description={t('conflictText')}
          action={<Button onClick={() => void reloadAndReapply()}>{t('reloadAndReapply')}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        name={config.key}
        layout="vertical"
        initialValues={base ? toForm(fields, base) : {}}
        onFinish={save}
        style={{ maxWidth: 720 }}
      >
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={fieldLabel(field.name, language)}
            required={field.required}
            extra={field.help?.[language]}
          >
            <Control field={field} />
          </Form.Item>
        ))}
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
            {t('save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
