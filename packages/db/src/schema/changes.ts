import { sql } from 'drizzle-orm';
import { bigserial, customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A 64-bit transaction id (PostgreSQL 13+), read and written as its decimal text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * Every change to a record and every application event others may follow (partner sync, webhooks),
 * written in the transaction of the change itself: record changes by triggers on the six record
 * tables (migration 0013), application events by `recordChange` in the API.
 *
 * `seq` and `occurred_at` are taken when a row is written, not when its transaction commits, so a
 * reader cannot just follow `seq`: it reads rows whose `tx` lies below the oldest transaction
 * still running, in (tx, seq) order (`apps/api/src/kernel/changes.ts`).
 */
export const changeLog = pgTable(
  'change_log',
  {
    seq: bigserial({ mode: 'bigint' }).primaryKey(),
    tx: xid8()
      .notNull()
      .default(sql`pg_current_xact_id()`),
    /** The collection as named in URLs: `events`, …, or `imports`, `export-runs`, `submissions`. */
    entity: text().notNull(),
    recordId: text().notNull(),
    /** created, updated, deleted, restored, purged; or the application event (committed, approved …). */
    action: text().notNull(),
    /** The record's region after the change; null once purged. */
    regionCode: text(),
    /** The record's region before the change, set when the change moved it, deleted it or purged it. */
    previousRegionCode: text(),
    version: integer(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('change_log_tx_seq_idx').on(t.tx, t.seq)],
);

export type ChangeLogRow = typeof changeLog.$inferSelect;
