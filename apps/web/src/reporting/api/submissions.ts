import type { ReviewSubmission, SaveSubmission, Submission } from '@kepu/domain';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { apiUrl, fetchJson, queryString, type QueryParams } from '../../shared/api/client.js';
import { reportingKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getSubmissions = (params: QueryParams) => fetchJson(`/submissions${queryString(params)}`, (domain) => domain.SubmissionPage);
export const getSubmission = (id: string) => fetchJson(`/submissions/${id}`, (domain) => domain.SubmissionResponse);

export const submissionQueries = {
  inbox: (params: QueryParams) => queryOptions({ queryKey: reportingKeys.submissions(params), queryFn: () => getSubmissions(params) }),
  detail: (id: string) => queryOptions({ queryKey: reportingKeys.submission(id), queryFn: () => getSubmission(id) }),
};

/** Downloads are plain links: the browser streams the file itself. */
export const attachmentUrl = (submission: string, attachment: string) => apiUrl(`/submissions/${submission}/attachments/${attachment}`);
export const reportUrl = (submission: string, format: 'pdf' | 'xlsx') => apiUrl(`/submissions/${submission}/report?format=${format}`);

/**
 * Every write answers with the submission as it now is: it replaces the cached one (the page shows the
 * new version at once, and the next write sends its If-Match, with no refetch), and the inboxes and
 * progress go stale. Other submissions (a district's roll-up) are refetched when their page opens.
 */
function useSubmissionWrite<TVariables>(request: (variables: TVariables) => Promise<Submission>, feedback?: Feedback<TVariables, Submission>) {
  const client = useQueryClient();
  return useApiMutation<TVariables, Submission>(
    {
      request: async (variables) => {
        const submission = await request(variables);
        client.setQueryData(reportingKeys.submission(submission.id), submission);
        return submission;
      },
      invalidates: () => reportingKeys.aroundSubmissions(),
    },
    feedback,
  );
}

const post = (submission: Submission, action: string, body: unknown) =>
  fetchJson(`/submissions/${submission.id}/${action}`, (domain) => domain.SubmissionResponse, {
    method: 'POST',
    body,
    ifMatch: submission.version,
  });

interface Figures {
  submission: Submission;
  body: SaveSubmission;
}

export const useSaveSubmission = (feedback?: Feedback<Figures, Submission>) =>
  useSubmissionWrite(
    ({ submission, body }: Figures) =>
      fetchJson(`/submissions/${submission.id}`, (domain) => domain.SubmissionResponse, { method: 'PATCH', body, ifMatch: submission.version }),
    feedback,
  );

export const useSubmitSubmission = (feedback?: Feedback<Figures, Submission>) =>
  useSubmissionWrite(({ submission, body }: Figures) => post(submission, 'submit', body), feedback);

export const useReviewSubmission = (feedback?: Feedback<{ submission: Submission; body: ReviewSubmission }, Submission>) =>
  useSubmissionWrite(({ submission, body }: { submission: Submission; body: ReviewSubmission }) => post(submission, 'review', body), feedback);

export const useReopenSubmission = (feedback?: Feedback<{ submission: Submission; reason: string }, Submission>) =>
  useSubmissionWrite(({ submission, reason }: { submission: Submission; reason: string }) => post(submission, 'reopen', { reason }), feedback);

interface Upload {
  submission: Submission;
  file: File;
  item: string | null;
}

/** Evidence goes as the raw bytes; the API types it by its content, so the declared type does not matter. */
export const useUploadEvidence = (feedback?: Feedback<Upload, Submission>) =>
  useSubmissionWrite(
    ({ submission, file, item }: Upload) =>
      fetchJson(`/submissions/${submission.id}/attachments${queryString({ fileName: file.name, item })}`, (domain) => domain.SubmissionResponse, {
        method: 'POST',
        raw: { data: file, type: 'application/octet-stream' },
      }),
    feedback,
  );

export const useRemoveEvidence = (feedback?: Feedback<{ submission: Submission; attachment: string }, Submission>) =>
  useSubmissionWrite(
    ({ submission, attachment }: { submission: Submission; attachment: string }) =>
      fetchJson(`/submissions/${submission.id}/attachments/${attachment}`, (domain) => domain.SubmissionResponse, { method: 'DELETE' }),
    feedback,
  );
