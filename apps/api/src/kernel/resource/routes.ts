import { IdParams } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../principal.js';
import { notFound } from '../errors.js';
import { expectedVersion, withEtag } from '../http.js';
import { maxIdempotencyKeyLength, onceForKey } from '../idempotency.js';
import { keptAnswers } from '../kept-answers.js';
import { problems } from '../openapi.js';
import { IfMatchHeaders, resourceContext, type ResourceContext } from './context.js';
import { orderFor } from './repository.js';
import { registerRevisionRoutes } from './revisions.js';
import type { ListQueryBase, ResourceSpec } from './spec.js';

const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .max(maxIdempotencyKeyLength)
    .optional()
    .meta({ description: 'a retry with the same key and body replays the first response' }),
});

/**
 * More routes on a resource, registered after its own with the same context. Features supply them
 * (the export route comes from `exports`), so the kernel never imports a feature.
 */
export type ResourceRoutes = <Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
) => void;

/**
 * Registers list, create, get, update and soft-delete for one resource under /api/v1/{entity},
 * plus its history, restore and revert, then `more`. Every query is limited to the caller's region subtree.
 */
export function registerResource<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
  more: ResourceRoutes[] = [],
) {
  const context = resourceContext(app, spec);
  const { server, repository, base, tags, read, write } = context;
  // On the embedded database a page is kept until something is written; PostgreSQL, shared with other replicas, is asked each time.
  const pages = keptAnswers<string>(app, { capacity: 200, maxAgeMs: 60_000 });
  const plural = spec.entity.charAt(0).toUpperCase() + spec.entity.slice(1).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  const singular = spec.singular.toLowerCase();

  server.get(
    base,
    {
      config: read,
      schema: {
        operationId: `list${plural}`,
        tags,
        summary: `List ${spec.entity}`,
        description: 'Live records in your scope. `region` includes the whole subtree below the region.',
        querystring: spec.schemas.query,
        response: { 200: spec.schemas.page, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const query = request.query as Query;
      const principal = principalOf(request);
      // A page depends on the validated query and the caller's scope alone; kept as its JSON.
      const json = await pages(JSON.stringify([principal.scopeRegionCode, query]), async () => {
        const { items, total } = await repository.list(app.db, {
          ...(await context.listConditions(principal, query)),
          orderBy: orderFor(query.sort, spec.sortColumns, spec.table.id),
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        });
        // The page schema's shape; page, pageSize and total are validated integers.
        return `{"items":[${items.join(',')}],"page":${query.page},"pageSize":${query.pageSize},"total":${total}}`;
      });
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );

  server.post(
    base,
    {
      config: write,
      schema: {
        operationId: `create${spec.singular}`,
        tags,
        summary: `Create a ${singular}`,
        description: 'Send an `Idempotency-Key` header to make retries safe.',
        headers: IdempotencyHeaders,
        body: spec.schemas.create,
        response: { 201: spec.schemas.response, ...problems(400, 401, 403, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const actor = context.actorOf(request);
      const create = async (executor: typeof app.db) => {
        const row = await context.store(executor, actor, request.body as Create);
        await context.audited(executor, actor, 'create', undefined, row);
        return { statusCode: 201, body: spec.toResponse(row) };
      };
      const key = request.headers['idempotency-key'];
      // Keys are per caller: one partner's key can never replay another's response.
      const endpoint = `POST ${base} ${actor.principal?.kind}:${actor.principal?.id}`;
      const result =
        key === undefined
          ? { ...(await app.db.transaction((tx) => create(tx))), replayed: false }
          : await onceForKey(app.db, { endpoint, key, body: request.body }, create);
      const created = result.body as Response & { id: string; version: number };
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return withEtag(reply, created.version).header('location', `${base}/${created.id}`).code(result.statusCode).send(created);
    },
  );

  server.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        operationId: `get${spec.singular}`,
        tags,
        summary: `Get a ${singular}`,
        description: 'The `ETag` header carries the version to send back as `If-Match`.',
        params: IdParams,
        response: { 200: spec.schemas.response, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = await repository.find(app.db, request.params.id, { scope: context.scopeOf(principalOf(request)) });
      if (!row) throw notFound(spec.entity);
      return withEtag(reply, row.version).send(spec.toResponse(row));
    },
  );

  server.patch(
    `${base}/:id`,
    {
      config: write,
      schema: {
        operationId: `update${spec.singular}`,
        tags,
        summary: `Change a ${singular}`,
        description: 'Send only the fields to change, with `If-Match`. The merged record is validated as a whole.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: spec.schemas.update,
        response: { 200: spec.schemas.response, ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 428) },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request.headers['if-match']);
      const actor = context.actorOf(request);
      const patch = request.body as Record<string, unknown>;
      const updated = await app.db.transaction(async (tx) => {
        const current = await context.lockForWrite(tx, principalOf(request), request.params.id, version);
        const stored = spec.toResponse(current);
        const merged = spec.mergeForUpdate ? spec.mergeForUpdate(stored, patch) : { ...context.pick(stored as Record<string, unknown>), ...patch };
        const row = await context.store(tx, actor, context.validateMerged(merged), current);
        await context.audited(tx, actor, 'update', current, row);
        return row;
      });
      return withEtag(reply, updated.version).send(spec.toResponse(updated));
    },
  );

  server.delete(
    `${base}/:id`,
    {
      config: write,
      schema: {
        operationId: `delete${spec.singular}`,
        tags,
        summary: `Delete a ${singular} (soft)`,
        description: 'The record leaves every list and answers 404; admins can restore it from the trash. Requires `If-Match`.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: z.null().meta({ description: 'deleted' }), ...problems(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request.headers['if-match']);
      const actor = context.actorOf(request);
      await app.db.transaction(async (tx) => {
        const current = await context.lockForWrite(tx, principalOf(request), request.params.id, version);
        const deleted = await repository.update(tx, current.id, { deletedAt: new Date() });
        await context.audited(tx, actor, 'delete', current, deleted);
      });
      return reply.code(204).send(null);
    },
  );

  registerRevisionRoutes(app, spec, context);
  for (const register of more) register(app, spec, context);
}
