import { CreateCriterionBody, UpdateCriterionBody, comparator, type Criterion } from '@kepu/domain';
import { Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useMetricOptions } from '../shared/metrics.js';
import { useCreateCriterion, useUpdateCriterion } from './api/criteria.js';

type Values = Omit<Criterion, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const blank: Partial<Values> = { comparator: 'gte', metric: null, threshold: null, unit: null, definition: '', position: 0, active: true, weight: 0 };

/** Add or edit a 示范区 criterion: measured by a figure against a threshold, or (no figure) scored with evidence. */
export function CriterionForm({ criterion, onClose }: { criterion: Criterion | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const metricOptions = useMetricOptions();
  const metric = Form.useWatch('metric', form);
  const feedback = { form, success: t('saved'), onSuccess: onClose };
  const create = useCreateCriterion(feedback);
  const update = useUpdateCriterion(feedback);

  function save(values: Values) {
    const cleaned = {
      ...values,
      metric: values.metric ?? null,
      threshold: values.metric ? (values.threshold ?? null) : null,
      unit: values.unit || null,
    };
    if (criterion) {
      const { code: _code, ...changes } = cleaned;
      const body = validate(form, UpdateCriterionBody, changes);
      if (body) update.mutate({ criterion, body });
    } else {
      const body = validate(form, CreateCriterionBody, cleaned);
      if (body) create.mutate(body);
    }
  }

  return (
    <Drawer open title={`${t('criteria')} · ${criterion ? t('edit') : t('addCriterion')}`} size={520} onClose={onClose} destroyOnHidden>
      <Form<Values> form={form} name="criterion" layout="vertical" onFinish={save} initialValues={criterion ?? blank}>
        <Form.Item name="code" label={t('code')} required extra="a-z 0-9 _">
          <Input disabled={Boolean(criterion)} />
        </Form.Item>
        <Form.Item name="group" label={t('group')} required>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('criterionName')} required>
          <Input />
        </Form.Item>
        <Form.Item name="weight" label={t('weight')} required>
          <InputNumber min={0} max={100} />
        </Form.Item>
        <Form.Item name="metric" label={t('measuredBy')} extra={t('byEvidence')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={metricOptions} placeholder={t('byEvidence')} />
        </Form.Item>
        {metric && (
          <>
            <Form.Item name="comparator" label={t('comparatorLabel')}>
              <Select options={comparator.values.map((value) => ({ value, label: comparator.labels[value] }))} />
            </Form.Item>
            <Form.Item name="threshold" label={t('threshold')} required>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="unit" label={t('unit')}>
          <Input />
        </Form.Item>
        <Form.Item name="definition" label={t('definition')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="position" label={t('position')}>
          <InputNumber min={0} max={10000} />
        </Form.Item>
        <Form.Item name="active" label={t('active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
            {t('save')}
          </Button>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
