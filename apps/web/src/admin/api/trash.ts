import type { RecordEntity } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, ifMatch, type Query } from '../../shared/api/client.js';
import { recordKeys, statsKeys, trashKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';
import type { AnyRecord } from '../../shared/entities.js';

export const getTrash = (query: Query<'listTrash'>) => answer(api.GET('/api/v1/trash', { params: { query } }));

export const trashQueries = {
  list: (query: Query<'listTrash'>) => queryOptions({ queryKey: trashKeys.list(query), queryFn: () => getTrash(query) }),
};

interface Restore {
  entity: RecordEntity;
  id: string;
  version: number;
}

/** A restored record leaves the trash and is back in its lists and in the figures. */
export const useRestoreRecord = (feedback?: Feedback<Restore, AnyRecord>) =>
  useApiMutation(
    {
      request: ({ entity, id, version }: Restore) =>
        answer(api.POST(`/api/v1/${entity}/{id}/restore`, { params: { path: { id }, header: ifMatch(version) } })),
      invalidates: ({ entity }) => [trashKeys.all, recordKeys.entity(entity), statsKeys.all],
    },
    feedback,
  );
