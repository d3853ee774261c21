import { submissionStatus, type SubmissionStatus } from '@kepu/domain';
import { Tag } from 'antd';
import { useI18n } from '../shared/i18n.js';

const colors: Record<SubmissionStatus, string | undefined> = {
  not_started: undefined,
  draft: 'blue',
  submitted: 'processing',
  returned: 'error',
  approved: 'success',
};

/** A submission's status, with 逾期 in red beside it when its deadline passed unanswered. */
export function StatusTag({ status, overdue = false }: { status: SubmissionStatus; overdue?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Tag color={colors[status]}>{submissionStatus.labels[status]}</Tag>
      {overdue && <Tag color="red">{t('overdue')}</Tag>}
    </>
  );
}

/** The counts of a campaign's submissions per status, overdue in red. */
export function StatusCounts({ counts }: { counts: Record<SubmissionStatus | 'overdue' | 'total', number> }) {
  const { t } = useI18n();
  return (
    <>
      {submissionStatus.values.map((status) => (
        <Tag key={status} color={colors[status]}>
          {submissionStatus.labels[status]} {counts[status]}
        </Tag>
      ))}
      {counts.overdue > 0 && (
        <Tag color="red">
          {t('overdue')} {counts.overdue}
        </Tag>
      )}
      <Tag>
        {t('total')} {counts.total}
      </Tag>
    </>
  );
}
