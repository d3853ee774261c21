import {
  audienceGroup,
  breakdownDimension,
  eventCategory,
  eventStatus,
  honourLevel,
  honourLevelBucket,
  honourMetric,
  organisationType,
  indicatorKind,
  ownRankingMetric,
  regionSubtreePrefix,
  venueStatus,
  venueType,
  type BreakdownDimension,
  type EventStatus,
  type OrganisationType,
  type RankingMetric,
} from '@kepu/domain';
import { queryRows, regionIndex, schema } from '@kepu/db';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput } from '../../test/fixtures.js';
import { readBaseRows, StatsOracle, type OraclePeriod } from '../../test/stats-oracle.js';
import { childrenOf } from '../regions/index.js';

// Every stats endpoint agrees with a naive recount over the base rows (test/stats-oracle.ts): on
// random data written straight to the tables, and after a sequence of API writes, deletes and restores.

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** A small corner of the real tree, so random rows collide on regions: two districts, two 镇街 each, two 村/社区 each. */
async function smallTree() {
  const districts = ['500106', '500112'];
  const townships = (await Promise.all(districts.map(async (code) => (await childrenOf(code)).slice(0, 2)))).flat().map((region) => region.code);
  const villages = (await Promise.all(townships.map(async (code) => (await childrenOf(code)).slice(0, 2)))).flat().map((region) => region.code);
  return { city: '500000', districts, townships, villages, all: ['500000', ...districts, ...townships, ...villages] };
}
type Tree = Awaited<ReturnType<typeof smallTree>>;

/** Association types sit at their own level, as the API enforces; other organisations anywhere. */
function organisationRegion(tree: Tree, type: OrganisationType) {
  if (type === 'city_association') return fc.constant(tree.city);
  if (type === 'district_association') return fc.constantFrom(...tree.districts);
  if (type === 'township_association') return fc.constantFrom(...tree.townships);
  if (type === 'village_station') return fc.constantFrom(...tree.villages);
  return fc.constantFrom(...tree.all);
}

const windowStart = Date.parse('2023-12-01T00:00:00+08:00');
const windowMinutes = 430 * 24 * 60;
const dayOf = (offset: number) => new Date(windowStart + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

/** Honour kinds by what they are given to here, so each subject type is counted and kinds collide on levels. */
const honourKinds = {
  venue: ['education_base', 'other'],
  organisation: ['academician_studio', 'other'],
  region: ['demo_community', 'demo_district'],
} as const;

/** An honour of one of `kinds`, valid over some days of the window (or from an unknown start). */
const honourOf = (kinds: readonly string[]) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    // null level: counted under 未注明级别; null start: valid until its end.
    level: fc.option(fc.constantFrom(...honourLevel.values)),
    from: fc.option(fc.integer({ min: -400, max: 400 })),
    days: fc.option(fc.nat(500)),
    deleted: fc.boolean(),
  });

/** Rankings by honours of a kind and level, 未注明级别 included. */
const honourMetricArbitrary = fc
  .tuple(fc.constantFrom(...Object.values(honourKinds).flat()), fc.constantFrom(...honourLevelBucket.values))
  .map(([kind, level]) => honourMetric(kind, level));

