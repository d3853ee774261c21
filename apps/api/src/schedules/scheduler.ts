import { schema, type Database, type Transaction } from '@kepu/db';
import { Cron } from 'croner';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { hostname } from 'node:os';
import { fromDrizzle, type DrizzleTransactionLike, type PgBoss } from 'pg-boss';
import { deliverRunMail } from './mail.js';
import { executeRun } from './run.js';

const { exportRuns, exportSchedules } = schema;
const onTransaction = (tx: Transaction) => ({ db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) });
const queue = 'scheduled-export';
/** The mail about a finished run: its own job, so a mail server that is down retries the mail, not the export. */
const mailQueue = 'scheduled-export-mail';
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
  /** Retries of a mail the SMTP server refused or could not be reached for; the delay doubles each time. */
  mailRetryLimit: number;
  mailRetryDelaySeconds: number;
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
      if (run) await boss.send(queue, { runId: run.id }, onTransaction(tx));
    });
    seen.set(schedule.id, occurrence.getTime());
  }
}

/** Starts the runs' worker and the clock that queues due schedules; resolves with a stop function. */
export async function startScheduler(app: FastifyInstance, options: SchedulerOptions): Promise<() => Promise<void>> {
  const { boss } = options;
  // The queues' settings follow this process's configuration; creating an existing queue keeps its old ones.
  const queues = {
    [queue]: { retryLimit: options.retryLimit, retryDelay: options.retryDelaySeconds },
    [mailQueue]: { retryLimit: options.mailRetryLimit, retryDelay: options.mailRetryDelaySeconds },
  };
  for (const [name, retries] of Object.entries(queues)) {
    const settings = { ...retries, retryBackoff: true, expireInSeconds: options.expireSeconds };
    await boss.createQueue(name, settings);
    await boss.updateQueue(name, settings);
  }
  // A write older than a job's expiry belongs to a process that died: its run has been retried.
  const swept = await app.files.sweep(options.expireSeconds * 1000);
  if (swept > 0) app.log.info({ swept }, 'removed half-written export files of runs that were retried');
  const worker = `${hostname()}:${process.pid}`;
  const polling = { pollingIntervalSeconds: Math.max(0.5, options.tickMs / 1000) };
  const queueMail = async (tx: Transaction, runId: string) => {
    await boss.send(mailQueue, { runId }, onTransaction(tx));
  };
  const withMetadata = { ...polling, includeMetadata: true } as const;
  await boss.work<{ runId: string }, unknown, typeof withMetadata>(queue, withMetadata, async ([job]) => {
    if (!job) return;
    const context = { app, store: app.files, worker, holdMs: options.holdMs, lastAttempt: job.retryCount >= job.retryLimit, queueMail };
    await executeRun(context, job.data.runId);
  });
  await boss.work<{ runId: string }>(mailQueue, polling, async ([job]) => {
    if (job) await deliverRunMail(app, job.data.runId);
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
    await boss.offWork(mailQueue);
  };
}
