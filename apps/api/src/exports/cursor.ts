import { queryRows, type Executor } from '@kepu/db';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RecordTable } from '../kernel/resource/spec.js';

/**
 * Every row of a query on `table`, `batchSize` at a time, through a server-side cursor: memory
 * stays flat and the rows come from one snapshot. Run it inside a transaction. Values are mapped
 * the way drizzle maps them (enum arrays, timestamps), so rows look like `select()` rows.
 */
export async function* cursorBatches<Row>(
  tx: Executor,
  table: RecordTable,
  where: SQL | undefined,
  orderBy: SQL[],
  batchSize: number,
): AsyncGenerator<Row[]> {
  const columns: [string, PgColumn][] = Object.entries(getTableColumns(table));
  const selection = sql.join(
    columns.map(([key, column]) => sql`${column} as ${sql.identifier(key)}`),
    sql`, `,
  );
  await tx.execute(
    sql`declare kepu_export no scroll cursor for select ${selection} from ${table} ${where ? sql`where ${where}` : sql``} order by ${sql.join(orderBy, sql`, `)}`,
  );
  try {
    for (;;) {
      const rows = await queryRows<Record<string, unknown>>(tx, sql.raw(`fetch ${batchSize} from kepu_export`));
      if (rows.length > 0) {
        yield rows.map(
          (raw) => Object.fromEntries(columns.map(([key, column]) => [key, raw[key] === null ? null : column.mapFromDriverValue(raw[key])])) as Row,
        );
      }
      if (rows.length < batchSize) return;
    }
  } finally {
    await tx.execute(sql`close kepu_export`).catch(() => undefined);
  }
}