function dataset(tree: Tree) {
  const organisation = fc.constantFrom(...organisationType.values).chain((type) =>
    fc.record({
      type: fc.constant(type),
      regionCode: organisationRegion(tree, type),
      memberCount: fc.nat(50),
      // null: the source gave no count (unknown, not 0).
      volunteerCount: fc.option(fc.nat(200)),
      deleted: fc.boolean(),
      designations: fc.array(honourOf(honourKinds.organisation), { maxLength: 1 }),
    }),
  );
  const venue = fc.record({
    type: fc.constantFrom(...venueType.values),
    status: fc.constantFrom(...venueStatus.values),
    regionCode: fc.constantFrom(...tree.all),
    deleted: fc.boolean(),
    designations: fc.array(honourOf(honourKinds.venue), { maxLength: 2 }),
  });
  // Few regions, so a region often holds the same honour twice and counts once.
  const regionHonour = fc.record({ regionCode: fc.constantFrom(...tree.all), honour: honourOf(honourKinds.region) });
  const event = fc.record({
    category: fc.constantFrom(...eventCategory.values),
    status: fc.constantFrom(...eventStatus.values),
    regionCode: fc.constantFrom(...tree.all),
    // Any minute of the window, midnight in Shanghai included, so events land on month and year edges.
    startMinute: fc.integer({ min: 0, max: windowMinutes }),
    audienceGroups: fc.uniqueArray(fc.constantFrom(...audienceGroup.values), { maxLength: 3 }),
    attendance: fc.option(fc.nat(5_000)),
    participantShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    onlineViews: fc.nat(10_000),
    volunteers: fc.nat(50),
    deleted: fc.boolean(),
  });
  const indicator = fc.record({
    regionCode: fc.constantFrom(...tree.all),
    year: fc.option(fc.integer({ min: 2022, max: 2025 })),
    // A figure over a span (2022—2024) counts by its last year.
    span: fc.option(fc.nat(2)),
    kind: fc.constantFrom('resident_population' as const, 'funding_total' as const, 'science_literacy_rate' as const),
    value: fc.integer({ min: 0, max: 2_000_000 }),
    deleted: fc.boolean(),
  });
  return fc.record({
    organisations: fc.array(organisation, { maxLength: 25 }),
    venues: fc.array(venue, { maxLength: 20 }),
    regionHonours: fc.array(regionHonour, { maxLength: 12 }),
    events: fc.array(event, { maxLength: 40 }),
    indicators: fc.uniqueArray(indicator, {
      maxLength: 12,
      // As the unique index: region, year, kind and last year; values of unknown year may repeat, so any of them will do.
      selector: (row) => `${row.regionCode}/${row.year}/${row.kind}/${row.year === null ? row.value : row.year + (row.span ?? 0)}`,
    }),
  });
}

function query(tree: Tree) {
  return fc.record({
    region: fc.constantFrom(...tree.all),
    from: fc.integer({ min: 0, max: 430 }),
    length: fc.integer({ min: 0, max: 430 }),
    statuses: fc.subarray([...eventStatus.values] as EventStatus[], { minLength: 1 }),
    asOf: fc.integer({ min: -30, max: 460 }),
    by: fc.constantFrom(...breakdownDimension.values),
    metric: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom<RankingMetric>(...ownRankingMetric.values, ...indicatorKind.values) },
      { weight: 1, arbitrary: honourMetricArbitrary },
    ),
  });
}

type Dataset = ReturnType<typeof dataset> extends fc.Arbitrary<infer T> ? T : never;
const deletedAt = (deleted: boolean) => (deleted ? new Date('2025-01-01T00:00:00Z') : null);

async function replaceData(data: Dataset) {
  const db = t.database.db;
  // Deleting fires the triggers too, so each run also checks that rollups return to zero.
  await queryRows(db, sql`delete from designations`);
  await queryRows(db, sql`delete from events`);
  await queryRows(db, sql`delete from venues`);
  await queryRows(db, sql`delete from organisations`);
  await queryRows(db, sql`delete from indicators`);
  const organisations =
    data.organisations.length === 0
      ? []
      : await db
          .insert(schema.organisations)
          .values(
            data.organisations.map(({ deleted, designations: _, ...row }, index) => ({
              ...row,
              name: `组织${index}`,
              deletedAt: deletedAt(deleted),
            })),
          )
          .returning({ id: schema.organisations.id, regionCode: schema.organisations.regionCode });
  const venues =
    data.venues.length === 0
      ? []
      : await db
          .insert(schema.venues)
          .values(data.venues.map(({ deleted, designations: _, ...row }, index) => ({ ...row, name: `阵地${index}`, deletedAt: deletedAt(deleted) })))
          .returning({ id: schema.venues.id, regionCode: schema.venues.regionCode });
  const designation = (honour: Dataset['venues'][number]['designations'][number]) => ({
    name: '认定',
    kind: honour.kind,
    level: honour.level,
    grantedBy: '测试',
    validFrom: honour.from === null ? null : dayOf(honour.from),
    validTo: honour.days === null ? null : dayOf((honour.from ?? 0) + honour.days),
    deletedAt: deletedAt(honour.deleted),
  });
  const designations = [
    ...data.venues.flatMap((venue, index) =>
      venue.designations.map((honour) => ({
        ...designation(honour),
        subjectType: 'venue' as const,
        venueId: venues[index]?.id,
        regionCode: venues[index]?.regionCode ?? '',
      })),
    ),
    ...data.organisations.flatMap((organisation, index) =>
      organisation.designations.map((honour) => ({
        ...designation(honour),
        subjectType: 'organisation' as const,
        organisationId: organisations[index]?.id,
        regionCode: organisations[index]?.regionCode ?? '',
      })),
    ),
    ...data.regionHonours.map(({ regionCode, honour }) => ({ ...designation(honour), subjectType: 'region' as const, regionCode })),
  ];
  if (designations.length > 0) await db.insert(schema.designations).values(designations);
  if (data.events.length > 0) {
    await db.insert(schema.events).values(
      data.events.map(({ deleted, startMinute, participantShare, ...row }, index) => {
        const startsAt = new Date(windowStart + startMinute * 60_000);
        return {
          ...row,
          title: `活动${index}`,
          organiserIds: ['00000000-0000-4000-8000-000000000000'],
          mode: 'offline' as const,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          participants: participantShare === null ? null : Math.floor((row.attendance ?? 3_000) * participantShare),
          deletedAt: deletedAt(deleted),
        };
      }),
    );
  }
  if (data.indicators.length > 0) {
    await db.insert(schema.indicators).values(
      data.indicators.map(({ deleted, span, ...row }) => ({
        ...row,
        yearTo: row.year === null || span === null ? null : row.year + span,
        source: row.year === null ? null : '测试',
        level: null,
        deletedAt: deletedAt(deleted),
      })),
    );
  }
}

