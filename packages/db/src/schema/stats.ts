import type { AudienceBucket, HonourLevelBucket } from '@kepu/domain';
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, uuid, type ExtraConfigColumn } from 'drizzle-orm/pg-core';
import { eventStatusEnum, venueStatusEnum } from './enums.js';

/*
 * Rollups behind /api/v1/stats. Triggers on the base tables keep them in step inside the writing
 * transaction (migration 0004), so a figure is right as soon as the write commits and a reader never
 * waits for a refresh. A row is stored for each ancestor of the record's region: a region's figure is
 * one key lookup and its children's figures are the rows whose parent_code is that region.
 *
 * Organisations, venues and designated venues are counted at every level (the rows are bounded by
 * regions × types, or regions × levels × distinct validity periods).
 * Events are summed by category only for the city (per day and per month) and its districts (per month),
 * and without categories for the city, each district and each 镇街 (per month). What no rollup covers (the ragged days of
 * a district's period, anything inside one 镇街) the stats queries read from the events themselves.
 */

const bigCount = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

/** Event figures of one region, bucket (a day, or the first day of a month; Asia/Shanghai, by event start) and status. */
const eventFigures = () => ({
  regionCode: text().notNull(),
  parentCode: text(),
  bucket: date({ mode: 'string' }).notNull(),
  status: eventStatusEnum().notNull(),
  events: integer().notNull().default(0),
  attendance: bigCount('attendance'),
  // Events counted here whose 人次 / 人数 is unknown (the sums above leave them out).
  attendanceUnknown: integer().notNull().default(0),
  participants: bigCount('participants'),
  participantsUnknown: integer().notNull().default(0),
  onlineViews: bigCount('online_views'),
  volunteers: bigCount('volunteers'),
});

/** Keys of a day-and-month rollup split by one more dimension (category, audience group). */
function bucketKeys(
  name: string,
  t: Record<'grain' | 'regionCode' | 'parentCode' | 'bucket' | 'status', ExtraConfigColumn>,
  dimension: ExtraConfigColumn,
) {
  return [
    primaryKey({ columns: [t.grain, t.regionCode, t.bucket, dimension, t.status] }),
    index(`${name}_children_idx`).on(t.grain, t.parentCode, t.bucket),
    check(`${name}_grain_check`, sql`${t.grain} in ('day', 'month')`),
  ];
}

export const statsEventBuckets = pgTable('stats_event_buckets', { grain: text().notNull(), ...eventFigures(), category: text().notNull() }, (t) =>
  bucketKeys('stats_event_buckets', t, t.category),
);

/** The same figures per audience group; an event aimed at several groups counts once in each. */
export const statsAudienceBuckets = pgTable(
  'stats_audience_buckets',
  { grain: text().notNull(), ...eventFigures(), audienceGroup: text().$type<AudienceBucket>().notNull() },
  (t) => bucketKeys('stats_audience_buckets', t, t.audienceGroup),
);

/** Period figures of the city, each district and each 镇街 per month, without categories: totals and breakdowns by child region. */
export const statsRegionMonths = pgTable('stats_region_months', eventFigures(), (t) => [
  primaryKey({ columns: [t.regionCode, t.bucket, t.status] }),
  index('stats_region_months_children_idx').on(t.parentCode, t.bucket),
]);

/** Live organisations now, per type. */
export const statsOrganisationCounts = pgTable(
  'stats_organisation_counts',
  {
    regionCode: text().notNull(),
    parentCode: text(),
    type: text().notNull(),
    organisations: integer().notNull().default(0),
    members: bigCount('members'),
    registeredVolunteers: bigCount('registered_volunteers'),
    // Organisations counted here whose volunteer count is unknown.
    registeredVolunteersUnknown: integer().notNull().default(0),
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
    type: text().notNull(),
    status: venueStatusEnum().notNull(),
    venues: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.type, t.status] }),
    index('stats_venue_counts_children_idx').on(t.parentCode),
    index('stats_venue_counts_coverage_idx').using('btree', t.type, t.regionCode.op('text_pattern_ops')),
  ],
);

/**
 * For each open live venue and honour level, the days it holds a live designation of that level, with
 * overlapping designations merged into one span: a venue counts once per level on any date.
 */
export const statsVenueHonourSpans = pgTable(
  'stats_venue_honour_spans',
  {
    venueId: uuid().notNull(),
    // A level, or 'unspecified' for honours given without one (unspecifiedLevel in packages/domain).
    level: text().$type<HonourLevelBucket>().notNull(),
    regionCode: text().notNull(),
    // '-infinity' when a designation's start is unknown: it counts as valid on any date up to its end.
    validFrom: date({ mode: 'string' }).notNull(),
    // 'infinity' when the designation has no end, so the span is part of the key.
    validTo: date({ mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.venueId, t.level, t.validFrom] })],
);

/** Those spans counted per region (every ancestor), level and validity: venues with a designation valid on a date. */
export const statsDesignatedVenues = pgTable(
  'stats_designated_venues',
  {
    regionCode: text().notNull(),
    level: text().$type<HonourLevelBucket>().notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }).notNull(),
    venues: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.level, t.validFrom, t.validTo] })],
);
