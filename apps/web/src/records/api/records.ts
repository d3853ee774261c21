import type * as Domain from '@kepu/domain';
import type { RecordEntity } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiUrl, fetchJson, queryString, send, type QueryParams } from '../../shared/api/client.js';
import { recordKeys, statsKeys, trashKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';
import type { AnyRecord } from '../../shared/entities.js';

// One module for the record resource rather than a file per operation: the five record types share
// every route shape (`/{entity}`, `/{entity}/{id}`, `/{entity}/{id}/history`), so the operations
// differ only in the entity they are given.

const responseOf = (domain: typeof Domain, entity: RecordEntity) => domain.recordSchemas[entity].response;
const pageOf = (domain: typeof Domain, entity: RecordEntity) => domain.recordSchemas[entity].page;

export const getRecords = (entity: RecordEntity, params: QueryParams) =>
  fetchJson(`/${entity}${queryString(params)}`, (domain) => pageOf(domain, entity));
export const getRecord = (entity: RecordEntity, id: string): Promise<AnyRecord> =>
  fetchJson(`/${entity}/${id}`, (domain) => responseOf(domain, entity));
export const getHistory = (entity: RecordEntity, id: string) => fetchJson(`/${entity}/${id}/history`, (domain) => domain.AuditHistory);

/** A list's file as on screen: a plain link, so the browser streams it to disk itself. */
export const exportUrl = (entity: RecordEntity, params: QueryParams) => apiUrl(`/${entity}/export${queryString(params)}`);

export const recordQueries = {
  list: (entity: RecordEntity, params: QueryParams) =>
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
      request: ({ entity, body }: Create): Promise<AnyRecord> =>
        fetchJson(`/${entity}`, (domain) => responseOf(domain, entity), { method: 'POST', body }),
      invalidates: affected,
    },
    feedback,
  );

export const useUpdateRecord = (feedback?: Feedback<Update, AnyRecord>) =>
  useApiMutation(
    {
      request: ({ entity, id, version, body }: Update): Promise<AnyRecord> =>
        fetchJson(`/${entity}/${id}`, (domain) => responseOf(domain, entity), { method: 'PATCH', body, ifMatch: version }),
      invalidates: affected,
    },
    feedback,
  );

export const useDeleteRecord = (feedback?: Feedback<Remove, void>) =>
  useApiMutation(
    { request: ({ entity, id, version }: Remove) => send(`/${entity}/${id}`, { method: 'DELETE', ifMatch: version }), invalidates: affected },
    feedback,
  );
