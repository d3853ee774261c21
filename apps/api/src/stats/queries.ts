import {
  addDays,
  childCodeLength,
  childRegionLevel,
  regionCodeLength,
  unspecifiedAudience,
  monthEnd,
  shanghaiDayStart,
  type DesignationSubject,
  type EventStatus,
  type RegionLevel,
  type HonourLevel,
  type VenueStatus,
} from '@kepu/domain';
import { queryRows, schema, type Executor } from '@kepu/db';
import { sql, type SQL } from 'drizzle-orm';
import { subtreePattern } from '../kernel/regions.js';

/**
 * Reads of the stats_* rollups (see packages/db/src/schema/stats.ts). Every function takes the
 * region whose figures are wanted and whether to return that region's own total or one row per
 * child region; the caller has already checked the region against the caller's scope.
 */
export interface RegionSlice {
  region: string;
  /** One row per child region (keyed by its code) instead of the region's own total. */
  perChild?: boolean;
}

export interface Period {
  from: string;
  to: string;
}

export interface EventTotals {
  events: number;
  attendance: number;
  participants: number;
  onlineViews: number;
  eventVolunteers: number;
}

export const noEvents: EventTotals = { events: 0, attendance: 0, participants: 0, onlineViews: 0, eventVolunteers: 0 };

/** What event figures are grouped by; `day` feeds the ISO-week breakdown. */
export type EventGrouping = 'total' | 'region' | 'category' | 'audience' | 'month' | 'day';

/** Where each part of a period's event figures is read from. */
export interface EventSources {
  monthRollup: Period | null;
  dayRollup: Period[];
  baseRows: Period[];
}

/**
 * Splits a period between rollups and the events themselves: whole months come from monthly rows when
 * there are any, the ragged days at either end from daily rows when there are any, and the rest from
 * the events.
 */
export function eventSources(available: { monthly: boolean; daily: boolean }, period: Period, daysOnly: boolean): EventSources {
  const none = { monthRollup: null, dayRollup: [], baseRows: [] };
  if (daysOnly || !available.monthly) return available.daily ? { ...none, dayRollup: [period] } : { ...none, baseRows: [period] };
  const firstWhole = period.from.endsWith('-01') ? period.from : addDays(monthEnd(period.from), 1);
  const afterWhole = period.to === monthEnd(period.to) ? addDays(period.to, 1) : `${period.to.slice(0, 8)}01`;
  const monthRollup = firstWhole < afterWhole ? { from: firstWhole, to: addDays(afterWhole, -1) } : null;
  const edges = monthRollup
    ? [
        ...(period.from < firstWhole ? [{ from: period.from, to: addDays(firstWhole, -1) }] : []),
        ...(afterWhole <= period.to ? [{ from: afterWhole, to: period.to }] : []),
      ]
    : [period];
  return available.daily ? { ...none, monthRollup, dayRollup: edges } : { ...none, monthRollup, baseRows: edges };
}

interface RollupTable {
  table: typeof schema.statsEventBuckets | typeof schema.statsAudienceBuckets | typeof schema.statsRegionMonths;
  /** Holds day and month rows told apart by a grain column, rather than months only. */
  grained: boolean;
}

const byCategory: RollupTable = { table: schema.statsEventBuckets, grained: true };
const byAudience: RollupTable = { table: schema.statsAudienceBuckets, grained: true };
const byRegion: RollupTable = { table: schema.statsRegionMonths, grained: false };

/**
 * The rollups that can answer a grouping at a level (see packages/db/src/schema/stats.ts): totals of the
 * city, a district or a 镇街 by month; categories and audiences of the city and districts by month; the
 * city's categories and audiences by day as well.
 */
function rollupsFor(grouping: EventGrouping, level: RegionLevel): { monthly: RollupTable | null; daily: RollupTable | null } {
  const detailed = grouping === 'audience' ? byAudience : byCategory;
  if (grouping === 'total' || grouping === 'region') {
    return { monthly: level === 'village' ? null : byRegion, daily: level === 'city' ? byCategory : null };
  }
  return { monthly: level === 'city' || level === 'district' ? detailed : null, daily: level === 'city' ? detailed : null };
}

