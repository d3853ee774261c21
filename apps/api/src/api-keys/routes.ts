import {
  ApiKeyPage,
  CreateApiKeyBody,
  CreatedApiKeyResponse,
  IdParams,
  ListApiKeysQuery,
  ApiKeyResponse,
  toShanghaiIso,
  type ApiKey,
} from '@kepu/domain';
import { recordMetaOf } from '../kernel/resource/spec.js';
import { schema } from '@kepu/db';
import { and, asc, desc, eq, ilike, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordAudit } from '../kernel/audit/record.js';
import { principalOf } from '../kernel/principal.js';
import { assertInScope, withinScope } from '../kernel/scope.js';
import { AppError, notFound, problem } from '../kernel/errors.js';
import { escapeLike } from '../kernel/http.js';
import { problems } from '../kernel/openapi.js';
import { requireRegion } from '../kernel/references.js';
import { generateApiKey } from './resolve.js';

const { apiKeys } = schema;
const tags = ['API 密钥 api-keys'];
const access = { access: { permission: 'api_keys:manage' as const } };
const maxLifetimeMs = 366 * 86_400_000;

function toApiKeyResponse(row: typeof apiKeys.$inferSelect): ApiKey {
  return {
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    scopeRegionCode: row.scopeRegionCode,
    expiresAt: toShanghaiIso(row.expiresAt),
    revokedAt: row.revokedAt ? toShanghaiIso(row.revokedAt) : null,
    lastUsedAt: row.lastUsedAt ? toShanghaiIso(row.lastUsedAt) : null,
    createdBy: row.createdBy,
    ...recordMetaOf(row),
  };
}

/** Keys for partner systems: shown once, stored as a hash, limited to what and where their creator may act. */
export function registerApiKeyRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();

  server.get(
    '/api/v1/api-keys',
    {
      config: access,
      schema: {
        operationId: 'listApiKeys',
        tags,
        summary: 'API keys in your scope',
        querystring: ListApiKeysQuery,
        response: { 200: ApiKeyPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, q, sort } = request.query;
      const where = and(
        isNull(apiKeys.deletedAt),
        withinScope(principalOf(request), apiKeys.scopeRegionCode),
        q ? ilike(apiKeys.name, `%${escapeLike(q)}%`) : undefined,
      );
      const column = { name: apiKeys.name, createdAt: apiKeys.createdAt, expiresAt: apiKeys.expiresAt }[sort.replace('-', '') as 'name'];
      const [rows, [counted]] = await Promise.all([
        app.db
          .select()
          .from(apiKeys)
          .where(where)
          .orderBy(sort.startsWith('-') ? desc(column) : asc(column), asc(apiKeys.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        app.db
          .select({ total: sql<number>`count(*)::int` })
          .from(apiKeys)
          .where(where),
      ]);
      return { items: rows.map(toApiKeyResponse), page, pageSize, total: counted?.total ?? 0 };
    },
  );

  server.post(
    '/api/v1/api-keys',
    {
      config: access,
      schema: {
        operationId: 'createApiKey',
        tags,
        summary: 'Create an API key (the secret is shown once)',
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeyResponse, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      await requireRegion(body.scopeRegionCode, 'body.scopeRegionCode');
      assertInScope(principal, body.scopeRegionCode, 'body.scopeRegionCode');
      const beyond = body.scopes.filter((scope) => !principal.permissions.has(scope));
      if (beyond.length > 0) {
        throw new AppError(problem('keyScopeTooWide'), {
          errors: beyond.map((scope) => ({ field: 'body.scopes', message: { zh: `您自己没有 ${scope} 权限`, en: `you do not have ${scope}` } })),
        });
      }
      const expiresAt = new Date(body.expiresAt);
      if (expiresAt.getTime() <= Date.now() || expiresAt.getTime() > Date.now() + maxLifetimeMs) {
        throw new AppError(problem('apiKeyLifetime'), {
          errors: [{ field: 'body.expiresAt', message: { zh: '须在今后 366 天之内', en: 'must be in the next 366 days' } }],
        });
      }
      const key = generateApiKey();
      const row = await app.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(apiKeys)
          .values({
            name: body.name,
            prefix: key.prefix,
            secretHash: key.secretHash,
            scopes: [...new Set(body.scopes)],
            scopeRegionCode: body.scopeRegionCode,
            expiresAt,
            createdBy: principal.id,
          })
          .returning();
        if (!created) throw new Error('insert returned no row');
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'api_key_create',
            entity: 'api-keys',
            entityId: created.id,
            regionCode: created.scopeRegionCode,
            after: toApiKeyResponse(created),
          },
        );
        return created;
      });
      return reply.code(201).send({ ...toApiKeyResponse(row), secret: key.secret });
    },
  );

  server.delete(
    '/api/v1/api-keys/:id',
    {
      config: access,
      schema: {
        operationId: 'revokeApiKey',
        tags,
        summary: 'Revoke an API key at once',
        params: IdParams,
        response: { 200: ApiKeyResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const row = await app.db.transaction(async (tx) => {
        const [revoked] = await tx
          .update(apiKeys)
          .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())`, version: sql`${apiKeys.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(apiKeys.id, request.params.id), isNull(apiKeys.deletedAt), withinScope(principal, apiKeys.scopeRegionCode)))
          .returning();
        if (!revoked) throw notFound('api-keys');
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'api_key_revoke', entity: 'api-keys', entityId: revoked.id, regionCode: revoked.scopeRegionCode },
        );
        return revoked;
      });
      return toApiKeyResponse(row);
    },
  );
}
