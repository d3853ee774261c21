import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { showServerErrors } from '../forms.js';
import { ApiError } from './client.js';

/** What the page that triggers a change wants said or done about it; the same for every write. */
export interface Feedback<TVariables, TResult> {
  /** Shown when the change succeeded. */
  success?: string;
  /** The form whose fields take the server's field errors (`errors[].field`). */
  form?: FormInstance;
  /** Runs after the affected queries were invalidated (navigate away, close a modal …). */
  onSuccess?: (result: TResult, variables: TVariables) => void;
  /** True when the page shows this error itself (a 412 conflict, an import's refusal). */
  onError?: (error: unknown) => boolean;
}

/**
 * The one shape of a write in the console: a request, the keys (from `keys.ts`) whose cached
 * queries it makes stale, and the page's feedback. A failure is an ApiError with the server's
 * problem+json: its field errors go onto the form when there is one, anything else to a message.
 */
export function useApiMutation<TVariables, TResult>(
  write: { request: (variables: TVariables) => Promise<TResult>; invalidates: (variables: TVariables) => readonly QueryKey[] },
  feedback: Feedback<TVariables, TResult> = {},
) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: write.request,
    onSuccess: async (result, variables) => {
      await Promise.all(write.invalidates(variables).map((queryKey) => client.invalidateQueries({ queryKey })));
      if (feedback.success) message.success(feedback.success);
      feedback.onSuccess?.(result, variables);
    },
    onError: (error) => {
      if (feedback.onError?.(error)) return;
      if (feedback.form && showServerErrors(feedback.form, error)) return;
      message.error(error instanceof ApiError ? error.problem.title : error instanceof Error ? error.message : String(error));
    },
  });
}
