import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { live, naturalKey, nonNegative, recordColumns, recordIndexes } from './columns.js';
import { figureQualifierEnum } from './enums.js';
import { dictionaryKindColumn, dictionaryReference } from './dictionary.js';
import { regions } from './regions.js';

/** Activities a source reports only as totals over a period; each figure may be unknown (null). */
export const summaries = pgTable(
  'summaries',
  {
    ...recordColumns(),
    title: text().notNull(),
    category: text().notNull(),
    categoryKind: dictionaryKindColumn('event_category'),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    organiserIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'`),
    periodFrom: date({ mode: 'string' }).notNull(),
    periodTo: date({ mode: 'string' }).notNull(),
    eventCount: integer(),
    eventCountQualifier: figureQualifierEnum(),
    attendance: integer(),
    attendanceQualifier: figureQualifierEnum(),
    participants: integer(),
    participantsQualifier: figureQualifierEnum(),
    source: text(),
    note: text(),
  },
  (t) => [
    dictionaryReference('summaries_category_fk', t.categoryKind, t.category),
    ...recordIndexes('summaries', t, t.title),
    index('summaries_natural_key_idx').on(naturalKey(t.regionCode, t.title)).where(live(t)),
    index('summaries_period_idx').on(t.periodFrom, t.periodTo).where(live(t)),
    index('summaries_organisers_idx').using('gin', t.organiserIds).where(live(t)),
    check('summaries_period_check', sql`${t.periodTo} >= ${t.periodFrom}`),
    check('summaries_figure_check', sql`num_nonnulls(${t.eventCount}, ${t.attendance}, ${t.participants}) >= 1`),
    check('summaries_participants_check', sql`${t.participants} is null or ${t.attendance} is null or ${t.participants} <= ${t.attendance}`),
    nonNegative('summaries_event_count_check', t.eventCount),
    nonNegative('summaries_attendance_check', t.attendance),
    nonNegative('summaries_participants_check_non_negative', t.participants),
  ],
);

export type SummaryRow = typeof summaries.$inferSelect;
