import type { RecordEntity } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString, send, type QueryParams } from '../../shared/api/client.js';
import { recordKeys, statsKeys, trashKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getTrash = (params: QueryParams) => fetchJson(`/trash${queryString(params)}`, (domain) => domain.TrashPage);

export const trashQueries = {
  list: (params: QueryParams) => queryOptions({ queryKey: trashKeys.list(params), queryFn: () => getTrash(params) }),
};

interface Restore {
  entity: RecordEntity;
  id: string;
  version: number;
}

/** A restored record leaves the trash and is back in its lists and in the figures. */
export const useRestoreRecord = (feedback?: Feedback<Restore, void>) =>
  useApiMutation(
    {
      request: ({ entity, id, version }: Restore) => send(`/${entity}/${id}/restore`, { method: 'POST', ifMatch: version }),
      invalidates: ({ entity }) => [trashKeys.all, recordKeys.entity(entity), statsKeys.all],
    },
    feedback,
  );
