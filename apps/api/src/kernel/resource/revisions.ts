import { AuditHistory, IdParams, RevertBody } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import { entityHistory, findAuditEntry } from '../audit/queries.js';
import { principalOf } from '../principal.js';
import { entityLabels, notFound, unprocessable } from '../errors.js';
import { expectedVersion, withEtag } from '../http.js';
import { problems } from '../openapi.js';
import { IfMatchHeaders, type ResourceContext } from './context.js';
import type { ListQueryBase, ResourceSpec } from './spec.js';

/** History of one record, restoring it from the trash, and reverting it to an earlier revision. */
export function registerRevisionRoutes<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
) {
  const { server, repository, base, tags, read, write } = context;
  const singular = spec.singular.toLowerCase();

  server.get(
    `${base}/:id/history`,
    {
      config: read,
      schema: {
        operationId: `get${spec.singular}History`,
        tags,
        summary: `Who changed this ${singular}, when, and what`,
        description: 'Oldest first; also for records in the trash.',
        params: IdParams,
        response: { 200: AuditHistory, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const scope = context.scopeOf(principalOf(request));
      const row =
        (await repository.find(app.db, request.params.id, { scope })) ?? (await repository.find(app.db, request.params.id, { scope, deleted: true }));
      if (!row) throw notFound(spec.entity);
      return { items: await entityHistory(app.db, spec.entity, row.id) };
    },
  );

  server.post(
    `${base}/:id/restore`,
    {
      config: { access: { permission: 'trash:restore' } },
      schema: {
        operationId: `restore${spec.singular}`,
        tags,
        summary: `Bring a deleted ${singular} back from the trash`,
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: spec.schemas.response, ...problems(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request.headers['if-match']);
      const actor = context.actorOf(request);
      const restored = await app.db.transaction(async (tx) => {
        const current = await context.lockForWrite(tx, principalOf(request), request.params.id, version, { deleted: true });
        const row = await repository.update(tx, current.id, { deletedAt: null });
        await context.audited(tx, actor, 'restore', current, row);
        return row;
      });
      return withEtag(reply, restored.version).send(spec.toResponse(restored));
    },
  );

  server.post(
    `${base}/:id/revert`,
    {
      config: write,
      schema: {
        operationId: `revert${spec.singular}`,
        tags,
        summary: `Put a ${singular} back as it was after an earlier change`,
        description: "`auditId` names an entry of the record's history; the result is a new revision, itself audited.",
        params: IdParams,
        headers: IfMatchHeaders,
        body: RevertBody,
        response: { 200: spec.schemas.response, ...problems(400, 401, 403, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request.headers['if-match']);
      const actor = context.actorOf(request);
      const reverted = await app.db.transaction(async (tx) => {
        const current = await context.lockForWrite(tx, principalOf(request), request.params.id, version);
        const entry = await findAuditEntry(tx, request.body.auditId);
        if (!entry || entry.entity !== spec.entity || entry.entityId !== current.id || !entry.after) {
          throw unprocessable([
            { field: 'body.auditId', message: { zh: `不是此${entityLabels[spec.entity]}的修改记录`, en: `not a revision of this ${singular}` } },
          ]);
        }
        const row = await context.store(tx, actor, context.validateMerged(context.pick(entry.after)), current);
        await context.audited(tx, actor, 'revert', current, row);
        return row;
      });
      return withEtag(reply, reverted.version).send(spec.toResponse(reverted));
    },
  );
}