const regionCondition = (slice: RegionSlice) => (slice.perChild ? sql`parent_code = ${slice.region}` : sql`region_code = ${slice.region}`);

const listOf = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

const rollupKeys: Record<EventGrouping, SQL> = {
  total: sql`''`,
  region: sql`region_code`,
  category: sql`category::text`,
  audience: sql`audience_group`,
  month: sql`to_char(bucket, 'YYYY-MM')`,
  day: sql`to_char(bucket, 'YYYY-MM-DD')`,
};

const shanghaiStart = sql`(starts_at at time zone 'Asia/Shanghai')`;

function baseRowKey(grouping: EventGrouping, childLength: number): SQL {
  switch (grouping) {
    case 'total':
      return sql`''`;
    case 'region':
      return sql`left(region_code, ${childLength})`;
    case 'category':
      return sql`category::text`;
    case 'audience':
      return sql`unnest(case when cardinality(audience_groups) = 0 then array[${unspecifiedAudience}] else audience_groups::text[] end)`;
    case 'month':
      return sql`to_char(${shanghaiStart}, 'YYYY-MM')`;
    case 'day':
      return sql`to_char(${shanghaiStart}, 'YYYY-MM-DD')`;
  }
}

export interface EventSlice extends RegionSlice {
  level: RegionLevel;
}

/** Event figures for a period, grouped as asked; groups with no events are absent. */
export async function eventFigures(
  db: Executor,
  slice: EventSlice,
  period: Period,
  statuses: readonly EventStatus[],
  grouping: EventGrouping,
): Promise<Map<string, EventTotals>> {
  const level = slice.perChild ? childRegionLevel[slice.level] : slice.level;
  const { monthly, daily } = rollupsFor(grouping, level);
  const sources = eventSources({ monthly: monthly !== null, daily: daily !== null }, period, grouping === 'day');
  const status = sql`status in (${listOf(statuses)})`;
  const rollup = (table: RollupTable, grain: 'day' | 'month', range: Period) =>
    sql`select ${rollupKeys[grouping]} as key, events, attendance, participants, online_views, volunteers from ${table.table}
        where ${regionCondition(slice)} ${table.grained ? sql`and grain = ${grain}` : sql``}
          and bucket between ${range.from}::date and ${range.to}::date and ${status}`;
  const base = (range: Period) =>
    sql`select ${baseRowKey(grouping, childCodeLength[slice.level])} as key, 1 as events, attendance, coalesce(participants, 0) as participants,
          online_views, volunteers from ${schema.events}
        where deleted_at is null and region_code like ${subtreePattern(slice.region)} and ${status}
          and starts_at >= ${shanghaiDayStart(range.from)} and starts_at < ${shanghaiDayStart(addDays(range.to, 1))}`;
  const scans = [
    ...(monthly && sources.monthRollup ? [rollup(monthly, 'month', sources.monthRollup)] : []),
    ...(daily ? sources.dayRollup.map((range) => rollup(daily, 'day', range)) : []),
    ...sources.baseRows.map(base),
    // Summaries report activities that took place, so they count as completed events.
    ...(statuses.includes('completed') ? [summaryShares(slice, period, grouping)] : []),
  ];
  const rows = await queryRows<{ key: string; events: number; attendance: number; participants: number; online_views: number; volunteers: number }>(
    db,
    sql`select key, sum(events)::float8 as events, sum(attendance)::float8 as attendance, sum(participants)::float8 as participants,
          sum(online_views)::float8 as online_views, sum(volunteers)::float8 as volunteers
        from (${sql.join(scans, sql` union all `)}) as buckets
        group by key`,
  );
  return new Map(
    rows.map((row) => [
      row.key,
      {
        events: row.events,
        attendance: row.attendance,
        participants: row.participants,
        onlineViews: row.online_views,
        eventVolunteers: row.volunteers,
      },
    ]),
  );
}

/**
 * Activity summaries' figures within a period, as rows shaped like the event scans. Each summary is
 * spread evenly over the days of its period, with cumulative rounding so that the shares of adjacent
 * buckets add up exactly to the figure (statDefinitions.events states the rule). There are few
 * summaries (a district reports tens a year), so they are read from their table, not from rollups.
 */
