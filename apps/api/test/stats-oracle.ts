import {
  audienceBucket,
  audienceBucketsOf,
  designationKind,
  eventCategory,
  honourLevelBucket,
  indicatorKind,
  levelBucketOf,
  ownRankingMetric,
  isoWeekOf,
  monthsOf,
  organisationType,
  parseHonourMetric,
  previousPeriod,
  isInRegionSubtree,
  unspecifiedAudience,
  unspecifiedLevel,
  toShanghaiDate,
  venueStatus,
  venueType,
  weeksOf,
  yearEarlier,
  type EventStatus,
  type OwnRankingMetric,
  type RankingMetric,
} from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';

// The naive recount the stats endpoints are checked against: plain loops over every base row, with
// none of the rollups, buckets or SQL the endpoints use.

export interface BaseRows {
  organisations: (typeof schema.organisations.$inferSelect)[];
  venues: (typeof schema.venues.$inferSelect)[];
  events: (typeof schema.events.$inferSelect)[];
  designations: (typeof schema.designations.$inferSelect)[];
  indicators: (typeof schema.indicators.$inferSelect)[];
}

export async function readBaseRows(db: Executor): Promise<BaseRows> {
  const [organisations, venues, events, designations, indicators] = await Promise.all([
    db.select().from(schema.organisations),
    db.select().from(schema.venues),
    db.select().from(schema.events),
    db.select().from(schema.designations),
    db.select().from(schema.indicators),
  ]);
  return { organisations, venues, events, designations, indicators };
}

export interface OraclePeriod {
  from: string;
  to: string;
  year: number;
  asOf: string;
  statuses: EventStatus[];
}

const within = isInRegionSubtree;
const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

/** A sum of the values that are known and how many rows had none; the sum is null when no row had one. */
function known<T>(rows: T[], pick: (row: T) => number | null): [number | null, number] {
  const unknown = rows.filter((row) => pick(row) === null).length;
  return [rows.length > 0 && unknown === rows.length ? null : sum(rows, (row) => pick(row) ?? 0), unknown];
}

function volunteerFigures(rows: BaseRows['organisations']) {
  const [registeredVolunteers, registeredVolunteersUnknown] = known(rows, (row) => row.volunteerCount);
  return { registeredVolunteers, registeredVolunteersUnknown };
}

/** The year an indicator value counts by: the last of its span; null when unknown. */
const countedYear = (row: BaseRows['indicators'][number]) => row.yearTo ?? row.year;

export class StatsOracle {
  constructor(private readonly rows: BaseRows) {}

  organisations(region: string) {
    return this.rows.organisations.filter((row) => row.deletedAt === null && within(row.regionCode, region));
  }

  openVenues(region: string) {
    return this.rows.venues.filter((row) => row.deletedAt === null && row.status === 'open' && within(row.regionCode, region));
  }

  events(region: string, period: { from: string; to: string; statuses: EventStatus[] }) {
    return this.rows.events.filter((row) => {
      const day = toShanghaiDate(row.startsAt);
      return (
        row.deletedAt === null && within(row.regionCode, region) && period.statuses.includes(row.status) && day >= period.from && day <= period.to
      );
    });
  }

  eventTotals(events: BaseRows['events']) {
    const [attendance, attendanceUnknown] = known(events, (row) => row.attendance);
    const [participants, participantsUnknown] = known(events, (row) => row.participants);
    return {
      events: events.length,
      eventsUnknown: 0,
      attendance,
      attendanceUnknown,
      participants,
      participantsUnknown,
      onlineViews: sum(events, (row) => row.onlineViews),
      onlineViewsUnknown: 0,
      eventVolunteers: sum(events, (row) => row.volunteers),
      eventVolunteersUnknown: 0,
    };
  }

