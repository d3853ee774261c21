import { SyncQuery, syncPages, toShanghaiIso, type RecordEntity } from '@kepu/domain';
import type { Database } from '@kepu/db';
import { and, inArray, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { decodeCursor, encodeCursor, readChanges, type Change, type ChangeCursor } from '../kernel/changes.js';
import { problems } from '../kernel/openapi.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import type { ResourceContext } from '../kernel/resource/context.js';
import type { ListQueryBase, ResourceSpec } from '../kernel/resource/spec.js';

const description = `Changes since \`cursor\`, oldest first, for partners that keep a copy: apply each item (upsert or delete by \`id\`),
store the answer's \`cursor\`, and ask again with it. Several changes of one record in a page come back as one item with
the record as it is now; \`delete\` stands for a record deleted, purged or moved out of your region scope. A page read
again (a crash before the cursor was stored) gives the same records again, so applying it twice does no harm. A change
becomes readable once every transaction that started before it has finished, usually within milliseconds.`;

/**
 * One page of changes to one record type, as the caller may see them: changes of records in its subtree,
 * or that left it (the change log's `within`), each record as it is now through the resource's own scope
 * condition (live and in scope → upsert, anything else → delete), so this reveals nothing the list would not.
 */
async function syncPage<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  db: Database,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
  principal: Principal,
  request: { after: ChangeCursor | null; limit: number },
) {
  const page = await readChanges(db, { ...request, entities: [spec.entity], within: principal.scopeRegionCode });
  // Each record once, in the order of its latest change in the page.
  const latest = new Map<string, Change>();
  for (const change of page.changes) {
    latest.delete(change.recordId);
    latest.set(change.recordId, change);
  }
  const ids = [...latest.keys()];
  const rows =
    ids.length === 0
      ? []
      : ((await db
          .select()
          .from(spec.table)
          .where(and(inArray(spec.table.id, ids), isNull(spec.table.deletedAt), context.scopeOf(principal)))) as Row[]);
  const visible = new Map(rows.map((row) => [row.id, row]));
  const items = [...latest.values()].map((change) => {
    const changedAt = toShanghaiIso(change.occurredAt);
    const row = visible.get(change.recordId);
    return row
      ? { action: 'upsert' as const, id: row.id, version: row.version, changedAt, record: spec.toResponse(row) }
      : { action: 'delete' as const, id: change.recordId, changedAt };
  });
  return { items, cursor: encodeCursor(page.resumeAt), hasMore: !page.horizonReached };
}

/** `GET /api/v1/sync/{entity}`: incremental sync of one record type, registered with the resource (app.ts). */
export function registerSyncRoute<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
) {
  const entity = spec.entity as RecordEntity;
  // Typed for any record, as the spec is; the document still shows this entity's own page.
  const page: z.ZodType = syncPages[entity];
  context.server.get(
    `/api/v1/sync/${entity}`,
    {
      config: context.read,
      schema: {
        operationId: `sync${entity.charAt(0).toUpperCase()}${entity.slice(1)}`,
        tags: ['同步 sync'],
        summary: `Changes to ${entity} since a cursor, for partner systems that keep a copy`,
        description,
        querystring: SyncQuery,
        response: { 200: page, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      return syncPage(app.db, spec, context, principalOf(request), { after: cursor === undefined ? null : decodeCursor(cursor), limit });
    },
  );
}
