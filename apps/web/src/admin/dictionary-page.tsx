import {
  CreateDictionaryEntryBody,
  UpdateDictionaryEntryBody,
  dictionaryKind,
  dictionaryOf,
  indicatorMeasure,
  type DictionaryEntry,
  type DictionaryKind,
} from '@kepu/domain';
import { Alert, Button, Flex, Form, Input, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCreateDictionaryEntry, useDeleteDictionaryEntry, useDictionary, useUpdateDictionaryEntry } from '../shared/api/dictionary.js';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { PageTitle } from '../components/page-title.js';

type Editing = { kind: DictionaryKind; entry: DictionaryEntry | null };

/** The city admin's dictionary: one tab per kind, entries in their order, each editable, retirable and (when unused) removable. */
export default function DictionaryPage() {
  const { t, language } = useI18n();
  const dictionary = useDictionary();
  const [kind, setKind] = useState<DictionaryKind>('venue_type');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [form] = Form.useForm();
  const entries = dictionaryOf(dictionary, kind);
  const close = () => {
    setEditing(null);
    form.resetFields();
  };
  const create = useCreateDictionaryEntry({ form, success: t('saved'), onSuccess: close });
  const update = useUpdateDictionaryEntry({ form, success: t('saved'), onSuccess: close });
  const remove = useDeleteDictionaryEntry({ success: t('deleted') });

  function save(values: Record<string, unknown>) {
    if (!editing) return;
    const cleaned = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === '' || value === undefined ? null : value]));
    if (editing.entry) {
      const body = validate(form, UpdateDictionaryEntryBody, { ...cleaned, code: undefined });
      if (body) update.mutate({ entry: editing.entry, body });
    } else {
      const body = validate(form, CreateDictionaryEntryBody, cleaned);
      if (body) create.mutate({ kind: editing.kind, body });
    }
  }

  const open = (entry: DictionaryEntry | null) => {
    setEditing({ kind, entry });
    form.setFieldsValue(entry ?? { code: '', labelZh: '', labelEn: '', parentCode: null, unit: null, measure: null, definition: null });
  };
  const parents = entries.entries.filter((entry) => !entry.parentCode && entry.code !== editing?.entry?.code);
  const isIndicator = kind === 'indicator_kind';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between">
        <PageTitle>{t('dictionary')}</PageTitle>
        <Button type="primary" onClick={() => open(null)}>
          {t('addEntry')}
        </Button>
      </Flex>
      <Alert type="info" showIcon title={t('dictionaryHint')} />
      <Tabs
        activeKey={kind}
        onChange={(key) => setKind(key as DictionaryKind)}
        items={dictionaryKind.values.map((value) => ({ key: value, label: dictionaryKind.labels[value] }))}
      />
      <Table<DictionaryEntry>
        rowKey="code"
        dataSource={[...entries.entries]}
        pagination={false}
        size="small"
        columns={[
          { key: 'code', title: t('code'), dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { key: 'label', title: t('labelZh'), render: (_: unknown, entry) => (language === 'zh' ? entry.labelZh : entry.labelEn) },
          {
            key: 'parent',
            title: t('parentEntry'),
            dataIndex: 'parentCode',
            render: (code: string | null) => (code ? entries.label(code, language) : '—'),
          },
          ...(isIndicator
            ? [
                { key: 'unit', title: t('unit'), dataIndex: 'unit', render: (unit: string | null) => unit ?? '—' },
                {
                  key: 'measure',
                  title: t('measure'),
                  dataIndex: 'measure',
                  render: (measure: keyof typeof indicatorMeasure.labels | null) => (measure ? indicatorMeasure.labels[measure] : '—'),
                },
              ]
            : []),
          {
            key: 'status',
            title: t('status'),
            render: (_: unknown, entry) => (
              <>
                <Tag color={entry.active ? 'success' : undefined}>{entry.active ? t('active') : t('retired')}</Tag>
                {entry.official && <Tag>{t('builtIn')}</Tag>}
              </>
            ),
          },
          {
            key: 'actions',
            title: t('actions'),
            render: (_: unknown, entry) => (
              <Space>
                <Button size="small" onClick={() => open(entry)}>
                  {t('edit')}
                </Button>
                <Button size="small" onClick={() => update.mutate({ entry, body: { active: !entry.active } })}>
                  {entry.active ? t('retire') : t('reactivate')}
                </Button>
                {!entry.official && (
                  <Popconfirm title={t('confirmDelete')} onConfirm={() => remove.mutate(entry)}>
                    <Button size="small" danger>
                      {t('delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={`${dictionaryKind.labels[editing?.kind ?? kind]} · ${editing?.entry ? t('edit') : t('addEntry')}`}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('save')}
        cancelText={t('cancel')}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="code" label={t('code')} required extra="a-z 0-9 _">
            <Input disabled={Boolean(editing?.entry)} />
          </Form.Item>
          <Form.Item name="labelZh" label={t('labelZh')} required>
            <Input />
          </Form.Item>
          <Form.Item name="labelEn" label={t('labelEn')} required>
            <Input />
          </Form.Item>
          <Form.Item name="parentCode" label={t('parentEntry')}>
            <Select allowClear options={parents.map((entry) => ({ value: entry.code, label: entry.labelZh }))} />
          </Form.Item>
          {isIndicator && (
            <>
              <Form.Item name="unit" label={t('unit')}>
                <Input />
              </Form.Item>
              <Form.Item name="measure" label={t('measure')}>
                <Select allowClear options={indicatorMeasure.values.map((value) => ({ value, label: indicatorMeasure.labels[value] }))} />
              </Form.Item>
            </>
          )}
          <Form.Item name="definition" label={t('definition')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
