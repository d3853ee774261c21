import type { Database, Executor } from '@kepu/db';
import { and, asc, desc, eq, getTableName, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RecordTable } from './spec.js';

export interface ListPlan {
  /** Identifies the statement's text: the same shape always builds the same SQL. */
  shape: string;
  where: SQL | undefined;
  orderBy: SQL[];
  /** The placeholders' values, bound into `where`. */
  values: Record<string, unknown>;
  limit: number;
  offset: number;
}

export function orderFor(sort: string, columns: Record<string, PgColumn>, id: PgColumn): SQL[] {
  const descending = sort.startsWith('-');
  const column = columns[descending ? sort.slice(1) : sort];
  const primary = column ? [descending ? desc(column) : asc(column)] : [];
  // The id breaks ties, so paging through equal sort keys never repeats or skips a row.
  return [...primary, descending ? desc(id) : asc(id)];
}

/** Plain data access for one record table; every function takes the executor so it joins the caller's transaction. */
export function createRecordRepository<Row>(table: RecordTable, responseJson: SQL) {
  const live = sql`${table.deletedAt} is null`;
  // Building a drizzle query costs more CPU than PostgreSQL spends answering a page, so each shape of
  // list is prepared once per database and then only executed.
  type Prepared = ReturnType<typeof prepareList>;
  const prepared = new WeakMap<Database, Map<string, Prepared>>();
  let statements = 0;

  function prepareList(db: Database, plan: ListPlan) {
    const where = and(live, plan.where);
    const name = `${getTableName(table)}_list_${(statements += 1)}`;
    return {
      page: db
        .select({ json: sql<string>`${responseJson}` })
        .from(table)
        .where(where)
        .orderBy(...plan.orderBy)
        .limit(sql.placeholder('limit'))
        .offset(sql.placeholder('offset'))
        .prepare(`${name}_page`),
      count: db
        .select({ total: sql<number>`count(*)::int` })
        .from(table)
        .where(where)
        .prepare(`${name}_count`),
    };
  }

  return {
    /** A live (or, with `deleted`, a soft-deleted) row that also meets `scope`. */
    async find(executor: Executor, id: string, options: { scope: SQL; deleted?: boolean; lock?: boolean }): Promise<Row | undefined> {
      const state = options.deleted ? isNotNull(table.deletedAt) : live;
      const query = executor
        .select()
        .from(table)
        .where(and(eq(table.id, id), state, options.scope));
      const [row] = options.lock ? await query.for('update') : await query;
      return row as Row | undefined;
    },

    /** A page of responses as PostgreSQL wrote them (JSON text, see `responseJson`) and the total. */
    async list(db: Database, plan: ListPlan): Promise<{ items: string[]; total: number }> {
      let shapes = prepared.get(db);
      if (!shapes) prepared.set(db, (shapes = new Map<string, Prepared>()));
      let statement = shapes.get(plan.shape);
      if (!statement) shapes.set(plan.shape, (statement = prepareList(db, plan)));
      const [rows, [counted]] = await Promise.all([
        statement.page.execute({ ...plan.values, limit: plan.limit, offset: plan.offset }),
        statement.count.execute(plan.values),
      ]);
      return { items: rows.map((row) => row.json), total: counted?.total ?? 0 };
    },

    async insert(executor: Executor, values: Record<string, unknown>): Promise<Row> {
      const [row] = await executor
        .insert(table)
        .values(values as never)
        .returning();
      return row as Row;
    },

    /** Applies `values` and bumps the version; `deletedAt` may be set or cleared through `values`. */
    async update(executor: Executor, id: string, values: Record<string, unknown>): Promise<Row> {
      const [row] = await executor
        .update(table)
        .set({ ...values, version: sql`${table.version} + 1`, updatedAt: sql`now()` })
        .where(eq(table.id, id))
        .returning();
      return row as Row;
    },
  };
}
