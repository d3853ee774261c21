import { schema, type Executor } from '@kepu/db';
import { regionLevelOf, toShanghaiIso, type Submission } from '@kepu/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Principal } from '../kernel/principal.js';
import { mayFill, mayReview } from './access.js';
import { assessmentResult, submissionLines, type StoredFigures } from './lines.js';
import { itemsOf, summaryOf, unitOf, userNames, type CampaignRow, type SubmissionRow } from './store.js';

const { submissionAttachments } = schema;

export async function attachmentsOf(executor: Executor, submissionId: string) {
  return executor
    .select()
    .from(submissionAttachments)
    .where(and(eq(submissionAttachments.submissionId, submissionId), isNull(submissionAttachments.deletedAt)))
    .orderBy(submissionAttachments.createdAt);
}

export const editable = (status: string) => ['not_started', 'draft', 'returned'].includes(status);

/** A submission as the unit and its reviewer see it: every line with the records' figure, last year, roll-up and checks. */
export async function submissionView(
  executor: Executor,
  principal: Principal,
  submission: SubmissionRow,
  campaign: CampaignRow,
): Promise<Submission> {
  const unit = await unitOf(submission.regionCode);
  const attachments = await attachmentsOf(executor, submission.id);
  const comments = submission.comments as Record<string, string>;
  const lines = await submissionLines(executor, {
    campaign: {
      id: campaign.id,
      kind: campaign.kind,
      year: campaign.year,
      jumpThreshold: campaign.jumpThreshold,
      items: itemsOf(campaign),
      levels: campaign.levels,
    },
    unit,
    figures: submission.figures as StoredFigures,
    comments,
    evidence: new Set(attachments.flatMap((attachment) => (attachment.itemKey ? [attachment.itemKey] : []))),
  });
  const names = await userNames(executor, [submission.submittedBy, submission.reviewedBy, ...attachments.map((attachment) => attachment.uploadedBy)]);
  const open = campaign.status === 'open';
  return {
    ...(await summaryOf(submission, campaign)),
    campaign: {
      id: campaign.id,
      name: campaign.name,
      kind: campaign.kind as 'statistics' | 'assessment',
      year: campaign.year,
      deadline: campaign.deadline,
      instructions: campaign.instructions,
      status: campaign.status as 'open' | 'closed',
      jumpThreshold: campaign.jumpThreshold,
    },
    level: regionLevelOf(submission.regionCode) === 'township' ? 'township' : 'district',
    lines,
    note: submission.note,
    generalComment: comments.general ?? null,
    attachments: attachments.map((attachment) => ({
      id: attachment.id,
      itemKey: attachment.itemKey,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      bytes: attachment.bytes,
      sha256: attachment.sha256,
      uploadedByName: names.get(attachment.uploadedBy) ?? '',
      createdAt: toShanghaiIso(attachment.createdAt),
    })),
    submittedByName: submission.submittedBy ? (names.get(submission.submittedBy) ?? null) : null,
    reviewedAt: submission.reviewedAt ? toShanghaiIso(submission.reviewedAt) : null,
    reviewedByName: submission.reviewedBy ? (names.get(submission.reviewedBy) ?? null) : null,
    may: {
      fill: open && editable(submission.status) && mayFill(principal, submission.regionCode),
      review: submission.status === 'submitted' && mayReview(principal, submission.regionCode),
      reopen: submission.status === 'approved' && mayReview(principal, submission.regionCode),
    },
    assessment: campaign.kind === 'assessment' ? assessmentResult(lines) : null,
  };
}