  /** Values of an indicator for a region, newest first (by the last year they cover), up to a year; those of unknown year last. */
  indicatorHistory(region: string, kind: string, year: number) {
    const rank = (row: BaseRows['indicators'][number]) => countedYear(row) ?? -Infinity;
    return this.rows.indicators
      .filter((row) => row.deletedAt === null && row.regionCode === region && row.kind === kind && (countedYear(row) ?? 0) <= year)
      .sort((a, b) => rank(b) - rank(a) || (a.id < b.id ? -1 : 1));
  }

  /** Open venues per honour level valid on asOf; an honour without a level under `unspecified` (listed only when held), without a start valid until its end. */
  designatedVenues(region: string, asOf: string) {
    const open = new Set(this.openVenues(region).map((venue) => venue.id));
    return honourLevelBucket.values
      .map((level) => {
        const holders = new Set(
          this.rows.designations
            .filter((row) => row.deletedAt === null && levelBucketOf(row.level) === level && row.venueId && open.has(row.venueId))
            .filter((row) => (row.validFrom === null || row.validFrom <= asOf) && (row.validTo === null || row.validTo >= asOf))
            .map((row) => row.venueId),
        );
        return { key: level, count: holders.size };
      })
      .filter((item) => item.key !== unspecifiedLevel || item.count > 0);
  }

  /** Honoured subjects per `kind/level` valid on asOf whose region is in the subtree, each subject once per kind and level. */
  honours(region: string, asOf: string): Map<string, number> {
    const subjects = new Map<string, Set<string>>();
    for (const row of this.rows.designations) {
      if (row.deletedAt !== null || !within(row.regionCode, region)) continue;
      if ((row.validFrom !== null && row.validFrom > asOf) || (row.validTo !== null && row.validTo < asOf)) continue;
      const key = `${row.kind}/${levelBucketOf(row.level)}`;
      const held = subjects.get(key) ?? new Set<string>();
      held.add(`${row.subjectType}:${row.venueId ?? row.organisationId ?? row.eventId ?? row.regionCode}`);
      subjects.set(key, held);
    }
    return new Map([...subjects].map(([key, held]) => [key, held.size]));
  }

  /** Every kind × level; 未注明级别 only when held. */
  honoursByKindAndLevel(region: string, asOf: string) {
    const held = this.honours(region, asOf);
    return designationKind.values.flatMap((kind) =>
      honourLevelBucket.values
        .map((level) => ({ kind, level, count: held.get(`${kind}/${level}`) ?? 0 }))
        .filter((item) => item.level !== unspecifiedLevel || item.count > 0),
    );
  }

  /** Each child's honours: the kind × level pairs some child holds, the same in every child, zero where it holds none. */
  honoursPerChild(children: string[], asOf: string) {
    const held = children.map((child) => this.honours(child, asOf));
    const pairs = designationKind.values.flatMap((kind) =>
      honourLevelBucket.values.filter((level) => held.some((counts) => (counts.get(`${kind}/${level}`) ?? 0) > 0)).map((level) => ({ kind, level })),
    );
    return held.map((counts) => pairs.map((pair) => ({ ...pair, count: counts.get(`${pair.kind}/${pair.level}`) ?? 0 })));
  }

  overview(region: string, period: OraclePeriod) {
    const organisations = this.organisations(region);
    const venues = this.rows.venues.filter((row) => row.deletedAt === null && within(row.regionCode, region));
    const open = venues.filter((row) => row.status === 'open');
    return {
      organisations: {
        count: organisations.length,
        members: sum(organisations, (row) => row.memberCount),
        ...volunteerFigures(organisations),
        byType: organisationType.values.map((type) => {
          const ofType = organisations.filter((row) => row.type === type);
          return { key: type, count: ofType.length, members: sum(ofType, (row) => row.memberCount), ...volunteerFigures(ofType) };
        }),
      },
      venues: {
        count: open.length,
        byType: venueType.values.map((type) => ({ key: type, count: open.filter((row) => row.type === type).length })),
        byStatus: venueStatus.values.map((status) => ({ key: status, count: venues.filter((row) => row.status === status).length })),
        byDesignationLevel: this.designatedVenues(region, period.asOf),
      },
      designations: { byKindAndLevel: this.honoursByKindAndLevel(region, period.asOf) },
      events: this.eventTotals(this.events(region, period)),
      indicators: indicatorKind.values
        .flatMap((kind) => this.indicatorHistory(region, kind, period.year).slice(0, 1))
        .map((row) => ({ kind: row.kind, value: row.value, year: row.year })),
    };
  }

