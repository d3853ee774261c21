import { campaignKind, submissionStatus } from '@kepu/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { live, recordColumns } from './columns.js';
import { regions } from './regions.js';
import { users } from './access.js';

const listed = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** A reporting campaign (填报任务): what is asked of which units, by when. Items are fixed when it opens. */
export const reportingCampaigns = pgTable(
  'reporting_campaigns',
  {
    ...recordColumns(),
    name: text().notNull(),
    kind: text().notNull(),
    year: integer().notNull(),
    /** Whose units report: the city, or a district for its own 镇街. */
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    levels: text().array().notNull(),
    /** The items as they were when the campaign opened (label, unit, 口径, criterion): later catalogue edits do not move a running campaign. */
    items: jsonb().notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    instructions: text().notNull().default(''),
    jumpThreshold: integer().notNull().default(30),
    status: text().notNull().default('open'),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    index('reporting_campaigns_region_idx').using('btree', t.regionCode.op('text_pattern_ops')).where(live(t)),
    // A second click on 发起 must not open the same campaign twice.
    uniqueIndex('reporting_campaigns_name_live_key').on(t.regionCode, t.year, t.name).where(live(t)),
    check('reporting_campaigns_kind_check', sql`${t.kind} in (${listed(campaignKind.values)})`),
    check('reporting_campaigns_status_check', sql`${t.status} in ('open', 'closed')`),
  ],
);

/** One unit's answer to a campaign (填报), made when the campaign opens. */
export const reportingSubmissions = pgTable(
  'reporting_submissions',
  {
    ...recordColumns(),
    campaignId: uuid()
      .notNull()
      .references(() => reportingCampaigns.id),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    status: text().notNull().default('not_started'),
    /** Item key → { value, qualifier, reason, recordValue }: what the unit saved, and what the records gave when it did. */
    figures: jsonb().notNull().default({}),
    /** Item key (or `general`) → the reviewer's comment when it was last returned or reopened. */
    comments: jsonb().notNull().default({}),
    note: text().notNull().default(''),
    submittedAt: timestamp({ withTimezone: true }),
    submittedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id),
    remindedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('reporting_submissions_unit_key').on(t.campaignId, t.regionCode),
    index('reporting_submissions_region_idx').using('btree', t.regionCode.op('text_pattern_ops')),
    check('reporting_submissions_status_check', sql`${t.status} in (${listed(submissionStatus.values)})`),
  ],
);

/** Evidence for a submission (佐证材料), kept in the file store; its type is read from the bytes. */
export const submissionAttachments = pgTable(
  'submission_attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    submissionId: uuid()
      .notNull()
      .references(() => reportingSubmissions.id),
    itemKey: text(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    bytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('submission_attachments_submission_idx').on(t.submissionId)],
);

/** The 全国科普示范区 creation criteria (评价标准), editable by the city; a self-assessment campaign copies them when it opens. */
export const assessmentCriteria = pgTable(
  'assessment_criteria',
  {
    ...recordColumns(),
    code: text().notNull(),
    groupName: text().notNull(),
    name: text().notNull(),
    weight: doublePrecision().notNull(),
    metric: text(),
    comparator: text().notNull().default('gte'),
    threshold: doublePrecision(),
    unit: text(),
    definition: text().notNull().default(''),
    position: integer().notNull().default(0),
    active: boolean().notNull().default(true),
  },
  (t) => [
    uniqueIndex('assessment_criteria_code_live_key').on(t.code).where(live(t)),
    check('assessment_criteria_comparator_check', sql`${t.comparator} in ('gte', 'lte')`),
    check('assessment_criteria_weight_check', sql`${t.weight} >= 0`),
  ],
);
