import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { eventCategoryEnum, eventStatusEnum, organisationTypeEnum, venueStatusEnum, venueTypeEnum } from './enums.js';

/*
 * Rollups behind /api/v1/stats. Triggers on the base tables keep them in step inside the writing
 * transaction (migration 0004), so a figure is right as soon as the write commits and a reader never
 * waits for a refresh. A row is stored for each ancestor of the record's region: a region's figure is
 * one key lookup and its children's figures are the rows whose parent_code is that region.
 *
 * Organisations and venues are counted at every level (the rows are bounded by regions × types).
 * Events are summed only for the city (per day and per month) and its districts (per month); below a
 * district, or for the ragged days of a district's period, the stats queries read the events themselves.
 */

const bigCount = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

/** Period figures summed per calendar day or month (Asia/Shanghai, by event start). */
const eventFigures = () => ({
  grain: text().notNull(),
  regionCode: text().notNull(),
  parentCode: text(),
  bucket: date({ mode: 'string' }).notNull(),
  status: eventStatusEnum().notNull(),
  events: integer().notNull().default(0),
  attendance: bigCount('attendance'),
  participants: bigCount('participants'),
  onlineViews: bigCount('online_views'),
  volunteers: bigCount('volunteers'),
});

const grainCheck = (table: string, grain: Parameters<typeof check>[1]) => check(`${table}_grain_check`, grain);

export const statsEventBuckets = pgTable(
  'stats_event_buckets',
  { ...eventFigures(), category: eventCategoryEnum().notNull() },
  (t) => [
    primaryKey({ columns: [t.grain, t.regionCode, t.bucket, t.category, t.status] }),
    index('stats_event_buckets_children_idx').on(t.grain, t.parentCode, t.bucket),
    grainCheck('stats_event_buckets', sql`${t.grain} in ('day', 'month')`),
  ],
);

/** The same figures per audience group; an event aimed at several groups counts once in each. */
export const statsAudienceBuckets = pgTable(
  'stats_audience_buckets',
  { ...eventFigures(), audienceGroup: text().notNull() },
  (t) => [
    primaryKey({ columns: [t.grain, t.regionCode, t.bucket, t.audienceGroup, t.status] }),
    index('stats_audience_buckets_children_idx').on(t.grain, t.parentCode, t.bucket),
    grainCheck('stats_audience_buckets', sql`${t.grain} in ('day', 'month')`),
  ],
);

/** Live organisations now, per type. */
export const statsOrganisationCounts = pgTable(
  'stats_organisation_counts',
  {
    regionCode: text().notNull(),
    parentCode: text(),
    type: organisationTypeEnum().notNull(),
    organisations: integer().notNull().default(0),
    members: bigCount('members'),
    registeredVolunteers: bigCount('registered_volunteers'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.type] }),
    index('stats_organisation_counts_children_idx').on(t.parentCode),
    index('stats_organisation_counts_coverage_idx').using('btree', t.type, t.regionCode.op('text_pattern_ops')),
  ],
);

/** Live venues now, per type and opening status. */
export const statsVenueCounts = pgTable(
  'stats_venue_counts',
  {
    regionCode: text().notNull(),
    parentCode: text(),
    type: venueTypeEnum().notNull(),
    status: venueStatusEnum().notNull(),
    venues: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.type, t.status] }),
    index('stats_venue_counts_children_idx').on(t.parentCode),
    index('stats_venue_counts_coverage_idx').using('btree', t.type, t.regionCode.op('text_pattern_ops')),
  ],
);
