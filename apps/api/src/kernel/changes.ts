import type { ApplicationChangeAction, ApplicationChangeEntity } from '@kepu/domain';
import { queryRows, schema, type Executor } from '@kepu/db';
import { and, inArray, or, sql } from 'drizzle-orm';
import { AppError, problem } from './errors.js';
import { inSubtree } from './regions.js';

const { changeLog } = schema;

/** A position in the change log: the (transaction, sequence) of a change; readers resume after it. */
export interface ChangeCursor {
  /** xid8 as decimal text */
  tx: string;
  /** bigint as decimal text */
  seq: string;
}

export interface Change extends ChangeCursor {
  entity: string;
  recordId: string;
  action: string;
  /** The record's region after the change; null once purged. */
  regionCode: string | null;
  /** Its region before the change, when the change moved, deleted or purged it. */
  previousRegionCode: string | null;
  version: number | null;
  occurredAt: Date;
}

/** An application event; record changes are logged by the database's triggers (migration 0013), never through this. */
export type ApplicationChange = {
  [E in ApplicationChangeEntity]: { entity: E; recordId: string; action: ApplicationChangeAction<E>; regionCode: string | null; version?: number };
}[ApplicationChangeEntity];

/** Logs an application event; call it with the transaction of the event, so a rolled-back event leaves no entry. */
export async function recordChange(executor: Executor, change: ApplicationChange): Promise<void> {
  await executor.insert(changeLog).values({
    entity: change.entity,
    recordId: change.recordId,
    action: change.action,
    regionCode: change.regionCode,
    version: change.version ?? null,
  });
}

/** The cursor as an opaque, URL-safe string. */
export const encodeCursor = (cursor: ChangeCursor) => Buffer.from(`${cursor.tx}:${cursor.seq}`).toString('base64url');

const maxXid8 = 2n ** 64n - 1n;
const maxBigint = 2n ** 63n - 1n;

/** Reads a cursor `encodeCursor` made; anything else is a 400 naming `field`. */
export function decodeCursor(value: string, field = 'query.cursor'): ChangeCursor {
  const decoded = /^[A-Za-z0-9_-]{1,64}$/.test(value) ? Buffer.from(value, 'base64url').toString('latin1') : '';
  const [, tx, seq] = /^(\d{1,20}):(\d{1,19})$/.exec(decoded) ?? [];
  if (tx === undefined || seq === undefined || BigInt(tx) > maxXid8 || BigInt(seq) > maxBigint) {
    throw new AppError(problem('cursorMalformed'), {
      errors: [{ field, message: { zh: '不是同步响应给出的 cursor', en: 'not a cursor a sync response gave' } }],
    });
  }
  return { tx: BigInt(tx).toString(), seq: BigInt(seq).toString() };
}

const laterOf = (a: ChangeCursor, b: ChangeCursor) => {
  const [atx, btx, aseq, bseq] = [BigInt(a.tx), BigInt(b.tx), BigInt(a.seq), BigInt(b.seq)];
  const later = atx > btx || (atx === btx && aseq > bseq) ? a : b;
  return { tx: later.tx, seq: later.seq };
};

export interface ChangeQuery {
  /** Read changes after this position; null reads from the beginning. */
  after: ChangeCursor | null;
  /** Only these collections (`events`, `submissions` …). */
  entities?: readonly string[];
  /** Only changes whose record is in this region's subtree after the change or was before it. */
  within?: string;
  limit: number;
}

export interface ChangePage {
  /** In (tx, seq) order, at most `limit`. */
  changes: Change[];
  /** The position of the last change returned; null when none was. */
  next: ChangeCursor | null;
  /** True when `changes` holds everything that may be read now: more will come only as transactions finish. */
  horizonReached: boolean;
  /**
   * Where to read from next time: `next` when the page is full; otherwise the last change below the
   * horizon, matching or not (or `after`, if later), so a filtered reader does not scan the rows its
   * filters left out again on every read. It equals `after` when nothing was logged since.
   */
  resumeAt: ChangeCursor;
}

interface ChangeRow {
  last_tx: string | null;
  last_seq: string | null;
  tx: string | null;
  seq: string | null;
  entity: string;
  record_id: string;
  action: string;
  region_code: string | null;
  previous_region_code: string | null;
  version: number | null;
  occurred_at: Date | string;
}

