import { fieldLabel, fieldsOf, type FieldSpec } from '@kepu/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Result, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, request } from '../shared/api.js';
import { showServerErrors, validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { QueryState } from '../shared/states.js';
import { plainText } from './display.js';
import { entities, isEntityKey, type EntityConfig, type ListRecord } from './entities.js';
import { ReferenceSelect } from './ReferenceSelect.js';
import { RegionPicker } from './RegionPicker.js';

type Values = Record<string, unknown>;

export default function FormPage() {
  const { entity, id } = useParams();
  const { t } = useI18n();
  if (!isEntityKey(entity)) return <Result status="404" title={t('notFound')} />;
  return id ? <EditRecord key={id} config={entities[entity]} id={id} /> : <RecordForm config={entities[entity]} record={null} />;
}

function EditRecord({ config, id }: { config: EntityConfig; id: string }) {
  const record = useQuery({ queryKey: [config.key, id], queryFn: async () => (await request<ListRecord>(`/${config.key}/${id}`)).body, staleTime: 0 });
  return (
    <QueryState isPending={record.isPending} error={record.error}>
      {record.data && <RecordForm config={config} record={record.data} />}
    </QueryState>
  );
}

/** Form values hold Shanghai wall-clock times as dayjs; the API takes ISO instants with +08:00. */
function toForm(fields: FieldSpec[], record: Values): Values {
  return Object.fromEntries(
    fields.map(({ name, kind }) => {
      const value = record[name];
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
const changedFields = (values: Values, base: Values) => Object.fromEntries(Object.entries(values).filter(([name, value]) => JSON.stringify(value) !== JSON.stringify(base[name])));

/** The control a field needs; Form.Item hands it `id`, `value` and `onChange`, passed on to the control. */
function Control({ field, ...bound }: { field: FieldSpec; id?: string; value?: never; onChange?: never }) {
  switch (field.kind) {
    case 'region':
      return <RegionPicker {...bound} />;
    case 'reference':
    case 'referenceList':
      return field.references ? <ReferenceSelect entity={field.references} multiple={field.kind === 'referenceList'} {...bound} /> : <Input {...bound} />;
    case 'enum':
      return <Select options={field.options} allowClear={!field.required} {...bound} />;
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
function RecordForm({ config, record }: { config: EntityConfig; record: ListRecord | null }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const fields = fieldsOf(config.key, config.create);
  const [base, setBase] = useState<ListRecord | null>(record);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const original = base ? toApi(fields, toForm(fields, base)) : {};

  async function save(values: Values) {
    const input = toApi(fields, values);
    const whole = withoutNulls(base ? { ...original, ...input } : input);
    if (!validate(form, config.create, whole)) return;
    setSaving(true);
    try {
      const { body } = base
        ? await request<ListRecord>(`/${config.key}/${base.id}`, { method: 'PATCH', body: changedFields(input, original), ifMatch: base.version })
        : await request<ListRecord>(`/${config.key}`, { method: 'POST', body: withoutNulls(input) });
      await client.invalidateQueries({ queryKey: [config.key] });
      await client.invalidateQueries({ queryKey: ['stats'] });
      message.success(t('saved'));
      void navigate(`/${config.key}/${body.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) setConflict(true);
      else if (!showServerErrors(form, error)) message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  async function reloadAndReapply() {
    if (!base) return;
    const mine = changedFields(toApi(fields, form.getFieldsValue(true) as Values), original);
    const latest = (await request<ListRecord>(`/${config.key}/${base.id}`)).body;
    client.setQueryData([config.key, base.id], latest);
    setBase(latest);
    form.setFieldsValue({ ...toForm(fields, latest), ...toForm(fields.filter((field) => field.name in mine), mine) });
    setConflict(false);
  }

  return (
    <Card>
      <Typography.Title level={3}>
        {t(config.key)} · {base ? `${t('edit')}：${config.title(base)}` : t('create')}
      </Typography.Title>
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
      <Form form={form} name={config.key} layout="vertical" initialValues={base ? toForm(fields, base) : {}} onFinish={(values) => void save(values)} style={{ maxWidth: 720 }}>
        {fields.map((field) => (
          <Form.Item key={field.name} name={field.name} label={fieldLabel(field.name, language)} required={field.required}>
            <Control field={field} />
          </Form.Item>
        ))}
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
