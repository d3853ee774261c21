import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { live, naturalKey, nonNegative, recordColumns, recordIndexes } from './columns.js';
import { audienceGroupEnum, eventModeEnum, eventStatusEnum, figureQualifierEnum } from './enums.js';
import { dictionaryKindColumn, dictionaryReference } from './dictionary.js';
import { regions } from './regions.js';
import { venues } from './venues.js';

export const events = pgTable(
  'events',
  {
    ...recordColumns(),
    title: text().notNull(),
    category: text().notNull(),
    categoryKind: dictionaryKindColumn('event_category'),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    // Organisers are an ordered list (lead first); kept inline so a page of events is one query.
    organiserIds: uuid().array().notNull(),
    venueId: uuid().references(() => venues.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    mode: eventModeEnum().notNull(),
    audienceGroups: audienceGroupEnum()
      .array()
      .notNull()
      .default(sql`'{}'`),
    // Null when the source does not say (unknown, not 0); the qualifier keeps "约", "余" … beside the number.
    attendance: integer(),
    attendanceQualifier: figureQualifierEnum(),
    participants: integer(),
    participantsQualifier: figureQualifierEnum(),
    onlineViews: integer().notNull().default(0),
    volunteers: integer().notNull().default(0),
    status: eventStatusEnum().notNull().default('planned'),
    description: text(),
  },
  (t) => [
    dictionaryReference('events_category_fk', t.categoryKind, t.category),
    ...recordIndexes('events', t, t.title),
    // Imports match records by region and name (one expression, which the trigram index cannot claim).
    index('events_natural_key_idx').on(naturalKey(t.regionCode, t.title)).where(live(t)),
    // Read backwards it matches the default order (starts_at desc, id desc), so a page of a large subtree
    // is read in order and stops after 20 rows. (A DESC index would be NULLS LAST and not match.)
    index('events_starts_idx').on(t.startsAt, t.id).where(live(t)),
    index('events_organisers_idx').using('gin', t.organiserIds).where(live(t)),
    index('events_venue_idx').on(t.venueId).where(live(t)),
    check('events_period_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_organisers_check', sql`cardinality(${t.organiserIds}) >= 1`),
    check('events_participants_check', sql`${t.participants} is null or ${t.attendance} is null or ${t.participants} <= ${t.attendance}`),
    nonNegative('events_participants_check_non_negative', t.participants),
    nonNegative('events_attendance_check', t.attendance),
    nonNegative('events_online_views_check', t.onlineViews),
    nonNegative('events_volunteers_check', t.volunteers),
  ],
);

export type EventRow = typeof events.$inferSelect;
