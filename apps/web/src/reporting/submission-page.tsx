import { campaignKind, type Submission } from '@kepu/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { shanghaiTime } from '../components/display.js';
import { QueryState } from '../components/query-state.js';
import { useI18n } from '../shared/i18n.js';
import { submissionQueries, useReopenSubmission } from './api/submissions.js';
import { AssessmentSummary } from './assessment-summary.js';
import { Evidence } from './evidence.js';
import { formKey } from './figures.js';
import { StatusTag } from './status-tag.js';
import { SubmissionForm } from './submission-form.js';
import { PageTitle } from '../components/page-title.js';

function Header({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const { campaign } = submission;
  return (
    <Card>
      <PageTitle>{`${campaign.name} · ${submission.region.name}`}</PageTitle>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('campaignKind')}>
          <Link to={`/campaigns/${campaign.id}`}>{campaignKind.labels[campaign.kind]}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('reportingUnit')}>{submission.region.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('status')}>
          <span data-testid="submission-status">
            <StatusTag status={submission.status} overdue={submission.overdue} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('deadline')}>{campaign.deadline}</Descriptions.Item>
        <Descriptions.Item label={t('submittedBy')}>
          {submission.submittedByName ? `${submission.submittedByName} ${submission.submittedAt ? shanghaiTime(submission.submittedAt) : ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('reviewedBy')}>
          {submission.reviewedByName ? `${submission.reviewedByName} ${submission.reviewedAt ? shanghaiTime(submission.reviewedAt) : ''}` : '—'}
        </Descriptions.Item>
      </Descriptions>
      {campaign.instructions && (
        <Alert type="info" showIcon title={t('instructions')} description={campaign.instructions} style={{ marginTop: 12 }} />
      )}
      {submission.remindedAt && !['submitted', 'approved'].includes(submission.status) && (
        <Alert type="warning" showIcon title={`${t('remindedNotice')} ${shanghaiTime(submission.remindedAt)}`} style={{ marginTop: 12 }} />
      )}
      {submission.generalComment && (
        <Alert type="error" showIcon role="alert" title={t('generalComment')} description={submission.generalComment} style={{ marginTop: 12 }} />
      )}
    </Card>
  );
}

/** The level above reopens an approved submission, saying why; the unit corrects and resubmits it. */
function Reopen({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const reopen = useReopenSubmission({ form, success: t('saved') });
  return (
    <Card>
      <Form form={form} name="reopen" layout="inline" onFinish={({ reason }) => reopen.mutate({ submission, reason: reason.trim() })}>
        <Form.Item name="reason" label={t('reopenReason')} rules={[{ required: true, whitespace: true }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Button htmlType="submit" loading={reopen.isPending}>
          {t('reopen')}
        </Button>
      </Form>
    </Card>
  );
}

/** One unit's submission: the figures against the records, evidence, review, and a self-assessment's score. */
export default function SubmissionPage() {
  const { id = '' } = useParams();
  const submission = useQuery(submissionQueries.detail(id));
  const data = submission.data;
  return (
    <QueryState isPending={submission.isPending} error={submission.error} retry={() => void submission.refetch()} page>
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Header submission={data} />
          <Card>
            <SubmissionForm key={formKey(data)} submission={data} />
          </Card>
          <AssessmentSummary submission={data} />
          <Evidence submission={data} />
          {data.may.reopen && <Reopen submission={data} />}
        </Space>
      )}
    </QueryState>
  );
}
