import { schema, type Database, type DatabaseHandle } from '@kepu/db';
import { Cron } from 'croner';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { hostname } from 'node:os';
import { fromDrizzle, fromPglite, PgBoss, type DrizzleTransactionLike, type PGliteLike } from 'pg-boss';
import { executeRun } from './run.js';

const { exportRuns, exportSchedules } = schema;
const queue = 'scheduled-export';
export const timezone = 'Asia/Shanghai';

export interface SchedulerOptions {
  database: DatabaseHandle;
  /** The PostgreSQL the queue lives in; absent on PGlite, where the queue shares the embedded database. */
  databaseUrl: string | undefined;
  /** How often each replica looks for due occurrences. */
  tickMs: number;
  /** A run not finished after this long (its process died, say) is handed to another replica. */
  expireSeconds: number;
  superviseSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
  holdMs: number;
}

/** The cron expression read in Asia/Shanghai; 6 fields put seconds first. */
export const cronOf = (expression: string) => new Cron(expression, { timezone, paused: true });

/** The latest occurrence at or before `now` that is not older than the schedule itself. */
export function dueOccurrence(expression: string, createdAt: Date, now: Date): Date | null {
  const [latest] = cronOf(expression).previousRuns(1, now);
  return latest && latest.getTime() >= createdAt.getTime() ? latest : null;
}

/**
 * Queues every due occurrence once. Each replica does this on its own clock; the unique
 * (schedule, occurrence) row decides which of them queues the job, in the same transaction as the
 * job itself, so an occurrence is queued exactly once however many replicas see it.
 */
export async function queueDueRuns(db: Database, boss: PgBoss, now: Date, retry: { retryLimit: number; retryDelay: number; expireInSeconds: number }): Promise<number> {
  const schedules = await db.select().from(exportSchedules).where(and(eq(exportSchedules.active, true), isNull(exportSchedules.deletedAt)));
  let queued = 0;
  for (const schedule of schedules) {
    const occurrence = dueOccurrence(schedule.cron, schedule.createdAt, now);
    if (!occurrence) continue;
    await db.transaction(async (tx) => {
      const [run] = await tx.insert(exportRuns).values({ scheduleId: schedule.id, occurrence }).onConflictDoNothing().returning({ id: exportRuns.id });
      if (!run) return;
      await boss.send(queue, { runId: run.id }, { ...retry, retryBackoff: true, db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) });
      queued += 1;
    });
  }
  return queued;
}

/** Starts the job queue, its worker and the clock that queues due schedules; resolves with a stop function. */
export async function startScheduler(app: FastifyInstance, options: SchedulerOptions): Promise<() => Promise<void>> {
  // Expired jobs are found by the per-queue monitor pass, so it runs as often as supervision.
  const common = { schema: 'pgboss', superviseIntervalSeconds: options.superviseSeconds, monitorIntervalSeconds: options.superviseSeconds, migrate: true };
  const boss = options.databaseUrl
    ? new PgBoss({ ...common, connectionString: options.databaseUrl, max: 4 })
    : new PgBoss({ ...common, db: fromPglite((options.database.db as unknown as { $client: PGliteLike }).$client) });
  boss.on('error', (error) => app.log.error({ err: error }, 'job queue error'));
  await boss.start();
  const retry = { retryLimit: options.retryLimit, retryDelay: options.retryDelaySeconds, expireInSeconds: options.expireSeconds };
  await boss.createQueue(queue, { ...retry, retryBackoff: true });
  // A write older than a job's expiry belongs to a process that died: its run has been retried.
  const swept = await app.exportFiles.sweep(options.expireSeconds * 1000);
  if (swept > 0) app.log.info({ swept }, 'removed half-written export files of runs that were retried');
  const worker = `${hostname()}:${process.pid}`;
  await boss.work<{ runId: string }>(queue, { pollingIntervalSeconds: Math.max(0.5, options.tickMs / 1000) }, async ([job]) => {
    if (job) await executeRun({ app, store: app.exportFiles, worker, holdMs: options.holdMs }, job.data.runId);
  });

  let ticking: Promise<unknown> = Promise.resolve();
  const tick = () => {
    ticking = queueDueRuns(app.db, boss, new Date(), retry).catch((error: unknown) => app.log.error({ err: error }, 'queueing scheduled exports failed'));
  };
  const timer = setInterval(tick, options.tickMs);
  tick();
  return async () => {
    clearInterval(timer);
    await ticking;
    await boss.stop({ graceful: true, timeout: 10_000 });
  };
}
