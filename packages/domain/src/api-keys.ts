import { z } from 'zod';
import { apiKeyScope } from './access.js';
import { id, isoDateTime, listQueryBase, pageOf, recordMeta, sortParam, stored } from './common.js';
import { regionCode } from './regions.js';

export const apiKeyName = z.string().trim().min(1).max(100);
const scopes = z.array(apiKeyScope).min(1).max(apiKeyScope.options.length);

/**
 * A key is `kepu_<prefix>_<secret>`: a prefix of 10 letters and digits, to tell keys apart, and 32
 * random bytes in base64url (43 characters); apps/api/src/api-keys/resolve.ts makes them.
 */
export const apiKeyPrefix = z.string().length(10).meta({ description: 'the visible start of the key, to tell keys apart' });
const apiKeySecret = z.string().length('kepu_'.length + 10 + '_'.length + 43);

export const CreateApiKeyBody = z
  .strictObject({
    name: apiKeyName.meta({ example: '区融媒体中心活动同步' }),
    scopes,
    scopeRegionCode: regionCode,
    expiresAt: isoDateTime.meta({ description: 'at most a year ahead' }),
  })
  .meta({ id: 'CreateApiKey' });

export const ApiKeyResponse = z
  .object({
    ...recordMeta,
    name: stored(apiKeyName),
    prefix: apiKeyPrefix,
    scopes: stored(scopes),
    scopeRegionCode: regionCode,
    expiresAt: isoDateTime,
    revokedAt: isoDateTime.nullable(),
    lastUsedAt: isoDateTime.nullable(),
    createdBy: id,
  })
  .meta({ id: 'ApiKey' });

export const CreatedApiKeyResponse = ApiKeyResponse.extend({
  secret: apiKeySecret.meta({ description: 'the whole key; shown this once, send it as Authorization: Bearer …' }),
}).meta({ id: 'CreatedApiKey' });

export const ListApiKeysQuery = z.strictObject({ ...listQueryBase, sort: sortParam(['name', 'createdAt', 'expiresAt'], '-createdAt') });
export const ApiKeyPage = pageOf(ApiKeyResponse).meta({ id: 'ApiKeyPage' });

export type CreateApiKey = z.infer<typeof CreateApiKeyBody>;
export type ApiKey = z.infer<typeof ApiKeyResponse>;
export type CreatedApiKey = z.infer<typeof CreatedApiKeyResponse>;
