import { queryRows, type Executor } from '@kepu/db';
import { sql } from 'drizzle-orm';

export interface WindowLimit {
  quota: number;
  windowSeconds: number;
}

export interface WindowState {
  /** Whether the hit was counted (false: the window is full, nothing was counted). */
  allowed: boolean;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

interface Count {
  windowStart: number;
  windowEnd: number;
  /** The whole cluster's count when this process last settled, its own hits included. */
  settled: number;
  /** Hits on their way to the database. */
  sending: number;
  /** Hits counted here since. */
  pending: number;
}

interface Settled {
  bucket: string;
  windowMs: number;
  hits: number;
}

/**
 * Fixed-window counters that every replica shares through the rate_limits table without a database
 * round-trip per request: a hit is counted in memory, and `sync` (every second or so) adds each
 * bucket's new hits to its row in one upsert and learns the cluster's totals. A replica learns the
 * others' hits only when it settles its own, so behind N replicas a caller can overshoot a quota by
 * about what it sends each of them in one interval (a second of its traffic per replica); one replica
 * alone counts exactly. We accept that: the budgets are sized in minutes, the overshoot in seconds. Windows are aligned to the epoch on each process's clock, so replicas agree on them as
 * long as their clocks do (NTP keeps them within milliseconds). If the database does not answer, hits
 * wait for the next sync and each replica goes on limiting with what it knows.
 */
export function windowCounters(db: Executor, now: () => number = Date.now) {
  const counts = new Map<string, Count>();
  let lastSync: Promise<void> = Promise.resolve();

  function state(count: Count | undefined, limit: WindowLimit, at: number, allowed: boolean): WindowState {
    const used = count ? count.settled + count.sending + count.pending : 0;
    const windowMs = limit.windowSeconds * 1000;
    const windowEnd = count?.windowEnd ?? at - (at % windowMs) + windowMs;
    return { allowed, remaining: Math.max(0, limit.quota - used), resetSeconds: Math.ceil((windowEnd - at) / 1000) };
  }

  /** Counts a hit in `bucket` unless its window is full. */
  function take(bucket: string, limit: WindowLimit): WindowState {
    const at = now();
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = at - (at % windowMs);
    let count = counts.get(bucket);
    if (count?.windowStart !== windowStart) {
      count = { windowStart, windowEnd: windowStart + windowMs, settled: 0, sending: 0, pending: 0 };
      counts.set(bucket, count);
    }
    if (count.settled + count.sending + count.pending >= limit.quota) return state(count, limit, at, false);
    count.pending += 1;
    return state(count, limit, at, true);
  }

  /** The bucket's state without counting a hit. */
  function peek(bucket: string, limit: WindowLimit): WindowState {
    const at = now();
    const count = counts.get(bucket);
    const current = count && count.windowEnd > at ? count : undefined;
    return state(current, limit, at, current ? current.settled + current.sending + current.pending < limit.quota : true);
  }

  async function settle(batch: { bucket: string; windowMs: number; hits: number }[]): Promise<Settled[]> {
    // Sorted, so replicas lock rows in the same order and two syncs cannot deadlock. A row of an
    // older window starts again; hits for a window older than the row's (a replica whose clock lags) are dropped.
    return queryRows<Settled>(
      db,
      sql`insert into rate_limits (bucket, window_started_at, hits)
          select bucket, to_timestamp("windowMs" / 1000.0), hits
          from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as batch(bucket text, "windowMs" float8, hits int)
          order by bucket
          on conflict (bucket) do update set
            hits = case
              when rate_limits.window_started_at = excluded.window_started_at then rate_limits.hits + excluded.hits
              when rate_limits.window_started_at < excluded.window_started_at then excluded.hits
              else rate_limits.hits end,
            window_started_at = greatest(rate_limits.window_started_at, excluded.window_started_at)
          returning bucket, (extract(epoch from window_started_at) * 1000)::float8 as "windowMs", hits`,
    );
  }

  async function syncOnce() {
    const at = now();
    const batch: { bucket: string; windowMs: number; hits: number }[] = [];
    for (const [bucket, count] of counts) {
      if (count.windowEnd <= at) counts.delete(bucket);
      else if (count.pending > 0) {
        batch.push({ bucket, windowMs: count.windowStart, hits: count.pending });
        count.sending += count.pending;
        count.pending = 0;
      }
    }
    if (batch.length === 0) return;
    batch.sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
    let rows: Settled[];
    try {
      rows = await settle(batch);
    } catch (error) {
      for (const sent of batch) {
        const count = counts.get(sent.bucket);
        if (count?.windowStart !== sent.windowMs) continue;
        count.sending -= sent.hits;
        count.pending += sent.hits;
      }
      throw error;
    }
    const totals = new Map(rows.map((row) => [row.bucket, row]));
    for (const sent of batch) {
      const count = counts.get(sent.bucket);
      if (count?.windowStart !== sent.windowMs) continue;
      count.sending -= sent.hits;
      const row = totals.get(sent.bucket);
      count.settled = row?.windowMs === sent.windowMs ? row.hits : count.settled + sent.hits;
    }
  }

  return {
    take,
    peek,
    /** Settles every hit counted so far with the database, after any sync already under way. */
    sync(): Promise<void> {
      lastSync = lastSync.catch(() => undefined).then(syncOnce);
      return lastSync;
    },
  };
}

export type WindowCounters = ReturnType<typeof windowCounters>;
