import { IdParams } from '@kepu/domain';
import { and, ilike, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inSubtree } from '../../regions/queries.js';
import { invalidFields, notFound, preconditionFailed } from '../errors.js';
import { escapeLike, etagOf, expectedVersion } from '../http.js';
import { onceForKey } from '../idempotency.js';
import { problems } from '../openapi.js';
import { requireRegion } from '../references.js';
import { createRecordRepository, orderFor } from './repository.js';
import type { ListQueryBase, ResourceSpec } from './spec.js';

const IfMatchHeaders = z.looseObject({
  'if-match': z.string().optional().meta({ description: 'the ETag from your last GET; required (428 without it, 412 when stale)' }),
});
const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().optional().meta({ description: 'a retry with the same key and body replays the first response' }),
});

function withEtag(reply: FastifyReply, version: number) {
  return reply.header('etag', etagOf(version));
}

/** Registers list, create, get, update and soft-delete for one entity under /api/v1/{entity}. */
export function registerResource<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const repository = createRecordRepository<Row>(spec.table);
  const base = `/api/v1/${spec.entity}`;
  const plural = spec.entity.charAt(0).toUpperCase() + spec.entity.slice(1);
  const tags = [spec.tag];
  const fieldKeys = Object.keys(spec.schemas.create.shape);

  async function listConditions(query: Query): Promise<SQL | undefined> {
    if (query.region) await requireRegion(query.region, 'query.region');
    return and(
      query.region ? inSubtree(spec.table.regionCode, query.region) : undefined,
      query.q ? ilike(spec.searchColumn, `%${escapeLike(query.q)}%`) : undefined,
      ...spec.filters(query),
    );
  }

  server.get(
    base,
    {
      schema: {
        operationId: `list${plural}`,
        tags,
        summary: `List ${spec.entity}`,
        description: 'Live records only. `region` includes the whole subtree below the region.',
        querystring: spec.schemas.query,
        response: { 200: spec.schemas.page, ...problems(400) },
      },
    },
    async (request) => {
      const query = request.query as Query;
      const { rows, total } = await repository.list(app.db, {
        where: await listConditions(query),
        orderBy: orderFor(query.sort, spec.sortColumns, spec.table.id),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map((row) => spec.toResponse(row)), page: query.page, pageSize: query.pageSize, total };
    },
  );

  server.post(
    base,
    {
      schema: {
        operationId: `create${spec.singular}`,
        tags,
        summary: `Create a ${spec.singular.toLowerCase()}`,
        description: 'Send an `Idempotency-Key` header to make retries safe.',
        headers: IdempotencyHeaders,
        body: spec.schemas.create,
        response: { 201: spec.schemas.response, ...problems(400, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const input = request.body as Create;
      const create = async (executor: typeof app.db) => {
        const row = await repository.insert(executor, await spec.prepare(input, { executor }));
        return { statusCode: 201, body: spec.toResponse(row) };
      };
      const key = request.headers['idempotency-key'];
      const result =
        key === undefined
          ? { ...(await app.db.transaction((tx) => create(tx))), replayed: false }
          : await onceForKey(app.db, { endpoint: `POST ${base}`, key, body: request.body }, create);
      const created = result.body as Response & { id: string; version: number };
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return withEtag(reply, created.version).header('location', `${base}/${created.id}`).code(result.statusCode).send(created);
    },
  );

  server.get(
    `${base}/:id`,
    {
      schema: {
        operationId: `get${spec.singular}`,
        tags,
        summary: `Get a ${spec.singular.toLowerCase()}`,
        description: 'The `ETag` header carries the version to send back as `If-Match`.',
        params: IdParams,
        response: { 200: spec.schemas.response, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const row = await repository.findLive(app.db, request.params.id);
      if (!row) throw notFound(spec.entity);
      return withEtag(reply, row.version).send(spec.toResponse(row));
    },
  );

  server.patch(
    `${base}/:id`,
    {
      schema: {
        operationId: `update${spec.singular}`,
        tags,
        summary: `Change a ${spec.singular.toLowerCase()}`,
        description: 'Send only the fields to change, with `If-Match`. The merged record is validated as a whole.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: spec.schemas.update,
        response: { 200: spec.schemas.response, ...problems(400, 404, 409, 412, 413, 415, 422, 428) },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request.headers['if-match']);
      const patch = request.body as Record<string, unknown>;
      const updated = await app.db.transaction(async (tx) => {
        const current = await repository.findLive(tx, request.params.id, { lock: true });
        if (!current) throw notFound(spec.entity);
        if (current.version !== version) throw preconditionFailed(spec.entity, current.version);
        const stored = spec.toResponse(current);
        const merged = spec.mergeForUpdate
          ? spec.mergeForUpdate(stored, patch)
          : { ...pick(stored as Record<string, unknown>, fieldKeys), ...patch };
        const parsed = spec.schemas.create.safeParse(merged);
        if (!parsed.success) {
          throw invalidFields(parsed.error.issues.map((issue) => ({ field: ['body', ...issue.path].join('.'), message: issue.message })));
        }
        return repository.update(tx, current.id, await spec.prepare(parsed.data, { executor: tx, current }));
      });
      return withEtag(reply, updated.version).send(spec.toResponse(updated));
    },
  );

  server.delete(
    `${base}/:id`,
    {
      schema: {
        operationId: `delete${spec.singular}`,
        tags,
        summary: `Delete a ${spec.singular.toLowerCase()} (soft)`,
        description: 'The record leaves every list and answers 404; it is kept for restoring. Requires `If-Match`.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: z.null().meta({ description: 'deleted' }), ...problems(400, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request.headers['if-match']);
      await app.db.transaction(async (tx) => {
        const current = await repository.findLive(tx, request.params.id, { lock: true });
        if (!current) throw notFound(spec.entity);
        if (current.version !== version) throw preconditionFailed(spec.entity, current.version);
        await repository.softDelete(tx, request.params.id);
      });
      return reply.code(204).send(null);
    },
  );
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));
}
