import { queryRows, type Database } from '@kepu/db';
import { sql } from 'drizzle-orm';
import { until } from './until.js';

/**
 * Waits until every change committed so far lies below the change log's read horizon. On PostgreSQL the
 * horizon is cluster-wide: another test file's (or another checkout's) transaction that is open at the
 * moment holds it back for a few milliseconds. PGlite has one session, so it is settled at once.
 */
export async function settledChanges(db: Database): Promise<void> {
  await until('the change log to settle', async () => {
    const [row] = await queryRows<{ settled: boolean }>(
      db,
      sql`select coalesce((select tx from change_log order by tx desc limit 1) < pg_snapshot_xmin(pg_current_snapshot()), true) as settled`,
    );
    return row?.settled ? true : undefined;
  });
}