  breakdown(region: string, period: OraclePeriod, by: string, children: string[]) {
    const events = this.events(region, period);
    const eventGroups = (keys: string[], keyOf: (row: BaseRows['events'][number]) => string[]) =>
      keys.map((key) => ({ key, ...this.eventTotals(events.filter((row) => keyOf(row).includes(key))) }));
    switch (by) {
      case 'region': {
        const honours = this.honoursPerChild(children, period.asOf);
        return children.map((child, index) => {
          const organisations = this.organisations(child);
          return {
            key: child,
            organisations: organisations.length,
            members: sum(organisations, (row) => row.memberCount),
            ...volunteerFigures(organisations),
            venues: this.openVenues(child).length,
            ...this.eventTotals(this.events(child, period)),
            honours: honours[index],
          };
        });
      }
      case 'organisationType':
        return organisationType.values.map((type) => {
          const ofType = this.organisations(region).filter((row) => row.type === type);
          return {
            key: type,
            organisations: ofType.length,
            members: sum(ofType, (row) => row.memberCount),
            ...volunteerFigures(ofType),
          };
        });
      case 'venueType':
        return venueType.values.map((type) => ({ key: type, venues: this.openVenues(region).filter((row) => row.type === type).length }));
      case 'eventCategory':
        return eventGroups([...eventCategory.values], (row) => [row.category]);
      case 'audienceGroup': {
        const groupsOf = (row: BaseRows['events'][number]) => audienceBucketsOf(row.audienceGroups);
        const unspecified = events.some((row) => row.audienceGroups.length === 0);
        const keys = audienceBucket.values.filter((key) => key !== unspecifiedAudience || unspecified);
        return eventGroups(keys, groupsOf);
      }
      case 'month':
        return eventGroups(monthsOf(period), (row) => [toShanghaiDate(row.startsAt).slice(0, 7)]);
      default:
        return eventGroups(weeksOf(period), (row) => [isoWeekOf(toShanghaiDate(row.startsAt))]);
    }
  }

  coverage(region: string, townships: string[], villages: string[]) {
    const live = this.organisations(region);
    const coveredTownships = townships.filter((code) => live.some((row) => row.type === 'township_association' && row.regionCode === code));
    const coveredVillages = villages.filter(
      (code) =>
        live.some((row) => row.type === 'village_station' && row.regionCode === code) ||
        this.openVenues(region).some((row) => row.type === 'community_hall' && row.regionCode === code),
    );
    const share = (covered: number, total: number) => (total > 0 ? (covered / total) * 100 : null);
    return {
      townshipCoverage: { covered: coveredTownships.length, total: townships.length, value: share(coveredTownships.length, townships.length) },
      villageCoverage: { covered: coveredVillages.length, total: villages.length, value: share(coveredVillages.length, villages.length) },
    };
  }

  ratios(region: string, period: OraclePeriod) {
    const population = this.indicatorHistory(region, 'resident_population', period.year)[0];
    const funding = this.indicatorHistory(region, 'funding_total', period.year)[0];
    const totals = this.eventTotals(this.events(region, period));
    const usable = population && population.value > 0 ? population.value : null;
    const per10k = (numerator: number | null) => (usable && numerator !== null ? (numerator / usable) * 10_000 : null);
    return {
      venuesPer10k: per10k(this.openVenues(region).length),
      eventsPer10k: per10k(totals.events),
      attendancePer10k: per10k(totals.attendance),
      fundingPerCapita: usable && funding ? funding.value / usable : null,
    };
  }