function summaryShares(slice: EventSlice, period: Period, grouping: EventGrouping): SQL {
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  const first = sql`greatest(period_from, ${from})`;
  const last = sql`least(period_to, ${to})`;
  const buckets: SQL =
    grouping === 'month'
      ? sql`select greatest(m::date, ${first}) as first_day, least((m + interval '1 month' - interval '1 day')::date, ${last}) as last_day, to_char(m, 'YYYY-MM') as bucket
            from generate_series(date_trunc('month', ${first}::timestamp), ${last}::timestamp, interval '1 month') as m`
      : grouping === 'day'
        ? sql`select d::date as first_day, d::date as last_day, to_char(d, 'YYYY-MM-DD') as bucket from generate_series(${first}::timestamp, ${last}::timestamp, interval '1 day') as d`
        : sql`select ${first} as first_day, ${last} as last_day, '' as bucket`;
  const keys: Record<EventGrouping, SQL> = {
    total: sql`''`,
    region: sql`left(region_code, ${childCodeLength[slice.level]})`,
    category: sql`category::text`,
    audience: sql`${unspecifiedAudience}::text`,
    month: sql`bucket`,
    day: sql`bucket`,
  };
  const share = (figure: SQL) =>
    sql`(${figure}::bigint * (last_day - period_from + 1)) / (period_to - period_from + 1) - (${figure}::bigint * (first_day - period_from)) / (period_to - period_from + 1)`;
  return sql`select ${keys[grouping]} as key, ${share(sql`event_count`)} as events, ${share(sql`attendance`)} as attendance,
        ${share(sql`participants`)} as participants, 0 as online_views, 0 as volunteers
      from ${schema.summaries} cross join lateral (${buckets}) as spread
      where deleted_at is null and region_code like ${subtreePattern(slice.region)} and period_from <= ${to} and period_to >= ${from}`;
}

export interface OrganisationTotals {
  organisations: number;
  members: number;
  registeredVolunteers: number;
}

/** Live organisations now, keyed by type (for the region) or by child region code (perChild). */
export async function organisationFigures(db: Executor, slice: RegionSlice): Promise<Map<string, OrganisationTotals>> {
  const key = slice.perChild ? sql`region_code` : sql`type::text`;
  const rows = await queryRows<{ key: string; organisations: number; members: number; registered_volunteers: number }>(
    db,
    sql`select ${key} as key, sum(organisations)::float8 as organisations, sum(members)::float8 as members,
          sum(registered_volunteers)::float8 as registered_volunteers
        from ${schema.statsOrganisationCounts} where ${regionCondition(slice)} group by key`,
  );
  return new Map(
    rows.map((row) => [row.key, { organisations: row.organisations, members: row.members, registeredVolunteers: row.registered_volunteers }]),
  );
}

/** Live venues now: the region's counts per type and status. */
export async function venueCounts(db: Executor, region: string): Promise<{ type: string; status: VenueStatus; venues: number }[]> {
  return queryRows(db, sql`select type, status, venues from ${schema.statsVenueCounts} where region_code = ${region} and venues > 0`);
}

export async function openVenuesPerChild(db: Executor, region: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ region_code: string; venues: number }>(
    db,
    sql`select region_code, sum(venues)::float8 as venues from ${schema.statsVenueCounts} where parent_code = ${region} and status = 'open' group by region_code`,
  );
  return new Map(rows.map((row) => [row.region_code, row.venues]));
}

export interface DesignationCount {
  kind: string;
  level: HonourLevel;
  subject_type: DesignationSubject;
  subjects: number;
}

/** Live designations valid on `asOf` in the region's subtree: honoured subjects per kind, level and subject type. */
export async function designationCounts(db: Executor, region: string, asOf: string): Promise<DesignationCount[]> {
  const { designations } = schema;
  return queryRows(
    db,
    sql`select ${designations.kind} as kind, ${designations.level} as level, ${designations.subjectType} as subject_type,
          count(distinct coalesce(${designations.venueId}::text, ${designations.organisationId}::text, ${designations.eventId}::text, ${designations.regionCode}))::float8 as subjects
        from ${designations}
        where ${designations.deletedAt} is null and ${designations.regionCode} like ${subtreePattern(region)}
          and ${designations.validFrom} <= ${asOf}::date and (${designations.validTo} is null or ${designations.validTo} >= ${asOf}::date)
        group by 1, 2, 3`,
  );
}

