import { queryRows, type Executor } from '@kepu/db';
import { sql, type SQL } from 'drizzle-orm';

/**
 * The rows of a query, `batchSize` at a time, through a server-side cursor: memory stays flat and
 * the rows come from one snapshot. Run it inside a transaction.
 */
export async function* cursorBatches<Row>(tx: Executor, query: SQL, batchSize: number): AsyncGenerator<Row[]> {
  await tx.execute(sql`declare kepu_export no scroll cursor for ${query}`);
  try {
    for (;;) {
      const rows = await queryRows<Row>(tx, sql.raw(`fetch ${batchSize} from kepu_export`));
      if (rows.length > 0) yield rows;
      if (rows.length < batchSize) return;
    }
  } finally {
    await tx.execute(sql`close kepu_export`).catch(() => undefined);
  }
}
