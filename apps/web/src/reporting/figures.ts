import type { SaveSubmission, Submission, SubmissionLine } from '@kepu/domain';

/** The submission form's values: a figure and its reason per item key, the reviewer's comments, the note. */
export interface SubmissionValues {
  figures: Record<string, { value: number | null; reason?: string | null }>;
  comments: Record<string, string | undefined>;
  note: string;
}

export const grouped = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toLocaleString('zh-CN'));

/** Whether a value needs its reason: it differs from what the records give (evidence items have no records' figure). */
export const needsReason = (line: SubmissionLine, value: number | null | undefined) =>
  line.item.metric !== null && line.recordValue !== null && (value ?? null) !== line.recordValue;

export function initialValues(submission: Submission): SubmissionValues {
  return {
    figures: Object.fromEntries(submission.lines.map((line) => [line.item.key, { value: line.value, reason: line.reason }])),
    comments: {},
    note: submission.note,
  };
}

/**
 * The body of a save or submit: only the figures the unit entered before or changed now. A figure
 * left as prefilled is not sent, so on submit it takes what the records give at that moment.
 */
export function saveBody(submission: Submission, values: SubmissionValues): SaveSubmission {
  const figures: NonNullable<SaveSubmission['figures']> = {};
  for (const line of submission.lines) {
    const entry = values.figures[line.item.key];
    const value = entry?.value ?? null;
    const reason = entry?.reason?.trim() ? entry.reason.trim() : null;
    if (!line.entered && value === line.value && reason === (line.reason ?? null)) continue;
    figures[line.item.key] = { value, reason: needsReason(line, value) ? reason : null, qualifier: value === line.value ? line.qualifier : null };
  }
  return { figures, note: values.note };
}

/** The reviewer's comments that say something. */
export const reviewComments = (values: SubmissionValues) =>
  Object.fromEntries(Object.entries(values.comments).flatMap(([key, text]) => (text?.trim() ? [[key, text.trim()]] : [])));

/** Re-mounts the form when what it shows changed on the server, but not for a new attachment (unsaved figures stay). */
export const formKey = (submission: Submission) =>
  JSON.stringify([submission.status, submission.note, submission.lines.map((line) => [line.value, line.reason, line.comment])]);