/**
 * Changes after `after`, in commit-safe order. A sequence number is taken when a row is written, not
 * when its transaction commits, so a transaction that commits late can leave a lower number behind a
 * reader that already moved past it. Only rows whose transaction lies below the oldest one still running
 * (`pg_snapshot_xmin`: every transaction before it has committed or rolled back) are read, in (tx, seq)
 * order, so nothing can later appear before the cursor. The horizon and the rows come from one
 * statement, hence one snapshot.
 *
 * A transaction that stays open holds the horizon back for everyone (an idle one is cut off after
 * DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS); a read-only one does not, as it has no transaction id.
 */
export async function readChanges(executor: Executor, query: ChangeQuery): Promise<ChangePage> {
  const { after, entities, within, limit } = query;
  const where = and(
    sql`${changeLog.tx} < horizon.tx`,
    after ? sql`(${changeLog.tx}, ${changeLog.seq}) > (${after.tx}::xid8, ${after.seq}::bigint)` : undefined,
    entities ? inArray(changeLog.entity, [...entities]) : undefined,
    within ? or(inSubtree(changeLog.regionCode, within), inSubtree(changeLog.previousRegionCode, within)) : undefined,
  );
  // One more row than asked tells whether the page is full or the horizon was reached.
  const rows = await queryRows<ChangeRow>(
    executor,
    sql`with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as tx),
      last as (
        select ${changeLog.tx} as tx, ${changeLog.seq} as seq from ${changeLog}, horizon where ${changeLog.tx} < horizon.tx
        order by ${changeLog.tx} desc, ${changeLog.seq} desc limit 1
      )
      select last.tx::text as last_tx, last.seq::text as last_seq, page.* from horizon left join last on true left join lateral (
        select ${changeLog.tx}::text as tx, ${changeLog.seq}::text as seq, ${changeLog.entity} as entity,
          ${changeLog.recordId} as record_id, ${changeLog.action} as action, ${changeLog.regionCode} as region_code,
          ${changeLog.previousRegionCode} as previous_region_code, ${changeLog.version} as version, ${changeLog.occurredAt} as occurred_at
        from ${changeLog} where ${where} order by ${changeLog.tx}, ${changeLog.seq} limit ${limit + 1}
      ) as page on true`,
  );
  const found = rows.filter((row): row is ChangeRow & { tx: string; seq: string } => row.tx !== null && row.seq !== null);
  const changes = found.slice(0, limit).map((row) => ({
    tx: row.tx,
    seq: row.seq,
    entity: row.entity,
    recordId: row.record_id,
    action: row.action,
    regionCode: row.region_code,
    previousRegionCode: row.previous_region_code,
    version: row.version,
    occurredAt: new Date(row.occurred_at),
  }));
  const last = changes.at(-1);
  const next = last ? { tx: last.tx, seq: last.seq } : null;
  const horizonReached = found.length <= limit;
  const [first] = rows;
  const scanned = { tx: first?.last_tx ?? '0', seq: first?.last_seq ?? '0' };
  const resumeAt = !horizonReached && next ? next : laterOf(after ?? { tx: '0', seq: '0' }, scanned);
  return { changes, next, horizonReached, resumeAt };
}

/**
 * The database's snapshot now (`pg_snapshot` as text): a read that starts after this sees at least
 * every change this snapshot sees, so it can stand for that read in `changedSince`.
 */
export async function currentSnapshot(executor: Executor): Promise<string> {
  const [row] = await queryRows<{ snapshot: string }>(executor, sql`select pg_current_snapshot()::text as snapshot`);
  if (!row) throw new Error('pg_current_snapshot() answered no row');
  return row.snapshot;
}

/**
 * Whether a change to one of `entities` has committed that `snapshot` did not see: a logged row of a
 * transaction that was running or had not begun when the snapshot was taken. The (tx, seq) index
 * reads from the snapshot's oldest running transaction on, so the probe costs a few index entries
 * unless a long write is in progress.
 */
export async function changedSince(executor: Executor, snapshot: string, entities: readonly string[]): Promise<boolean> {
  const [row] = await queryRows<{ changed: boolean }>(
    executor,
    sql`select exists (
      select 1 from ${changeLog}
      where ${changeLog.tx} >= pg_snapshot_xmin(${snapshot}::pg_snapshot) and not pg_visible_in_snapshot(${changeLog.tx}, ${snapshot}::pg_snapshot)
        and ${inArray(changeLog.entity, [...entities])}
    ) as changed`,
  );
  return row?.changed ?? true;
}
