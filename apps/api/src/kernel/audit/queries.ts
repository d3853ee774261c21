import { MAX_HISTORY, shanghaiDayStart, toShanghaiIso, type AuditEntry } from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { changesBetween } from './record.js';

const { auditLog } = schema;
const dayMs = 86_400_000;

export function toAuditEntry(row: typeof auditLog.$inferSelect): AuditEntry {
  return {
    id: row.id,
    at: toShanghaiIso(row.at),
    actorType: row.actorType,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    ip: row.ip,
    action: row.action as AuditEntry['action'],
    entity: row.entity,
    entityId: row.entityId,
    regionCode: row.regionCode,
    changes: row.changes ?? changesBetween(null, row.after),
    after: row.after,
  };
}

/** A record's newest MAX_HISTORY entries, oldest first. */
export async function entityHistory(executor: Executor, entity: string, entityId: string) {
  const rows = await executor
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(MAX_HISTORY);
  return rows.reverse().map(toAuditEntry);
}

export async function findAuditEntry(executor: Executor, id: number) {
  const [row] = await executor.select().from(auditLog).where(eq(auditLog.id, id));
  return row;
}

export async function listAudit(
  executor: Executor,
  filters: {
    scope: SQL | undefined;
    entity?: string | undefined;
    entityId?: string | undefined;
    actorId?: string | undefined;
    action?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  page: { page: number; pageSize: number },
) {
  const where = and(
    filters.scope,
    filters.entity ? eq(auditLog.entity, filters.entity) : undefined,
    filters.entityId ? eq(auditLog.entityId, filters.entityId) : undefined,
    filters.actorId ? eq(auditLog.actorId, filters.actorId) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.from ? gte(auditLog.at, shanghaiDayStart(filters.from)) : undefined,
    filters.to ? lt(auditLog.at, new Date(shanghaiDayStart(filters.to).getTime() + dayMs)) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    executor
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    executor
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where),
  ]);
  return { items: rows.map(toAuditEntry), total: counted?.total ?? 0 };
}
