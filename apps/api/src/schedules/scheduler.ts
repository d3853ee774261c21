import { schema, type Database } from '@kepu/db';
import { Cron } from 'croner';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { hostname } from 'node:os';
import { fromDrizzle, type DrizzleTransactionLike, type PgBoss } from 'pg-boss';
import { executeRun } from './run.js';

const { exportRuns, exportSchedules } = schema;
const queue = 'scheduled-export';
export const timezone = 'Asia/Shanghai';

export interface SchedulerOptions {
  /** The job queue (kernel/jobs.ts), started. */
  boss: PgBoss;
  /** How often each replica looks for due occurrences. */
  tickMs: number;
  /** A run not finished after this long (its process died, say) is handed to another replica. */
  expireSeconds: number;
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
 * job itself, so an occurrence is queued exactly once however many replicas see it. `seen` keeps
 * this replica from trying the same occurrence again on every tick until the next one is due.
 */
async function queueDueRuns(db: Database, boss: PgBoss, now: Date, seen: Map<string, number>): Promise<void> {
  const schedules = await db
    .select()
    .from(exportSchedules)
    .where(and(eq(exportSchedules.active, true), isNull(exportSchedules.deletedAt)));
  for (const schedule of schedules) {
    const occurrence = dueOccurrence(schedule.cron, schedule.createdAt, now);
    if (!occurrence || seen.get(schedule.id) === occurrence.getTime()) continue;
    await db.transaction(async (tx) => {
      const [run] = await tx
        .insert(exportRuns)
        .values({ scheduleId: schedule.id, occurrence })
        .onConflictDoNothing()
        .returning({ id: exportRuns.id });
      // Retries and expiry come from the queue's settings.
      if (run) await boss.send(queue, { runId: run.id }, { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) });
    });
    seen.set(schedule.id, occurrence.getTime());
  }
}

/** Starts the runs' worker and the clock that queues due schedules; resolves with a stop function. */
export async function startScheduler(app: FastifyInstance, options: SchedulerOptions): Promise<() => Promise<void>> {
  const { boss } = options;
  // The queue's settings follow this process's configuration; creating an existing queue keeps its old ones.
  const settings = {
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: options.expireSeconds,
  };
  await boss.createQueue(queue, settings);
  await boss.updateQueue(queue, settings);
  // A write older than a job's expiry belongs to a process that died: its run has been retried.
  const swept = await app.files.sweep(options.expireSeconds * 1000);
  if (swept > 0) app.log.info({ swept }, 'removed half-written export files of runs that were retried');
  const worker = `${hostname()}:${process.pid}`;
  await boss.work<{ runId: string }>(queue, { pollingIntervalSeconds: Math.max(0.5, options.tickMs / 1000) }, async ([job]) => {
    if (job) await executeRun({ app, store: app.files, worker, holdMs: options.holdMs }, job.data.runId);
  });

  let ticking: Promise<unknown> = Promise.resolve();
  const seen = new Map<string, number>();
  const tick = () => {
    ticking = queueDueRuns(app.db, boss, new Date(), seen).catch((error: unknown) =>
      app.log.error({ err: error }, 'queueing scheduled exports failed'),
    );
  };
  const timer = setInterval(tick, options.tickMs);
  tick();
  return async () => {
    clearInterval(timer);
    await ticking;
    await boss.offWork(queue);
  };
}
