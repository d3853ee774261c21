import { CreateCampaignBody, campaignKind, reportingLevel, shanghaiYear } from '@kepu/domain';
import { Checkbox, DatePicker, Drawer, Form, Input, InputNumber, Radio, Select, Button, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ComponentProps } from 'react';
import { useNavigate } from 'react-router-dom';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useMetricOptions } from '../shared/metrics.js';
import { useCreateCampaign } from './api/campaigns.js';

interface Values {
  name: string;
  kind: 'statistics' | 'assessment';
  year: number;
  levels: string[];
  metrics: string[];
  evidenceRequired: string[];
  deadline?: Dayjs;
  instructions: string;
}

const thisYear = shanghaiYear();

/** Form.Item marks a required control aria-required, which a group of checkboxes may not carry (ARIA allows it on a radiogroup, not a group); the label's mark says it. */
function LevelsGroup({ 'aria-required': _required, ...props }: ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  return <Checkbox.Group {...props} />;
}

/** 发起填报任务: a statistics campaign asks for chosen figures; a self-assessment asks for the criteria of the catalogue. */
export function CampaignForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const metricOptions = useMetricOptions();
  const kind = Form.useWatch('kind', form);
  const metrics = Form.useWatch('metrics', form) ?? [];
  const create = useCreateCampaign({ form, success: t('saved'), onSuccess: (campaign) => void navigate(`/campaigns/${campaign.id}`) });

  function save(values: Values) {
    // Enter in a field submits the form too, and the form stays on screen while the progress page loads:
    // a second submit, on the way or after success, would open a second campaign.
    if (create.isPending || create.isSuccess) return;
    const assessment = values.kind === 'assessment';
    const body = validate(form, CreateCampaignBody, {
      ...values,
      levels: assessment ? ['district'] : values.levels,
      metrics: assessment ? [] : values.metrics,
      evidenceRequired: assessment ? [] : values.evidenceRequired.filter((metric) => values.metrics.includes(metric)),
      deadline: values.deadline?.format('YYYY-MM-DD'),
    });
    if (body) create.mutate(body);
  }

  return (
    <Drawer open title={t('openCampaign')} size={560} onClose={onClose} destroyOnHidden>
      <Form<Values>
        form={form}
        name="campaign"
        layout="vertical"
        onFinish={save}
        initialValues={{
          kind: 'statistics',
          year: thisYear - 1,
          levels: ['township', 'district'],
          metrics: [],
          evidenceRequired: [],
          instructions: '',
        }}
      >
        <Form.Item name="name" label={t('name')} required>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('campaignKind')} required>
          <Radio.Group options={campaignKind.values.map((value) => ({ value, label: campaignKind.labels[value] }))} />
        </Form.Item>
        <Form.Item name="year" label={t('year')} required>
          <InputNumber min={1949} max={2100} />
        </Form.Item>
        {kind !== 'assessment' && (
          <>
            <Form.Item name="levels" label={t('levels')} required>
              <LevelsGroup options={reportingLevel.values.map((value) => ({ value, label: reportingLevel.labels[value] }))} />
            </Form.Item>
            <Form.Item name="metrics" label={t('figuresAsked')} required>
              <Select mode="multiple" options={metricOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item name="evidenceRequired" label={t('evidenceRequired')}>
              <Select
                mode="multiple"
                options={metricOptions.filter((option) => metrics.includes(option.value))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="deadline" label={t('deadline')} required>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="instructions" label={t('instructions')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending} disabled={create.isSuccess}>
            {t('openCampaign')}
          </Button>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
