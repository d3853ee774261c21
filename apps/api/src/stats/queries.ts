import {
  addDays,
  childCodeLength,
  childRegionLevel,
  regionCodeLength,
  unspecifiedAudience,
  unspecifiedLevel,
  monthEnd,
  shanghaiDayStart,
  type DesignationSubject,
  type EventStatus,
  type RegionLevel,
  type FigureQualifier,
  type HonourLevel,
  type HonourLevelBucket,
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

/** The event figures a group sums, each with the number of counted records that had no value for it. */
export const eventFigureNames = ['events', 'attendance', 'participants', 'onlineViews', 'eventVolunteers'] as const;
type EventFigureName = (typeof eventFigureNames)[number];

/**
 * A group's event figures as read: sums of the known values, the records (events and summaries)
 * counted, and per figure how many of them had no value (statDefinitions.unknown).
 */
export type EventTotals = { records: number } & Record<EventFigureName, number> & Record<`${EventFigureName}Unknown`, number>;

export const noEvents: EventTotals = {
  records: 0,
  events: 0,
  eventsUnknown: 0,
  attendance: 0,
  attendanceUnknown: 0,
  participants: 0,
  participantsUnknown: 0,
  onlineViews: 0,
  onlineViewsUnknown: 0,
  eventVolunteers: 0,
  eventVolunteersUnknown: 0,
};

/** A sum as answered: null when every counted record lacks the value, else the sum of the known ones. */
export const knownSum = (sum: number, unknown: number, records: number): number | null => (records > 0 && unknown >= records ? null : sum);

/** One figure of a group as answered, e.g. `{ attendance, attendanceUnknown }`. */
export const eventFigure = (totals: EventTotals, name: EventFigureName) => ({
  value: knownSum(totals[name], totals[`${name}Unknown`], totals.records),
  unknown: totals[`${name}Unknown`],
});

/** A group's event figures as the API answers them (EventFigures in packages/domain). */
export function eventFiguresOf(totals: EventTotals) {
  const figure = (name: EventFigureName) => knownSum(totals[name], totals[`${name}Unknown`], totals.records);
  return {
    events: figure('events'),
    eventsUnknown: totals.eventsUnknown,
    attendance: figure('attendance'),
    attendanceUnknown: totals.attendanceUnknown,
    participants: figure('participants'),
    participantsUnknown: totals.participantsUnknown,
    onlineViews: figure('onlineViews'),
    onlineViewsUnknown: totals.onlineViewsUnknown,
    eventVolunteers: figure('eventVolunteers'),
    eventVolunteersUnknown: totals.eventVolunteersUnknown,
  };
}

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
  // Every scan yields the same columns: the records it counts, and per figure the sum of known values and the unknowns.
  const rollup = (table: RollupTable, grain: 'day' | 'month', range: Period) =>
    sql`select ${rollupKeys[grouping]} as key, events as records, events, 0 as events_unknown, attendance, attendance_unknown,
          participants, participants_unknown, online_views, 0 as online_views_unknown, volunteers, 0 as volunteers_unknown from ${table.table}
        where ${regionCondition(slice)} ${table.grained ? sql`and grain = ${grain}` : sql``}
          and bucket between ${range.from}::date and ${range.to}::date and ${status}`;
  const base = (range: Period) =>
    sql`select ${baseRowKey(grouping, childCodeLength[slice.level])} as key, 1 as records, 1 as events, 0 as events_unknown,
          coalesce(attendance, 0) as attendance, (attendance is null)::int as attendance_unknown,
          coalesce(participants, 0) as participants, (participants is null)::int as participants_unknown,
          online_views, 0 as online_views_unknown, volunteers, 0 as volunteers_unknown from ${schema.events}
        where deleted_at is null and region_code like ${subtreePattern(slice.region)} and ${status}
          and starts_at >= ${shanghaiDayStart(range.from)} and starts_at < ${shanghaiDayStart(addDays(range.to, 1))}`;
  const scans = [
    ...(monthly && sources.monthRollup ? [rollup(monthly, 'month', sources.monthRollup)] : []),
    ...(daily ? sources.dayRollup.map((range) => rollup(daily, 'day', range)) : []),
    ...sources.baseRows.map(base),
    // Summaries report activities that took place, so they count as completed events.
    ...(statuses.includes('completed') ? [summaryShares(slice, period, grouping)] : []),
  ];
  const columns = [
    'records',
    'events',
    'events_unknown',
    'attendance',
    'attendance_unknown',
    'participants',
    'participants_unknown',
    'online_views',
    'online_views_unknown',
    'volunteers',
    'volunteers_unknown',
  ] as const;
  const rows = await queryRows<{ key: string } & Record<(typeof columns)[number], number>>(
    db,
    sql`select key, ${sql.raw(columns.map((column) => `sum(${column})::float8 as ${column}`).join(', '))}
        from (${sql.join(scans, sql` union all `)}) as buckets
        group by key`,
  );
  return new Map(
    rows.map((row) => [
      row.key,
      {
        records: row.records,
        events: row.events,
        eventsUnknown: row.events_unknown,
        attendance: row.attendance,
        attendanceUnknown: row.attendance_unknown,
        participants: row.participants,
        participantsUnknown: row.participants_unknown,
        onlineViews: row.online_views,
        onlineViewsUnknown: row.online_views_unknown,
        eventVolunteers: row.volunteers,
        eventVolunteersUnknown: row.volunteers_unknown,
      },
    ]),
  );
}