  /** How many records counted in a metric's value have no value for it. */
  metricUnknown(region: string, period: OraclePeriod, metric: RankingMetric): number {
    switch (metric) {
      case 'events':
      case 'attendance':
      case 'participants':
      case 'onlineViews':
      case 'eventVolunteers':
        return this.eventTotals(this.events(region, period))[`${metric as 'events'}Unknown`];
      case 'eventsPer10k':
      case 'attendancePer10k':
        return this.eventTotals(this.events(region, period))[metric === 'eventsPer10k' ? 'eventsUnknown' : 'attendanceUnknown'];
      case 'registeredVolunteers':
        return volunteerFigures(this.organisations(region)).registeredVolunteersUnknown;
      default:
        return 0;
    }
  }

  /** One region's value of a ranking metric; `units` are the 镇街 and 村/社区 codes below it. */
  metricValue(region: string, period: OraclePeriod, metric: RankingMetric, units: { townships: string[]; villages: string[] }): number | null {
    const honour = parseHonourMetric(metric);
    if (honour) return this.honours(region, period.asOf).get(`${honour.kind}/${honour.level}`) ?? 0;
    if (!(ownRankingMetric.values as readonly string[]).includes(metric)) return this.indicatorHistory(region, metric, period.year)[0]?.value ?? null;
    switch (metric as OwnRankingMetric) {
      case 'events':
      case 'attendance':
      case 'participants':
      case 'onlineViews':
      case 'eventVolunteers':
        return this.eventTotals(this.events(region, period))[metric as 'events'];
      case 'organisations':
        return this.organisations(region).length;
      case 'members':
        return sum(this.organisations(region), (row) => row.memberCount);
      case 'registeredVolunteers':
        return volunteerFigures(this.organisations(region)).registeredVolunteers;
      case 'venues':
        return this.openVenues(region).length;
      case 'townshipCoverage':
      case 'villageCoverage':
        return this.coverage(region, units.townships, units.villages)[metric as 'townshipCoverage'].value;
      case 'venuesPer10k':
      case 'eventsPer10k':
      case 'attendancePer10k':
      case 'fundingPerCapita':
        return this.ratios(region, period)[metric as 'venuesPer10k'];
    }
  }

  /** [value, previous value] per child, the previous one as the ranking defines it: honours as on the previous period's last day. */
  rankingValues(children: { code: string; townships: string[]; villages: string[] }[], period: OraclePeriod, metric: RankingMetric) {
    const stock = ['organisations', 'members', 'registeredVolunteers', 'venues', 'townshipCoverage', 'villageCoverage'].includes(metric);
    const indicator = !(ownRankingMetric.values as readonly string[]).includes(metric) && !parseHonourMetric(metric);
    const previous = previousPeriod(period);
    const previousFull = { ...period, ...previous, year: Number(previous.to.slice(0, 4)), asOf: previous.to };
    return children.map((child) => {
      const value = this.metricValue(child.code, period, metric, child);
      let before: number | null = null;
      if (!stock) {
        before = indicator
          ? (this.indicatorHistory(child.code, metric, period.year)[1]?.value ?? null)
          : this.metricValue(child.code, previousFull, metric, child);
      }
      return { code: child.code, value, valueUnknown: this.metricUnknown(child.code, period, metric), previousValue: before };
    });
  }

  timeSeries(region: string, period: OraclePeriod) {
    const current = this.events(region, period);
    const earlier = this.events(region, { ...yearEarlier(period), statuses: period.statuses });
    return monthsOf(period).map((month) => {
      const previousMonth = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
      const inMonth = (rows: BaseRows['events'], key: string) => rows.filter((row) => toShanghaiDate(row.startsAt).startsWith(key));
      const figures = (rows: BaseRows['events']) => {
        const [attendance, attendanceUnknown] = known(rows, (row) => row.attendance);
        return { events: rows.length, eventsUnknown: 0, attendance, attendanceUnknown };
      };
      return { month, ...figures(inMonth(current, month)), previousYear: { month: previousMonth, ...figures(inMonth(earlier, previousMonth)) } };
    });
  }
}
