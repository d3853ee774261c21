import type { ReviewSubmission, SaveSubmission, Submission } from '@kepu/domain';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { answer, api, apiUrl, ifMatch, rawBody, type Query } from '../../shared/api/client.js';
import { reportingKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getSubmissions = (query: Query<'listSubmissions'>) => answer(api.GET('/api/v1/submissions', { params: { query } }));
export const getSubmission = (id: string) => answer(api.GET('/api/v1/submissions/{id}', { params: { path: { id } } }));

export const submissionQueries = {
  inbox: (query: Query<'listSubmissions'>) => queryOptions({ queryKey: reportingKeys.submissions(query), queryFn: () => getSubmissions(query) }),
  detail: (id: string) => queryOptions({ queryKey: reportingKeys.submission(id), queryFn: () => getSubmission(id) }),
};

/** Downloads are plain links: the browser streams the file itself. */
export const attachmentUrl = (submission: string, attachment: string) =>
  apiUrl('/api/v1/submissions/{id}/attachments/{attachmentId}', { path: { id: submission, attachmentId: attachment } });
export const reportUrl = (submission: string, format: 'pdf' | 'xlsx') =>
  apiUrl('/api/v1/submissions/{id}/report', { path: { id: submission }, query: { format } });

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

/** Which submission a write is for, at the version the user saw. */
const at = (submission: Submission) => ({ path: { id: submission.id }, header: ifMatch(submission.version) });

interface Figures {
  submission: Submission;
  body: SaveSubmission;
}

export const useSaveSubmission = (feedback?: Feedback<Figures, Submission>) =>
  useSubmissionWrite(({ submission, body }: Figures) => answer(api.PATCH('/api/v1/submissions/{id}', { params: at(submission), body })), feedback);

export const useSubmitSubmission = (feedback?: Feedback<Figures, Submission>) =>
  useSubmissionWrite(
    ({ submission, body }: Figures) => answer(api.POST('/api/v1/submissions/{id}/submit', { params: at(submission), body })),
    feedback,
  );

export const useReviewSubmission = (feedback?: Feedback<{ submission: Submission; body: ReviewSubmission }, Submission>) =>
  useSubmissionWrite(
    ({ submission, body }: { submission: Submission; body: ReviewSubmission }) =>
      answer(api.POST('/api/v1/submissions/{id}/review', { params: at(submission), body })),
    feedback,
  );

export const useReopenSubmission = (feedback?: Feedback<{ submission: Submission; reason: string }, Submission>) =>
  useSubmissionWrite(
    ({ submission, reason }: { submission: Submission; reason: string }) =>
      answer(api.POST('/api/v1/submissions/{id}/reopen', { params: at(submission), body: { reason } })),
    feedback,
  );

interface Upload {
  submission: Submission;
  file: File;
  item: string | null;
}

/** Evidence goes as the raw bytes; the API types it by its content, so the declared type does not matter. */
export const useUploadEvidence = (feedback?: Feedback<Upload, Submission>) =>
  useSubmissionWrite(
    ({ submission, file, item }: Upload) =>
      answer(
        api.POST('/api/v1/submissions/{id}/attachments', {
          params: { path: { id: submission.id }, query: { fileName: file.name, item: item ?? undefined } },
          ...rawBody(file, 'application/octet-stream'),
        }),
      ),
    feedback,
  );

export const useRemoveEvidence = (feedback?: Feedback<{ submission: Submission; attachment: string }, Submission>) =>
  useSubmissionWrite(
    ({ submission, attachment }: { submission: Submission; attachment: string }) =>
      answer(
        api.DELETE('/api/v1/submissions/{id}/attachments/{attachmentId}', { params: { path: { id: submission.id, attachmentId: attachment } } }),
      ),
    feedback,
  );