async function get<T>(path: string, params: Record<string, string>): Promise<T> {
  const response = await t.inject({ url: `${path}?${new URLSearchParams(params).toString()}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

const levelCodes = async (code: string, level: 'township' | 'village') =>
  [...(await regionIndex()).values()]
    .filter((region) => region.level === level && region.code.startsWith(regionSubtreePrefix(code)))
    .map((region) => region.code);

/** Competition ranks of the values, as the ranking documents them. */
const ranksOf = (values: (number | null)[], order: string) =>
  values.map((value) =>
    value === null ? null : values.filter((other) => other !== null && (order === 'desc' ? other > value : other < value)).length + 1,
  );

async function expectAgreement(region: string, period: OraclePeriod, by: BreakdownDimension, metric: RankingMetric) {
  const oracle = new StatsOracle(await readBaseRows(t.database.db));
  const params = { region, from: period.from, to: period.to, status: period.statuses.join(','), asOf: period.asOf };

  expect(await get('/api/v1/stats/overview', params)).toMatchObject(oracle.overview(region, period));

  const children = (await childrenOf(region)).map((child) => child.code);
  // By region as well, whatever `by` is: it carries every figure and the honours of each child.
  for (const dimension of new Set<BreakdownDimension>([by, 'region'])) {
    const breakdown = await get<{ items: object[] }>('/api/v1/stats/breakdown', { ...params, by: dimension });
    expect(breakdown.items, `by ${dimension}`).toMatchObject(oracle.breakdown(region, period, dimension, children));
  }

  const ratios = await get<{
    ratios: { metric: string; value: number | null }[];
    coverage: { metric: string; value: number | null; covered: number; total: number }[];
  }>('/api/v1/stats/ratios', params);
  expect(Object.fromEntries(ratios.ratios.map((item) => [item.metric, item.value]))).toEqual(oracle.ratios(region, period));
  const coverage = oracle.coverage(region, await levelCodes(region, 'township'), await levelCodes(region, 'village'));
  expect(Object.fromEntries(ratios.coverage.map(({ metric, value, covered, total }) => [metric, { value, covered, total }]))).toEqual(coverage);

  const withUnits = await Promise.all(
    children.map(async (code) => ({ code, townships: await levelCodes(code, 'township'), villages: await levelCodes(code, 'village') })),
  );
  const expected = oracle.rankingValues(withUnits, period, metric);
  const ranks = ranksOf(
    expected.map((item) => item.value),
    'desc',
  );
  const previousRanks = ranksOf(
    expected.map((item) => item.previousValue),
    'desc',
  );
  const ranking = await get<{ items: { region: { code: string } }[] }>('/api/v1/stats/ranking', { ...params, metric });
  expect(Object.fromEntries(ranking.items.map(({ region: child, ...item }) => [child.code, item])), `ranking by ${metric}`).toMatchObject(
    Object.fromEntries(
      expected.map((item, index) => [
        item.code,
        {
          rank: ranks[index],
          value: item.value,
          valueUnknown: item.valueUnknown,
          previousValue: item.previousValue,
          previousRank: previousRanks[index],
        },
      ]),
    ),
  );

  const series = await get<{ items: object[] }>('/api/v1/stats/timeseries', params);
  expect(series.items).toEqual(oracle.timeSeries(region, period));
}

describe('stats agree with a naive recount', () => {
  it('when random records are written straight to the tables, every endpoint matches the recount', async () => {
    const tree = await smallTree();
    await fc.assert(
      fc.asyncProperty(dataset(tree), query(tree), async (data, q) => {
        await replaceData(data);
        const from = dayOf(q.from);
        const period = { from, to: dayOf(Math.min(q.from + q.length, 430)), year: 0, asOf: dayOf(q.asOf), statuses: q.statuses };
        period.year = Number(period.to.slice(0, 4));
        await expectAgreement(q.region, period, q.by, q.metric);
      }),
      { numRuns: 40 },
    );
  });

  it('when records and honours are created, edited, deleted, restored and purged through the API, the figures follow each step', async () => {
    await replaceData({ organisations: [], venues: [], regionHonours: [], events: [], indicators: [] });
    const period: OraclePeriod = { from: '2024-01-01', to: '2024-12-31', year: 2024, asOf: '2024-12-31', statuses: ['completed'] };
    const check = async () => {
      for (const region of ['500000', '500106', '500106001']) {
        for (const by of ['region', 'eventCategory', 'month'] as const) await expectAgreement(region, period, by, 'attendance');
      }
      await expectAgreement('500000', period, 'audienceGroup', 'townshipCoverage');
      for (const region of ['500000', '500106']) await expectAgreement(region, period, 'region', honourMetric('education_base', 'national'));
      await expectAgreement('500000', period, 'venueType', honourMetric('demo_community', 'municipal'));
    };
    const township = await create(t, 'organisations', {
      name: '小龙坎街道科协',
      type: 'township_association',
      regionCode: '500106001',
      memberCount: 12,
      volunteerCount: 30,
    });
    const village = (await childrenOf('500106001'))[0]?.code ?? '';
    await create(t, 'venues', { name: '社区科普馆', type: 'community_hall', regionCode: village });
    const event = await create(
      t,
      'events',
      eventInput(township.id, { regionCode: '500106001', audienceGroups: ['youth', 'elderly'], attendance: 500, participants: 300 }),
    );
    await create(
      t,
      'events',
      eventInput(township.id, {
        regionCode: '500106',
        startsAt: '2024-12-31T23:30:00+08:00',
        endsAt: '2025-01-01T01:00:00+08:00',
        attendance: 70,
        participants: 50,
      }),
    );
    await check();

    const patch = async (entity: string, record: { id: string }, version: number, body: object) => {
      const response = await t.inject({
        method: 'PATCH',
        url: `/api/v1/${entity}/${record.id}`,
        headers: { 'if-match': `"${version}"` },
        payload: body,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await patch('events', event, 1, {
      regionCode: '500112',
      attendance: 900,
      startsAt: '2024-03-01T00:00:00+08:00',
      endsAt: '2024-03-01T02:00:00+08:00',
    });
    await check();
    await patch('events', event, 2, { status: 'cancelled' });
    await check();
    await patch('events', event, 3, { status: 'completed', audienceGroups: [] });
    await patch('organisations', township, 1, { memberCount: 40 });
    await check();

    expect((await t.inject({ method: 'DELETE', url: `/api/v1/events/${event.id}`, headers: { 'if-match': '"4"' } })).statusCode).toBe(204);
    await check();
    expect((await t.inject({ method: 'POST', url: `/api/v1/events/${event.id}/restore`, headers: { 'if-match': '"5"' } })).statusCode).toBe(200);
    await check();
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/events/${event.id}`, headers: { 'if-match': '"6"' } })).statusCode).toBe(204);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/trash/events/${event.id}` })).statusCode).toBe(204);
    await check();

    // Honours: two overlapping national designations count the venue once; closing the venue or deleting them moves the count
    // of designated venues but not of honours; a 社区 honoured from mid-year counts now and not in the year before.
    const base = await create(t, 'venues', { name: '科普教育基地', type: 'education_base', regionCode: '500106001' });
    const honour = {
      name: '全国科普教育基地',
      kind: 'education_base',
      level: 'national',
      grantedBy: '中国科协',
      subjectType: 'venue',
      venueId: base.id,
      regionCode: '500106001',
    };
    const first = await create(t, 'designations', { ...honour, validFrom: '2021-01-01', validTo: '2024-12-31' });
    await create(t, 'designations', { ...honour, validFrom: '2024-06-01' });
    await create(t, 'designations', {
      name: '重庆市科普示范社区',
      kind: 'demo_community',
      level: 'municipal',
      grantedBy: '重庆市科协',
      subjectType: 'region',
      regionCode: village,
      validFrom: '2024-06-01',
    });
    await check();
    await patch('venues', base, 1, { status: 'closed' });
    await check();
    await patch('venues', base, 2, { status: 'open' });
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/designations/${first.id}`, headers: { 'if-match': '"1"' } })).statusCode).toBe(204);
    await check();
    expect((await t.inject({ method: 'POST', url: `/api/v1/designations/${first.id}/restore`, headers: { 'if-match': '"2"' } })).statusCode).toBe(
      200,
    );
    await check();
  }, 120_000);

  it('when values are unknown, then known, then unknown again through the API, the figures and their unknown counts follow each step', async () => {
    await replaceData({ organisations: [], venues: [], regionHonours: [], events: [], indicators: [] });
    const period: OraclePeriod = { from: '2024-01-01', to: '2024-12-31', year: 2024, asOf: '2024-12-31', statuses: ['completed'] };
    const check = async () => {
      for (const region of ['500000', '500106']) await expectAgreement(region, period, 'region', 'attendance');
      await expectAgreement('500106001', period, 'eventCategory', 'registeredVolunteers');
    };
    const patch = async (entity: string, record: { id: string }, version: number, body: object) => {
      const response = await t.inject({
        method: 'PATCH',
        url: `/api/v1/${entity}/${record.id}`,
        headers: { 'if-match': `"${version}"` },
        payload: body,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    // An honour with neither level nor start, an event without 人次, an organisation without a volunteer count.
    const township = await create(t, 'organisations', { name: '小龙坎街道科协', type: 'township_association', regionCode: '500106001' });
    const base = await create(t, 'venues', { name: '科普教育基地', type: 'education_base', regionCode: '500106001' });
    const undated = await create(t, 'designations', {
      name: '科普教育基地',
      kind: 'education_base',
      level: null,
      grantedBy: '区科协',
      subjectType: 'venue',
      venueId: base.id,
      validFrom: null,
      validTo: '2030-12-31',
    });
    const unknownEvent = await create(
      t,
      'events',
      eventInput(township.id, { regionCode: '500106001', attendance: null, attendanceQualifier: null, participants: null }),
    );
    await create(t, 'events', eventInput(township.id, { regionCode: '500106001', attendance: 80, participants: null }));
    const team = await create(t, 'organisations', { name: '科技志愿服务队', type: 'volunteer_team', regionCode: '500106001' });
    expect(team.volunteerCount).toBeNull();
    await check();
    await patch('events', unknownEvent, 1, { attendance: 300, attendanceQualifier: 'about' });
    await patch('organisations', team, 1, { volunteerCount: 4_700, volunteerCountQualifier: 'more_than' });
    await patch('designations', undated, 1, { level: 'municipal' });
    await check();
    await patch('events', unknownEvent, 2, { attendance: null, attendanceQualifier: null });
    await patch('organisations', team, 2, { volunteerCount: null, volunteerCountQualifier: null });
    await check();
  });

  it('when the rollups are rebuilt from the base tables, they hold exactly what the triggers kept', async () => {
    const snapshot = async () =>
      queryRows(
        t.database.db,
        sql`
        select 'event' as kind, grain || region_code || bucket || category || status as key, events, attendance, participants, online_views, volunteers,
            attendance_unknown, participants_unknown
          from stats_event_buckets where events <> 0 or attendance <> 0
        union all select 'audience', grain || region_code || bucket || audience_group || status, events, attendance, participants, online_views, volunteers,
            attendance_unknown, participants_unknown
          from stats_audience_buckets where events <> 0 or attendance <> 0
        union all select 'region', region_code || bucket || status, events, attendance, participants, online_views, volunteers,
            attendance_unknown, participants_unknown
          from stats_region_months where events <> 0 or attendance <> 0
        union all select 'organisation', region_code || type, organisations, members, registered_volunteers, registered_volunteers_unknown, 0, 0, 0
          from stats_organisation_counts where organisations <> 0
        union all select 'venue', region_code || type || status, venues, 0, 0, 0, 0, 0, 0 from stats_venue_counts where venues <> 0
        union all select 'honour', region_code || level || valid_from || valid_to, venues, 0, 0, 0, 0, 0, 0 from stats_designated_venues where venues <> 0
        order by 1, 2`,
      );
    const tree = await smallTree();
    const [data] = fc.sample(dataset(tree), { numRuns: 1, seed: 42 });
    if (data) await replaceData(data);
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(0);
    await queryRows(t.database.db, sql`select kepu_stats_rebuild()`);
    expect(await snapshot()).toEqual(kept);
  });
});
