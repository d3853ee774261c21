import type { CreateDictionaryEntry, DictionaryEntry, DictionaryKind, UpdateDictionaryEntry } from '@kepu/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { answer, api } from './client.js';
import { dictionaryKeys, recordKeys, statsKeys } from './keys.js';
import { useApiMutation, type Feedback } from './mutation.js';

export const dictionaryQuery = queryOptions({
  queryKey: dictionaryKeys.all,
  queryFn: () => answer(api.GET('/api/v1/dictionary')),
  staleTime: 60_000,
});

const none: readonly DictionaryEntry[] = [];

/** Every dictionary entry, retired ones included (they still label stored records); empty until loaded. */
export function useDictionary(): readonly DictionaryEntry[] {
  return useQuery(dictionaryQuery).data?.items ?? none;
}

/** An entry's change relabels lists, forms and figures. */
const invalidates = () => [dictionaryKeys.all, recordKeys.all, statsKeys.all];

export const useCreateDictionaryEntry = (feedback?: Feedback<{ kind: DictionaryKind; body: CreateDictionaryEntry }, DictionaryEntry>) =>
  useApiMutation(
    {
      request: ({ kind, body }: { kind: DictionaryKind; body: CreateDictionaryEntry }) =>
        answer(api.POST('/api/v1/dictionary/{kind}', { params: { path: { kind } }, body })),
      invalidates,
    },
    feedback,
  );

export const useUpdateDictionaryEntry = (feedback?: Feedback<{ entry: DictionaryEntry; body: UpdateDictionaryEntry }, DictionaryEntry>) =>
  useApiMutation(
    {
      request: ({ entry, body }: { entry: DictionaryEntry; body: UpdateDictionaryEntry }) =>
        answer(api.PATCH('/api/v1/dictionary/{kind}/{code}', { params: { path: { kind: entry.kind, code: entry.code } }, body })),
      invalidates,
    },
    feedback,
  );

export const useDeleteDictionaryEntry = (feedback?: Feedback<DictionaryEntry, void>) =>
  useApiMutation(
    {
      request: (entry: DictionaryEntry) =>
        answer(api.DELETE('/api/v1/dictionary/{kind}/{code}', { params: { path: { kind: entry.kind, code: entry.code } } })),
      invalidates,
    },
    feedback,
  );
