import { z } from 'zod';
import { recordEntity } from './access.js';
import { calendarYear, fieldName, id, isoDateTime, MAX_PAGE_SIZE, nonEmptyPatch, pageOf, recordMeta, stored } from './common.js';
import { bilingual } from './messages.js';
import { columnNames, exportFormat, refuseRepeatedColumns } from './exports.js';
import { regionCode } from './regions.js';
import { reportFormat, reportKind } from './reports.js';
import { displayName } from './users.js';

/** A report's year: a fixed year, or relative to the day the schedule runs (Asia/Shanghai). */
export const reportYear = z.union([calendarYear, z.enum(['current', 'previous'])]);

const listTarget = z.strictObject({
  kind: z.literal('list'),
  entity: recordEntity,
  // Checked against the list's own query schema when saved; these bounds hold any value it takes
  // (a comma-separated list of 20 codes of 48 is under 1000).
  filters: z
    .record(fieldName, z.union([z.string().max(1000), z.number(), z.array(z.string().max(100)).max(20)]))
    .default({})
    .meta({ description: "the list's query parameters (region, type, year, q, sort …), checked against the list's own schema" }),
  columns: z
    .array(fieldName)
    .max(50)
    .superRefine((names, context) => refuseRepeatedColumns(columnNames(names.join(',')), context))
    .optional()
    .meta({ description: 'field names, as the export endpoint takes them' }),
  format: exportFormat,
});

const reportTarget = z.strictObject({
  kind: z.literal('report'),
  report: reportKind,
  region: regionCode.optional().meta({ description: "default: the owner's scope region" }),
  year: reportYear.default('previous'),
  format: reportFormat.meta({ description: 'the statistics form is XLSX only' }),
});

export const scheduleTarget = z.discriminatedUnion('kind', [listTarget, reportTarget]);
export type ScheduleTarget = z.infer<typeof scheduleTarget>;

const cronShape = /^\S+(\s+\S+){4,5}$/;

/** An address is at most 254 characters (RFC 5321). */
const recipients = z.array(z.email({ abort: true }).max(254)).max(20);
/** Why a run failed, as the run stored it (cut to this length). */
export const runErrorLength = 1000;

const scheduleFields = {
  name: z.string().trim().min(1).max(100),
  target: scheduleTarget,
  // Five or six fields and nothing else: croner also takes a date (`2030-01-01T08:00`) as a one-off
  // "pattern", which is not a schedule and, near year 10000, not a date Kepu can store or serve.
  cron: z
    .string()
    .trim()
    .min(9)
    .max(100)
    .refine(
      (value) => cronShape.test(value),
      bilingual({
        zh: '须为 5 段（分 时 日 月 周）或 6 段（秒在前）的 cron 表达式',
        en: 'must be a cron expression of 5 fields (minute hour day month weekday), or 6 with seconds first',
      }),
    )
    .meta({
      description: 'cron expression in Asia/Shanghai: 5 fields (minute hour day month weekday), or 6 with seconds first',
      example: '0 8 1 * *',
      pattern: cronShape.source,
    }),
  recipients: recipients
    .default([])
    .meta({ description: "who is mailed each run's file (or its download link) and a notice of a run that failed for good, when mail is on" }),
  active: z.boolean().default(true),
};

export const CreateScheduleBody = z.strictObject(scheduleFields).meta({ id: 'CreateExportSchedule' });
export const UpdateScheduleBody = z
  .strictObject({
    name: scheduleFields.name,
    target: scheduleTarget,
    cron: scheduleFields.cron,
    recipients,
    active: z.boolean(),
  })
  .partial()
  .superRefine(nonEmptyPatch)
  .meta({ id: 'UpdateExportSchedule' });

export const runStatus = z.enum(['queued', 'running', 'succeeded', 'failed']);
export type RunStatus = z.infer<typeof runStatus>;

export const mailStatus = z.enum(['not_requested', 'off', 'pending', 'sent', 'failed']).meta({
  description:
    'decided when the run finishes: not_requested (no recipients, or the run has not finished), off (SMTP_URL not set), pending (queued or being retried), sent, failed (the last attempt failed; retried until the mail retries run out)',
});
export type MailStatus = z.infer<typeof mailStatus>;

const RunMail = z
  .object({
    status: mailStatus,
    recipients: z.array(z.string()).meta({ description: "the schedule's recipients when the run finished" }),
    attempts: z.number().int(),
    error: z.string().nullable().meta({ description: "the last attempt's error, or the recipients the server refused" }),
    sentAt: isoDateTime.nullable(),
  })
  .meta({
    description:
      'the mail about the run: its file (attached below the size limit, else a signed link), or a notice that it failed after its last retry',
  });

export const ScheduleResponse = z
  .object({
    name: stored(scheduleFields.name),
    ownerId: id,
    ownerName: stored(displayName),
    regionCode,
    target: scheduleTarget,
    cron: stored(scheduleFields.cron),
    recipients: stored(recipients),
    active: z.boolean(),
    nextRunAt: isoDateTime.nullable().meta({ description: 'the next occurrence, Asia/Shanghai' }),
    ...recordMeta,
  })
  .meta({ id: 'ExportSchedule' });

export const RunResponse = z
  .object({
    id,
    scheduleId: id,
    occurrence: isoDateTime,
    status: runStatus,
    attempts: z.number().int(),
    scopeRegionCode: regionCode.nullable().meta({ description: "the owner's scope when the run started" }),
    // <schedule name>-<date>.<format>, or a report's <region's full name><year>年度….<format>.
    fileName: z.string().max(300).nullable(),
    bytes: z.number().int().nullable(),
    rows: z.number().int().nullable(),
    error: z.string().max(runErrorLength).nullable(),
    startedAt: isoDateTime.nullable(),
    finishedAt: isoDateTime.nullable(),
    // The download path with the run's id, the expiry and a signature: about 150 characters.
    downloadUrl: z.string().max(300).nullable().meta({ description: 'a link that works without signing in until it expires' }),
    downloadExpiresAt: isoDateTime.nullable(),
    mail: RunMail,
  })
  .meta({ id: 'ExportRun' });

export const SchedulePage = pageOf(ScheduleResponse).meta({ id: 'ExportSchedulePage' });
export const RunPage = pageOf(RunResponse).meta({ id: 'ExportRunPage' });
export const ListSchedulesQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export const DownloadQuery = z.strictObject({
  expires: z.coerce.number().int().meta({ description: 'from the download link: when it stops working (Unix seconds)' }),
  signature: z.string().max(128).meta({ description: 'from the download link' }),
});

export type CreateSchedule = z.infer<typeof CreateScheduleBody>;
export type ExportSchedule = z.infer<typeof ScheduleResponse>;
export type ExportRun = z.infer<typeof RunResponse>;
