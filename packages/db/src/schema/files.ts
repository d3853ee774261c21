import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns.js';
import { regions } from './regions.js';
import { users } from './access.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * An uploaded sheet and what its dry run found. The file is kept so the commit re-reads exactly
 * what was checked and the error sheet can be rebuilt from it.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    entity: text().notNull(),
    fileName: text().notNull(),
    format: text().notNull(),
    file: bytea().notNull(),
    /** checked: dry run done; committed: written. */
    status: text().notNull().default('checked'),
    summary: jsonb().notNull(),
    /** The uploader's language, negotiated at upload: the summary's problems and the error sheet are written in it. */
    language: text().notNull().default('zh'),
    actorType: text().notNull(),
    actorId: uuid(),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    /**
     * What the dry run's answer rests on: the snapshot taken before it read (`pg_current_snapshot()`)
     * and a hash of the dictionary entries it checked codes against. Null for checks made before it existed.
     */
    checkedAgainst: jsonb().$type<{ snapshot: string; dictionary: string }>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('imports_region_idx').on(t.regionCode, t.createdAt),
    check('imports_status_check', sql`${t.status} in ('checked', 'committed')`),
    check('imports_language_check', sql`${t.language} in ('zh', 'en')`),
  ],
);

/** A report or list export that runs on a cron schedule (Asia/Shanghai) as its owner. */
export const exportSchedules = pgTable(
  'export_schedules',
  {
    ...recordColumns(),
    name: text().notNull(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id),
    /** The owner's scope when the schedule was made; who else may see it. */
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    /** What to produce: `list` (with entity) or a report. */
    kind: text().notNull(),
    params: jsonb().notNull(),
    format: text().notNull(),
    cron: text().notNull(),
    recipients: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    active: boolean().notNull().default(true),
  },
  (t) => [index('export_schedules_region_idx').on(t.regionCode)],
);

/** One occurrence of a schedule. The unique (schedule, occurrence) is the last guard against running it twice. */
export const exportRuns = pgTable(
  'export_runs',
  {
    id: uuid().primaryKey().defaultRandom(),
    scheduleId: uuid()
      .notNull()
      .references(() => exportSchedules.id),
    occurrence: timestamp({ withTimezone: true }).notNull(),
    status: text().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    /** The owner's scope when the run started: the file holds only what the owner could see then. */
    scopeRegionCode: text(),
    fileName: text(),
    contentType: text(),
    storageKey: text(),
    bytes: bigint({ mode: 'number' }),
    rows: integer(),
    error: text(),
    worker: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    /**
     * The mail about the run (its file, or a notice that it failed for good), decided when the run
     * finishes: not_requested (no recipients), off (no SMTP_URL), pending (queued or being retried),
     * sent or failed (its last attempt; retried until the mail queue's retries run out).
     */
    mailStatus: text().notNull().default('not_requested'),
    /** Who the mail goes to: the schedule's recipients when the run finished. */
    mailRecipients: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    mailAttempts: integer().notNull().default(0),
    mailError: text(),
    mailSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('export_runs_schedule_occurrence_key').on(t.scheduleId, t.occurrence),
    check('export_runs_status_check', sql`${t.status} in ('queued', 'running', 'succeeded', 'failed')`),
    check('export_runs_mail_status_check', sql`${t.mailStatus} in ('not_requested', 'off', 'pending', 'sent', 'failed')`),
  ],
);

/** Secrets every replica must share (the key that signs download links), made once on first use. */
export const serverSecrets = pgTable('server_secrets', {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
