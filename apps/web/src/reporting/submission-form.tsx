import { SaveSubmissionBody, type Submission } from '@kepu/domain';
import { Button, Form, Input, Space } from 'antd';
import { validate } from '../shared/forms.js';
import { useI18n } from '../shared/i18n.js';
import { useReviewSubmission, useSaveSubmission, useSubmitSubmission } from './api/submissions.js';
import { initialValues, reviewComments, saveBody, type SubmissionValues } from './figures.js';
import { LinesTable } from './lines-table.js';

/**
 * The figures with what the unit does (save, submit) or the reviewer does (approve, return with
 * comments). One form for both: a unit never reviews its own submission, so only one set of controls shows.
 */
export function SubmissionForm({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const [form] = Form.useForm<SubmissionValues>();
  const save = useSaveSubmission({ form, success: t('saved') });
  const submit = useSubmitSubmission({ form, success: t('submittedOk') });
  const review = useReviewSubmission({ form, success: t('reviewed') });
  const { fill, review: reviewing } = submission.may;

  function figures(action: 'save' | 'submit') {
    const values = form.getFieldsValue(true) as SubmissionValues;
    const body = validate(form, SaveSubmissionBody, saveBody(submission, values));
    if (!body) return;
    (action === 'save' ? save : submit).mutate({ submission, body });
  }

  function decide(decision: 'approve' | 'return') {
    const comments = reviewComments(form.getFieldsValue(true) as SubmissionValues);
    review.mutate({ submission, body: { decision, comments } });
  }

  const busy = save.isPending || submit.isPending || review.isPending;
  return (
    <Form<SubmissionValues> form={form} name="submission" layout="vertical" initialValues={initialValues(submission)}>
      <LinesTable submission={submission} />
      {fill && (
        <Form.Item name="note" label={t('note')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
      {reviewing && (
        <Form.Item name={['comments', 'general']} label={t('generalComment')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
      <Space style={{ marginTop: 16 }}>
        {fill && (
          <>
            <Button disabled={busy} loading={save.isPending} onClick={() => figures('save')}>
              {t('saveDraft')}
            </Button>
            <Button type="primary" disabled={busy} loading={submit.isPending} onClick={() => figures('submit')}>
              {t('submit')}
            </Button>
          </>
        )}
        {reviewing && (
          <>
            <Button type="primary" disabled={busy} onClick={() => decide('approve')}>
              {t('approve')}
            </Button>
            <Button danger disabled={busy} onClick={() => decide('return')}>
              {t('returnIt')}
            </Button>
          </>
        )}
      </Space>
    </Form>
  );
}