/**
 * Activity summaries' figures within a period, as rows shaped like the event scans. Each summary is
 * spread evenly over the days of its period, with cumulative rounding so that the shares of adjacent
 * buckets add up exactly to the figure (statDefinitions.events states the rule). There are few
 * summaries (a district reports tens a year), so they are read from their table, not from rollups.
 * A summary is one record of each group it touches, unknown for the figures it does not give and for
 * online views and volunteers, which summaries do not hold (statDefinitions.unknown). Days are read
 * only to be summed into ISO weeks, so there a summary is a record on its first day in each week.
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
        ? sql`select d::date as first_day, d::date as last_day, to_char(d, 'YYYY-MM-DD') as bucket,
                (d::date = ${first} or extract(isodow from d) = 1)::int as counted
              from generate_series(${first}::timestamp, ${last}::timestamp, interval '1 day') as d`
        : sql`select ${first} as first_day, ${last} as last_day, '' as bucket`;
  const counted = grouping === 'day' ? sql`counted` : sql`1`;
  const unknown = (figure: SQL) => sql`(${figure} is null)::int * ${counted}`;
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
  return sql`select ${keys[grouping]} as key, ${counted} as records,
        coalesce(${share(sql`event_count`)}, 0) as events, ${unknown(sql`event_count`)} as events_unknown,
        coalesce(${share(sql`attendance`)}, 0) as attendance, ${unknown(sql`attendance`)} as attendance_unknown,
        coalesce(${share(sql`participants`)}, 0) as participants, ${unknown(sql`participants`)} as participants_unknown,
        0 as online_views, ${counted} as online_views_unknown, 0 as volunteers, ${counted} as volunteers_unknown
      from ${schema.summaries} cross join lateral (${buckets}) as spread
      where deleted_at is null and region_code like ${subtreePattern(slice.region)} and period_from <= ${to} and period_to >= ${from}`;
}

export interface OrganisationTotals {
  organisations: number;
  members: number;
  registeredVolunteers: number;
  registeredVolunteersUnknown: number;
}

export const noOrganisations: OrganisationTotals = { organisations: 0, members: 0, registeredVolunteers: 0, registeredVolunteersUnknown: 0 };

/** Organisation figures as the API answers them: the volunteer sum is null when no counted organisation gives one. */
export const organisationFiguresOf = (totals: OrganisationTotals) => ({
  organisations: totals.organisations,
  members: totals.members,
  registeredVolunteers: knownSum(totals.registeredVolunteers, totals.registeredVolunteersUnknown, totals.organisations),
  registeredVolunteersUnknown: totals.registeredVolunteersUnknown,
});

