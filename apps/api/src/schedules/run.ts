import { clip, runErrorLength, scheduleTarget, toShanghaiDate, type ExportFormat, type ScheduleTarget } from '@kepu/domain';
import { schema, type Database, type Transaction } from '@kepu/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { userPrincipal } from '../auth/index.js';
import { recordChange } from '../kernel/changes.js';
import { formatTypes } from '../kernel/download.js';
import { renderReport } from '../reports/index.js';
import type { FileStore } from '../kernel/files.js';

const { exportRuns, exportSchedules, users } = schema;
type RunRow = typeof exportRuns.$inferSelect;

export interface RunContext {
  app: FastifyInstance;
  store: FileStore;
  /** Who is running it, recorded on the run (host and process). */
  worker: string;
  /** Testing only: waits this long before writing, so a test can stop a replica mid-run. */
  holdMs: number;
  /** Whether the queue retries this attempt if it fails: the last one's failure is mailed to the recipients. */
  lastAttempt: boolean;
  /** Queues the mail about a run in the transaction that finishes it. */
  queueMail: (tx: Transaction, runId: string) => Promise<void>;
}

/** What becomes of the mail about a finished run, given the schedule's recipients. */
function mailOf(recipients: string[], mailOn: boolean): Pick<RunRow, 'mailStatus' | 'mailRecipients'> {
  if (recipients.length === 0) return { mailStatus: 'not_requested', mailRecipients: [] };
  return { mailStatus: mailOn ? 'pending' : 'off', mailRecipients: recipients };
}

/**
 * Records how the run ended and, in the same transaction, logs it in the change log and queues its
 * mail: a crash between the two cannot lose the mail, and resending a mail never runs the export again. `recipients` is null when
 * nothing is mailed (a failure the queue will retry).
 */
async function finishRun(
  context: RunContext,
  runId: string,
  outcome: Partial<RunRow> & { status: 'succeeded' | 'failed' },
  recipients: string[] | null,
): Promise<void> {
  const mail = recipients ? mailOf(recipients, context.app.mail.enabled) : null;
  await context.app.db.transaction(async (tx) => {
    const [run] = await tx
      .update(exportRuns)
      .set({ ...outcome, ...(mail ?? {}), finishedAt: sql`now()` })
      .where(eq(exportRuns.id, runId))
      .returning({ scopeRegionCode: exportRuns.scopeRegionCode });
    if (mail?.mailStatus === 'pending') await context.queueMail(tx, runId);
    // Those who follow the change log (webhooks) hear of it in the same transaction.
    await recordChange(tx, { entity: 'export-runs', recordId: runId, action: outcome.status, regionCode: run?.scopeRegionCode ?? null });
  });
}

/** A report's year relative to the occurrence: `previous` is the year before the run's (Asia/Shanghai). */
function yearOf(target: Extract<ScheduleTarget, { kind: 'report' }>, occurrence: Date): number {
  const year = Number(toShanghaiDate(occurrence).slice(0, 4));
  return target.year === 'current' ? year : target.year === 'previous' ? year - 1 : target.year;
}

const stamp = (occurrence: Date) =>
  occurrence
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * Runs one occurrence of a schedule as its owner, with the owner's scope as it is now. The run row
 * is claimed first; a run that already succeeded is left alone, so a job delivered twice (a replica
 * that died after writing, a retry racing a slow worker) still leaves one file and one row.
 */
export async function executeRun(context: RunContext, runId: string): Promise<void> {
  const { app, store } = context;
  const db: Database = app.db;
  const [claimed] = await db
    .update(exportRuns)
    .set({ status: 'running', attempts: sql`${exportRuns.attempts} + 1`, worker: context.worker, startedAt: sql`now()`, error: null })
    .where(and(eq(exportRuns.id, runId), sql`${exportRuns.status} <> 'succeeded'`))
    .returning();
  if (!claimed) return;
  try {
    const [schedule] = await db.select().from(exportSchedules).where(eq(exportSchedules.id, claimed.scheduleId));
    const [owner] = schedule
      ? await db
          .select()
          .from(users)
          .where(and(eq(users.id, schedule.ownerId), isNull(users.deletedAt)))
      : [];
    if (!schedule || !owner) throw new Error('the schedule or its owner no longer exists');
    const principal = userPrincipal(owner, null);
    await db.update(exportRuns).set({ scopeRegionCode: principal.scopeRegionCode }).where(eq(exportRuns.id, runId));
    const target = scheduleTarget.parse(schedule.params);
    if (context.holdMs > 0) await new Promise((resolve) => setTimeout(resolve, context.holdMs));

    const base = `runs/${schedule.id}/${stamp(claimed.occurrence)}`;
    let fileName: string;
    let contentType: string;
    let rows: number | null = null;
    let key: string;
    let written: { bytes: number };
    if (target.kind === 'list') {
      const exporter = app.recordExporters.get(target.entity);
      if (!exporter) throw new Error(`${target.entity} cannot be exported`);
      const format: ExportFormat = target.format;
      key = `${base}.${format}`;
      fileName = `${schedule.name}-${toShanghaiDate(claimed.occurrence)}.${format}`;
      contentType = formatTypes[format];
      written = await store.write(key, async (sink) => {
        rows = await exporter.write(principal, target.filters, target.columns?.join(','), format, sink);
      });
    } else {
      const report = await renderReport(db, principal, target.report, {
        ...(target.region ? { region: target.region } : {}),
        year: yearOf(target, claimed.occurrence),
        format: target.format,
      });
      key = `${base}.${report.fileName.split('.').pop() ?? 'bin'}`;
      fileName = report.fileName;
      contentType = report.contentType;
      written = await store.write(key, (sink) => pipeline(Readable.from(report.body), sink));
    }
    await finishRun(context, runId, { status: 'succeeded', storageKey: key, fileName, contentType, bytes: written.bytes, rows }, schedule.recipients);
  } catch (error) {
    // Visible on the run; the queue retries it, and the next attempt sets it running again. Only
    // the last failure is mailed: the recipients wait for a file, not for every attempt at it.
    const [schedule] = context.lastAttempt
      ? await db.select({ recipients: exportSchedules.recipients }).from(exportSchedules).where(eq(exportSchedules.id, claimed.scheduleId))
      : [];
    await finishRun(context, runId, { status: 'failed', error: clip((error as Error).message, runErrorLength) }, schedule?.recipients ?? null);
    throw error;
  }
}
