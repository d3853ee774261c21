import { schema, queryRows, type Executor } from '@kepu/db';
import { inArray, sql } from 'drizzle-orm';
import { AppError, problem } from '../kernel/errors.js';

const { rateLimits } = schema;

export interface Limit {
  bucket: string;
  max: number;
  windowSeconds: number;
}

/** Refuses with 429 and Retry-After while any bucket is full; counters live in PostgreSQL so replicas share them. */
export async function assertUnderLimits(executor: Executor, limits: Limit[]) {
  const rows = await executor
    .select()
    .from(rateLimits)
    .where(
      inArray(
        rateLimits.bucket,
        limits.map((limit) => limit.bucket),
      ),
    );
  const now = Date.now();
  let retryAfter = 0;
  for (const limit of limits) {
    const row = rows.find((candidate) => candidate.bucket === limit.bucket);
    const windowEnds = row ? row.windowStartedAt.getTime() + limit.windowSeconds * 1000 : 0;
    if (row && windowEnds > now && row.hits >= limit.max) retryAfter = Math.max(retryAfter, Math.ceil((windowEnds - now) / 1000));
  }
  if (retryAfter > 0) {
    throw new AppError(problem('tooManyAttempts', { seconds: retryAfter }), { retryAfter });
  }
}

export async function countHit(executor: Executor, limit: Limit) {
  const window = `${limit.windowSeconds} seconds`;
  await queryRows(
    executor,
    sql`insert into rate_limits (bucket, window_started_at, hits) values (${limit.bucket}, now(), 1)
        on conflict (bucket) do update set
          hits = case when rate_limits.window_started_at <= now() - ${window}::interval then 1 else rate_limits.hits + 1 end,
          window_started_at = case when rate_limits.window_started_at <= now() - ${window}::interval then now() else rate_limits.window_started_at end`,
  );
}

export async function clearLimit(executor: Executor, bucket: string) {
  await executor.delete(rateLimits).where(inArray(rateLimits.bucket, [bucket]));
}
