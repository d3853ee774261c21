import { TrashPage, TrashParams, TrashQuery, toShanghaiIso, type RecordEntity } from '@kepu/domain';
import { queryRows, schema } from '@kepu/db';
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import { withinScope } from '../kernel/scope.js';
import { inSubtree } from '../kernel/regions.js';
import { AppError, notFound, problem, sqlState } from '../kernel/errors.js';
import { problems } from '../kernel/openapi.js';
import type { RecordTable } from '../kernel/resource/spec.js';

const { organisations, venues, events, summaries, designations, indicators } = schema;
const tags = ['回收站 trash'];

/** Each trashable table and the text that names a row of it in the trash. */
const trashable: Record<RecordEntity, { table: RecordTable & { regionCode: PgColumn }; label: SQL }> = {
  organisations: { table: organisations, label: sql`${organisations.name}` },
  venues: { table: venues, label: sql`${venues.name}` },
  events: { table: events, label: sql`${events.title}` },
  summaries: { table: summaries, label: sql`${summaries.title}` },
  designations: { table: designations, label: sql`${designations.name}` },
  indicators: { table: indicators, label: sql`${indicators.year}::text || ' ' || ${indicators.kind}::text` },
};

function deletedRows(entity: RecordEntity, principal: Principal, region: string | undefined): SQL {
  const { table, label } = trashable[entity];
  const where = and(isNotNull(table.deletedAt), withinScope(principal, table.regionCode), region ? inSubtree(table.regionCode, region) : undefined);
  return sql`select ${entity}::text as entity, ${table.id} as id, ${label} as name, ${table.regionCode} as region_code,
    ${table.version} as version, ${table.deletedAt} as deleted_at from ${table} where ${where}`;
}

export function registerTrashRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();

  server.get(
    '/api/v1/trash',
    {
      config: { access: { permission: 'trash:restore' } },
      schema: {
        operationId: 'listTrash',
        tags,
        summary: 'Deleted records in your scope, most recently deleted first',
        description: 'Restore one with POST /api/v1/{entity}/{id}/restore.',
        querystring: TrashQuery,
        response: { 200: TrashPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, entity, region } = request.query;
      const entities = entity ? [entity] : (Object.keys(trashable) as RecordEntity[]);
      const union = sql.join(
        entities.map((name) => deletedRows(name, principalOf(request), region)),
        sql` union all `,
      );
      const [rows, [counted]] = await Promise.all([
        queryRows<{ entity: RecordEntity; id: string; name: string; region_code: string; version: number; deleted_at: string | Date }>(
          app.db,
          sql`select * from (${union}) trash order by deleted_at desc, id limit ${pageSize} offset ${(page - 1) * pageSize}`,
        ),
        queryRows<{ total: number }>(app.db, sql`select count(*)::int as total from (${union}) trash`),
      ]);
      const items = rows.map((row) => ({
        entity: row.entity,
        id: row.id,
        name: row.name,
        regionCode: row.region_code,
        version: row.version,
        deletedAt: toShanghaiIso(new Date(row.deleted_at)),
      }));
      return { items, page, pageSize, total: counted?.total ?? 0 };
    },
  );

  server.delete(
    '/api/v1/trash/:entity/:id',
    {
      config: { access: { permission: 'trash:purge' } },
      schema: {
        operationId: 'purgeTrash',
        tags,
        summary: 'Delete a record for good (市科协 administrators only)',
        params: TrashParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { table } = trashable[request.params.entity];
      await app.db.transaction(async (tx) => {
        const [row] = (await tx
          .select()
          .from(table)
          .where(and(eq(table.id, request.params.id), isNotNull(table.deletedAt), withinScope(principal, table.regionCode)))) as {
          id: string;
          regionCode: string;
        }[];
        if (!row) throw notFound(request.params.entity);
        await tx
          .delete(table)
          .where(eq(table.id, row.id))
          .catch((error: unknown) => {
            if (sqlState(error) === '23503') throw new AppError(problem('stillReferenced'));
            throw error;
          });
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'purge', entity: request.params.entity, entityId: row.id, regionCode: row.regionCode },
        );
      });
      return reply.code(204).send(null);
    },
  );
}
