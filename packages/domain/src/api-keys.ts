import { z } from 'zod';
import { apiKeyScope } from './access.js';
import { isoDateTime, listQueryBase, pageOf, recordMeta, sortParam } from './common.js';
import { regionCode } from './regions.js';

export const CreateApiKeyBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).meta({ example: '区融媒体中心活动同步' }),
    scopes: z.array(apiKeyScope).min(1).max(apiKeyScope.options.length),
    scopeRegionCode: regionCode,
    expiresAt: isoDateTime.meta({ description: 'at most a year ahead' }),
  })
  .meta({ id: 'CreateApiKey' });

export const ApiKeyResponse = z
  .object({
    ...recordMeta,
    name: z.string(),
    prefix: z.string().meta({ description: 'the visible start of the key, to tell keys apart' }),
    scopes: z.array(apiKeyScope),
    scopeRegionCode: regionCode,
    expiresAt: isoDateTime,
    revokedAt: isoDateTime.nullable(),
    lastUsedAt: isoDateTime.nullable(),
    createdBy: z.uuid(),
  })
  .meta({ id: 'ApiKey' });

export const CreatedApiKeyResponse = ApiKeyResponse.extend({
  secret: z.string().meta({ description: 'the whole key; shown this once, send it as Authorization: Bearer …' }),
}).meta({ id: 'CreatedApiKey' });

export const ListApiKeysQuery = z.strictObject({ ...listQueryBase, sort: sortParam(['name', 'createdAt', 'expiresAt'], '-createdAt') });
export const ApiKeyPage = pageOf(ApiKeyResponse).meta({ id: 'ApiKeyPage' });

export type CreateApiKey = z.infer<typeof CreateApiKeyBody>;
export type ApiKey = z.infer<typeof ApiKeyResponse>;
export type CreatedApiKey = z.infer<typeof CreatedApiKeyResponse>;