/** Live organisations now, keyed by type (for the region) or by child region code (perChild). */
export async function organisationFigures(db: Executor, slice: RegionSlice): Promise<Map<string, OrganisationTotals>> {
  const key = slice.perChild ? sql`region_code` : sql`type::text`;
  const rows = await queryRows<{
    key: string;
    organisations: number;
    members: number;
    registered_volunteers: number;
    registered_volunteers_unknown: number;
  }>(
    db,
    sql`select ${key} as key, sum(organisations)::float8 as organisations, sum(members)::float8 as members,
          sum(registered_volunteers)::float8 as registered_volunteers, sum(registered_volunteers_unknown)::float8 as registered_volunteers_unknown
        from ${schema.statsOrganisationCounts} where ${regionCondition(slice)} group by key`,
  );
  return new Map(
    rows.map((row) => [
      row.key,
      {
        organisations: row.organisations,
        members: row.members,
        registeredVolunteers: row.registered_volunteers,
        registeredVolunteersUnknown: row.registered_volunteers_unknown,
      },
    ]),
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
  /** '' for the region's own total, or the child region's code (`perChild`). */
  key: string;
  kind: string;
  level: HonourLevelBucket;
  subject_type: DesignationSubject;
  subjects: number;
}

/**
 * Live designations valid on `asOf` in the region's subtree: honoured subjects per kind, level and subject
 * type, for the region or per child region. An honour without a level counts under `unspecified`; one
 * without a start is valid until its end. A subject lies in one region, so per-child counts add up.
 */
export async function designationCounts(db: Executor, slice: EventSlice, asOf: string): Promise<DesignationCount[]> {
  const { designations } = schema;
  const key = slice.perChild ? sql`left(${designations.regionCode}, ${childCodeLength[slice.level]})` : sql`''`;
  // Each subject once per group by hashing the distinct rows first, then counting them: count(distinct …)
  // sorted every group's subjects as text, most of the city overview's time at 5,000 designations.
  return queryRows(
    db,
    sql`select key, kind, coalesce(level::text, ${unspecifiedLevel}) as level, subject_type, count(*)::float8 as subjects
        from (
          select distinct ${key} as key, ${designations.kind} as kind, ${designations.level} as level, ${designations.subjectType} as subject_type,
            coalesce(${designations.venueId}, ${designations.organisationId}, ${designations.eventId}) as subject_id,
            case when ${designations.subjectType} = 'region' then ${designations.regionCode} end as subject_region
          from ${designations}
          where ${designations.deletedAt} is null and ${designations.regionCode} like ${subtreePattern(slice.region)}
            and (${designations.validFrom} is null or ${designations.validFrom} <= ${asOf}::date)
            and (${designations.validTo} is null or ${designations.validTo} >= ${asOf}::date)
        ) as subjects
        group by 1, 2, 3, 4`,
  );
}

/** Open live venues holding a live designation of each level valid on `asOf`, each venue once per level. */
export async function designatedVenueCounts(db: Executor, region: string, asOf: string): Promise<Map<HonourLevelBucket, number>> {
  const rows = await queryRows<{ level: HonourLevelBucket; venues: number }>(
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
  qualifier: FigureQualifier | null;
  year: number | null;
  yearTo: number | null;
  source: string | null;
  level: HonourLevel | null;
}

/**
 * Indicator values for the regions, newest first per region and kind, for the year and up to
 * `depth` earlier reported years (the newest is the current value; the next one the previous).
 * A value over a span counts by its last year; a value of unknown year comes after every dated one.
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
    value_qualifier: FigureQualifier | null;
    year: number | null;
    year_to: number | null;
    source: string | null;
    level: HonourLevel | null;
    position: number;
  }>(
    db,
    sql`select * from (
          select region_code, kind, value::float8 as value, value_qualifier, year, year_to, source, level,
            row_number() over (partition by region_code, kind order by coalesce(year_to, year) desc nulls last, id) as position
          from ${schema.indicators}
          where deleted_at is null and region_code in (${listOf(regions)}) and (year is null or coalesce(year_to, year) <= ${year})
            ${options.kinds ? sql`and kind in (${listOf(options.kinds)})` : sql``}
        ) as ranked
        where position <= ${options.depth ?? 1}
        order by region_code, kind, position`,
  );
  const byRegionAndKind = new Map<string, IndicatorValue[]>();
  for (const row of rows) {
    const key = `${row.region_code}/${row.kind}`;
    const values = byRegionAndKind.get(key) ?? [];
    values.push({
      regionCode: row.region_code,
      kind: row.kind,
      value: row.value,
      qualifier: row.value_qualifier,
      year: row.year,
      yearTo: row.year_to,
      source: row.source,
      level: row.level,
    });
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