/** Open live venues holding a live designation of each level valid on `asOf`, each venue once per level. */
export async function designatedVenueCounts(db: Executor, region: string, asOf: string): Promise<Map<HonourLevel, number>> {
  const rows = await queryRows<{ level: HonourLevel; venues: number }>(
    db,
    sql`select level, sum(venues)::float8 as venues from ${schema.statsDesignatedVenues}
        where region_code = ${region} and valid_from <= ${asOf}::date and valid_to >= ${asOf}::date
        group by level`,
  );
  return new Map(rows.map((row) => [row.level, row.venues]));
}

export interface IndicatorValue {
  regionCode: string;
  kind: string;
  value: number;
  year: number;
  source: string;
  level: HonourLevel;
}

/**
 * Indicator values for the regions, newest first per region and kind, for the year and up to
 * `depth` earlier reported years (the newest is the current value; the next one the previous).
 */
export async function indicatorValues(
  db: Executor,
  regions: readonly string[],
  year: number,
  options: { kinds?: readonly string[]; depth?: number } = {},
): Promise<Map<string, IndicatorValue[]>> {
  if (regions.length === 0) return new Map();
  const rows = await queryRows<{
    region_code: string;
    kind: string;
    value: number;
    year: number;
    source: string;
    level: HonourLevel;
    position: number;
  }>(
    db,
    sql`select * from (
          select region_code, kind, value::float8 as value, year, source, level,
            row_number() over (partition by region_code, kind order by year desc) as position
          from ${schema.indicators}
          where deleted_at is null and region_code in (${listOf(regions)}) and year <= ${year}
            ${options.kinds ? sql`and kind in (${listOf(options.kinds)})` : sql``}
        ) as ranked
        where position <= ${options.depth ?? 1}
        order by region_code, kind, year desc`,
  );
  const byRegionAndKind = new Map<string, IndicatorValue[]>();
  for (const row of rows) {
    const key = `${row.region_code}/${row.kind}`;
    const values = byRegionAndKind.get(key) ?? [];
    values.push({ regionCode: row.region_code, kind: row.kind, value: row.value, year: row.year, source: row.source, level: row.level });
    byRegionAndKind.set(key, values);
  }
  return byRegionAndKind;
}

export const indicatorKey = (region: string, kind: string) => `${region}/${kind}`;

/**
 * The 镇街 with a live 镇街科协 and the 村/社区 with a live 村社科普工作站 or an open 社区科普馆/活动室,
 * counted for the region or per child region (`childLength` is the length of a child's code, see `childCodeLength`).
 */
export async function coveredUnits(
  db: Executor,
  region: string,
  childLength: number | null,
): Promise<Map<string, { townships: number; villages: number }>> {
  const key = childLength ? sql`left(region_code, ${childLength})` : sql`''`;
  const pattern = subtreePattern(region);
  const rows = await queryRows<{ key: string; townships: number; villages: number }>(
    db,
    sql`with covered_townships as (
          select region_code from ${schema.statsOrganisationCounts}
          where type = 'township_association' and region_code like ${pattern} and length(region_code) = ${regionCodeLength.township} and organisations > 0
        ), covered_villages as (
          select region_code from ${schema.statsOrganisationCounts}
          where type = 'village_station' and region_code like ${pattern} and length(region_code) = ${regionCodeLength.village} and organisations > 0
          union
          select region_code from ${schema.statsVenueCounts}
          where type = 'community_hall' and status = 'open' and region_code like ${pattern} and length(region_code) = ${regionCodeLength.village} and venues > 0
        )
        select key, sum(townships)::float8 as townships, sum(villages)::float8 as villages from (
          select ${key} as key, 1 as townships, 0 as villages from covered_townships
          union all
          select ${key} as key, 0 as townships, 1 as villages from covered_villages
        ) as units group by key`,
  );
  return new Map(rows.map((row) => [row.key, { townships: row.townships, villages: row.villages }]));
}
