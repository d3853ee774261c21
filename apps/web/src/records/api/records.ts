import type { RecordEntity } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, apiUrl, ifMatch } from '../../shared/api/client.js';
import { recordKeys, statsKeys, trashKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';
import type { AnyRecord } from '../../shared/entities.js';

// One module for the record resource rather than a file per operation: the six record types share
// every route shape (`/{entity}`, `/{entity}/{id}`, `/{entity}/{id}/history`), so the operations
// differ only in the entity they are given. Known only at run time, the entity makes a call's query
// and body have to fit all six types at once, so they go as `never`: they are held untyped (the URL's
// filters, the form's values, checked against the domain's create schema before sending) and the
// server checks them; the path and the answer stay typed.

/**
 * A list's filters, sort and page as the URL keeps them: the API's own query parameters of that
 * list, in their text form (`category=a,b`), so they go on as they are and the server checks them.
 */
export type ListParams = Readonly<Record<string, string | number | undefined>>;

export const getRecords = (entity: RecordEntity, params: ListParams) => answer(api.GET(`/api/v1/${entity}`, { params: { query: params as never } }));
export const getRecord = (entity: RecordEntity, id: string) => answer(api.GET(`/api/v1/${entity}/{id}`, { params: { path: { id } } }));
export const getHistory = (entity: RecordEntity, id: string) => answer(api.GET(`/api/v1/${entity}/{id}/history`, { params: { path: { id } } }));

/** A list's file as on screen: a plain link, so the browser streams it to disk itself. */
export const exportUrl = (entity: RecordEntity, params: ListParams) => apiUrl(`/api/v1/${entity}/export`, { query: params as never });

export const recordQueries = {
  list: (entity: RecordEntity, params: ListParams) =>
    queryOptions({ queryKey: recordKeys.list(entity, params), queryFn: () => getRecords(entity, params) }),
  /** Names matching what the user typed, for pickers. */
  search: (entity: RecordEntity, text: string) =>
    queryOptions({ queryKey: recordKeys.search(entity, text), queryFn: () => getRecords(entity, { q: text || undefined, pageSize: 20 }) }),
  detail: (entity: RecordEntity, id: string) => queryOptions({ queryKey: recordKeys.detail(entity, id), queryFn: () => getRecord(entity, id) }),
  history: (entity: RecordEntity, id: string) => queryOptions({ queryKey: recordKeys.history(entity, id), queryFn: () => getHistory(entity, id) }),
};

/** A saved record changes its lists, itself, the dashboard's figures and (deleted) the trash. */
const affected = ({ entity }: { entity: RecordEntity }) => [recordKeys.entity(entity), statsKeys.all, trashKeys.all];

interface Create {
  entity: RecordEntity;
  body: Record<string, unknown>;
}
interface Update extends Create {
  id: string;
  version: number;
}
interface Remove {
  entity: RecordEntity;
  id: string;
  version: number;
}

export const useCreateRecord = (feedback?: Feedback<Create, AnyRecord>) =>
  useApiMutation(
    {
      request: ({ entity, body }: Create) => answer(api.POST(`/api/v1/${entity}`, { body: body as never })),
      invalidates: affected,
    },
    feedback,
  );

export const useUpdateRecord = (feedback?: Feedback<Update, AnyRecord>) =>
  useApiMutation(
    {
      request: ({ entity, id, version, body }: Update) =>
        answer(api.PATCH(`/api/v1/${entity}/{id}`, { params: { path: { id }, header: ifMatch(version) }, body: body as never })),
      invalidates: affected,
    },
    feedback,
  );

export const useDeleteRecord = (feedback?: Feedback<Remove, void>) =>
  useApiMutation(
    {
      request: ({ entity, id, version }: Remove) =>
        answer(api.DELETE(`/api/v1/${entity}/{id}`, { params: { path: { id }, header: ifMatch(version) } })),
      invalidates: affected,
    },
    feedback,
  );
