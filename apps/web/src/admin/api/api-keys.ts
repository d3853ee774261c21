import type { ApiKey, CreateApiKey, CreatedApiKey } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, type Query } from '../../shared/api/client.js';
import { apiKeyKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getApiKeys = (query: Query<'listApiKeys'>) => answer(api.GET('/api/v1/api-keys', { params: { query } }));

export const apiKeyQueries = {
  list: (query: Query<'listApiKeys'>) => queryOptions({ queryKey: apiKeyKeys.list(query), queryFn: () => getApiKeys(query) }),
};

/** The answer carries the secret, shown once. */
export const useCreateApiKey = (feedback?: Feedback<CreateApiKey, CreatedApiKey>) =>
  useApiMutation({ request: (body: CreateApiKey) => answer(api.POST('/api/v1/api-keys', { body })), invalidates: () => [apiKeyKeys.all] }, feedback);

/** Revoking needs no If-Match: it only ever ends the key, whatever changed on it since. */
export const useRevokeApiKey = (feedback?: Feedback<ApiKey, ApiKey>) =>
  useApiMutation(
    {
      request: (key: ApiKey) => answer(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id: key.id } } })),
      invalidates: () => [apiKeyKeys.all],
    },
    feedback,
  );
