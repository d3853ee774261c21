import type { ApiKey, CreateApiKey, CreatedApiKey } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString, send, type QueryParams } from '../../shared/api/client.js';
import { apiKeyKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getApiKeys = (params: QueryParams) => fetchJson(`/api-keys${queryString(params)}`, (domain) => domain.ApiKeyPage);

export const apiKeyQueries = {
  list: (params: QueryParams) => queryOptions({ queryKey: apiKeyKeys.list(params), queryFn: () => getApiKeys(params) }),
};

/** The answer carries the secret, shown once. */
export const useCreateApiKey = (feedback?: Feedback<CreateApiKey, CreatedApiKey>) =>
  useApiMutation(
    {
      request: (body: CreateApiKey) => fetchJson('/api-keys', (domain) => domain.CreatedApiKeyResponse, { method: 'POST', body }),
      invalidates: () => [apiKeyKeys.all],
    },
    feedback,
  );

export const useRevokeApiKey = (feedback?: Feedback<ApiKey, void>) =>
  useApiMutation(
    { request: (key: ApiKey) => send(`/api-keys/${key.id}`, { method: 'DELETE', ifMatch: key.version }), invalidates: () => [apiKeyKeys.all] },
    feedback,
  );
