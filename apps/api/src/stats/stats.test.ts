import type { StatsBreakdown, StatsOverview, StatsRanking, StatsRatios, StatsTimeSeries } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create } from '../../test/fixtures.js';
import { loadDemoData } from '../demo/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.database.db);
});
afterAll(() => t.close());

async function stats<T>(path: string, headers: AuthHeaders = {}): Promise<T> {
  const response = await t.inject({ url: `/api/v1/stats/${path}`, headers });
  expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
  return response.json<T>();
}

const byKey = <T extends { key: string }>(items: T[]) => Object.fromEntries(items.map((item) => [item.key, item]));

describe("the article's figures, read from the stats endpoints over the demo data", () => {
  it('when 沙坪坝区 is summarised, it has 22 镇街科协, 202 村社科普工作站, 34 学会, 45 teams of unknown size, 4700余 registered volunteers and 18.1%', async () => {
    const overview = await stats<StatsOverview>('overview?region=500106&year=2022');
    const types = byKey(overview.organisations.byType);
    expect(types.township_association?.count).toBe(22);
    expect(types.village_station?.count).toBe(202);
    expect(types.society?.count).toBe(34);
    // The article gives the 4700余 for the 45 teams together: an indicator, with each team's count unknown.
    expect(types.volunteer_team).toMatchObject({ count: 45, registeredVolunteers: null, registeredVolunteersUnknown: 45 });
    expect(byKey(overview.venues.byType)).toMatchObject({
      community_hall: { count: 17 },
      community_park: { count: 3 },
      education_base: { count: 68 },
    });
    expect(overview.indicators.find((item) => item.kind === 'science_literacy_rate')).toMatchObject({ value: 18.1, unit: '%', year: null });
    expect(overview.indicators.find((item) => item.kind === 'registered_volunteers')).toMatchObject({ value: 4_700, qualifier: 'more_than' });
  });

  it("when 沙坪坝区's coverage is asked, 22 of its 26 镇街 have a 镇街科协 and the denominator is named", async () => {
    const ratios = await stats<StatsRatios>('ratios?region=500106&year=2022');
    expect(ratios.coverage.find((item) => item.metric === 'townshipCoverage')).toMatchObject({ covered: 22, total: 26, value: (22 / 26) * 100 });
    const perResident = ratios.ratios.find((item) => item.metric === 'venuesPer10k');
    expect(perResident?.denominator).toMatchObject({ kind: 'resident_population', year: 2022 });
    expect(perResident?.value).toBeCloseTo(((perResident?.numerator ?? 0) / (perResident?.denominator?.value ?? 1)) * 10_000, 10);
    const funding = ratios.ratios.find((item) => item.metric === 'fundingPerCapita');
    expect(funding?.value).toBeNull();
    expect(funding?.reason).toContain('funding_total');
  });

  it('when districts are ranked by 公民具备科学素质比例, 沙坪坝区 is first in the city with 18.1% and 渝中区 second with 16.1%', async () => {
    const ranking = await stats<StatsRanking>('ranking?metric=science_literacy_rate&year=2022');
    expect(ranking.items.slice(0, 2)).toMatchObject([
      { rank: 1, region: { code: '500106', name: '沙坪坝区' }, value: 18.1 },
      { rank: 2, region: { code: '500103', name: '渝中区' }, value: 16.1 },
    ]);
    expect(ranking.items.at(-1)).toMatchObject({ rank: null, value: null });
  });

  it('when 北碚区 is summarised, it has 4 venues with a national designation (3 科普教育基地 and the 国家体育总局科普基地) and 17 镇街科协', async () => {
    const overview = await stats<StatsOverview>('overview?region=500109&year=2024');
    expect(byKey(overview.venues.byDesignationLevel).national?.count).toBe(4);
    expect(byKey(overview.organisations.byType).township_association?.count).toBe(17);
  });

  it('when 渝北区 is summarised, it has 10 校园科技馆, 11 农村科普示范基地, 12 科普e站 and 15 社区科普活动室', async () => {
    const breakdown = await stats<StatsBreakdown>('breakdown?region=500112&by=venueType');
    expect(byKey(breakdown.items)).toMatchObject({
      campus_museum: { venues: 10 },
      rural_demo_base: { venues: 11 },
      e_station: { venues: 12 },
      community_hall: { venues: 15 },
    });
  });

  it("when 巴南区's 2022 is broken down by category, 全国科普日 has 350 events reaching 1,500,000", async () => {
    const breakdown = await stats<StatsBreakdown>('breakdown?region=500113&by=eventCategory&year=2022');
    expect(byKey(breakdown.items).national_science_day).toMatchObject({ events: 350, attendance: 1_500_000 });
    const quiz = await stats<StatsBreakdown>('breakdown?region=500113&by=eventCategory&from=2021-09-01&to=2021-09-30');
    expect(byKey(quiz.items).online_quiz).toMatchObject({ events: 1, attendance: 92_000 });
  });

  it("when 江北区's lectures since 2012 are asked for in one call, there are 2,246 reaching 200,000", async () => {
    const breakdown = await stats<StatsBreakdown>('breakdown?region=500105&by=eventCategory&from=2012-01-01&to=2022-12-31');
    expect(byKey(breakdown.items).lecture).toMatchObject({ events: 2_246, attendance: 200_000 });
  });

  it('when 万州区 and 永川区 are compared in the city breakdown, they show 52 and 23 镇街科协 through their organisations', async () => {
    const wanzhou = await stats<StatsOverview>('overview?region=500101');
    const yongchuan = await stats<StatsOverview>('overview?region=500118');
    expect(byKey(wanzhou.organisations.byType).township_association?.count).toBe(52);
    expect(wanzhou.organisations.registeredVolunteers).toBe(2_000);
    expect(byKey(yongchuan.organisations.byType).township_association?.count).toBe(23);
    expect(byKey(yongchuan.venues.byType)).toMatchObject({
      community_hall: { count: 289 },
      e_station: { count: 24 },
      led_screen: { count: 51 },
      online_library: { count: 261 },
    });
    const city = await stats<StatsBreakdown>('breakdown?by=region');
    expect(byKey(city.items)['500101']?.organisations).toBe(wanzhou.organisations.count);
  });

  it('when the city is broken down by region, 渝北区 holds its 8/16/11 科普示范社区 and 北碚区 its 10 全国科普示范社区 and 3 国家级科普教育基地', async () => {
    const city = await stats<StatsBreakdown>('breakdown?by=region&year=2024');
    const honours = (code: string) =>
      Object.fromEntries((byKey(city.items)[code]?.honours ?? []).map((item) => [`${item.kind}.${item.level}`, item.count]));
    expect(honours('500112')).toMatchObject({
      'demo_community.national': 8,
      'demo_community.municipal': 16,
      'demo_community.district': 11,
      'demo_district.national': 1,
    });
    expect(honours('500109')).toMatchObject({ 'demo_community.national': 10, 'demo_community.municipal': 0, 'education_base.national': 3 });
    expect(byKey(city.items)['500112']?.honours?.find((item) => item.kind === 'demo_community' && item.level === 'national')).toEqual({
      kind: 'demo_community',
      kindLabel: '科普示范社区',
      level: 'national',
      levelLabel: '国家级',
      count: 8,
    });
    // Every district lists the same kind × level pairs, so the breakdown reads as a table.
    const columns = (item: StatsBreakdown['items'][number]) => (item.honours ?? []).map((honour) => `${honour.kind}.${honour.level}`);
    const first = city.items[0];
    expect(first && columns(first)).toContain('demo_community.national');
    for (const item of city.items) expect(columns(item), item.label).toEqual(first && columns(first));
    expect(city.meta.definitions.honours).toContain('honours.<kind>.<level>');
    expect(city.meta.definitions.designations).toContain('once per kind and level');
  });

  it('when districts are ranked by 国家级科普示范社区, 北碚区 (10) comes before 渝北区 (8), and the 示范区 honour of 2021 has 0 the year before', async () => {
    const ranking = await stats<StatsRanking>('ranking?metric=honours.demo_community.national&year=2024');
    expect(ranking).toMatchObject({ metric: 'honours.demo_community.national', label: '国家级科普示范社区' });
    expect(ranking.items.slice(0, 2)).toMatchObject([
      { rank: 1, region: { code: '500109', name: '北碚区' }, value: 10, valueUnknown: 0, previousValue: 10, change: 0 },
      { rank: 2, region: { code: '500112', name: '渝北区' }, value: 8, previousValue: 8 },
    ]);
    expect(ranking.items.at(-1)).toMatchObject({ value: 0 });
    const districts = await stats<StatsRanking>('ranking?metric=honours.demo_district.national&year=2021');
    const yubei = districts.items.find((item) => item.region.code === '500112');
    // Valid from 2021-01-01: held at the end of 2021, not on 2020-12-31, the previous period's last day.
    expect(yubei).toMatchObject({ rank: 1, value: 1, previousValue: 0, change: 1, changeRate: null });
    expect(districts.items.filter((item) => item.value === 1)).toHaveLength(9);
    expect(districts.meta.definitions.honours).toContain("previous period's last day");
  });

  it("when 巴南区's 2022 time series is read, the year's summaries spread over the months add up to the article's totals beside 2021", async () => {
    const series = await stats<StatsTimeSeries>('timeseries?region=500113&year=2022');
    expect(series.items).toHaveLength(12);
    // 350余场次 全国科普日 over 2022 (the article gives no month) and the 60万余人次 daily quiz.
    expect(series.items.reduce((sum, item) => sum + (item.events ?? 0), 0)).toBe(350);
    expect(series.items.reduce((sum, item) => sum + (item.attendance ?? 0), 0)).toBe(2_100_000);
    expect(series.items[8]).toMatchObject({ month: '2022-09', previousYear: { month: '2021-09', events: 1, attendance: 92_000 } });
  });
});

describe('stats definitions and defaults', () => {
  it('when a figure is returned, meta names what it counts and the period states the statuses and reference date', async () => {
    const overview = await stats<StatsOverview>('overview?region=500106&from=2024-01-01&to=2024-06-30&status=completed,ongoing');
    expect(overview.period).toEqual({ from: '2024-01-01', to: '2024-06-30', year: 2024, asOf: '2024-06-30', status: ['completed', 'ongoing'] });
    expect(overview.meta.definitions.events).toContain('start (Asia/Shanghai)');
    expect(overview.meta.definitions.designatedVenues).toContain('asOf');
    expect(Object.keys(overview.meta.definitions)).toEqual(
      expect.arrayContaining(['organisations', 'venues', 'attendance', 'participants', 'indicators', 'unknown']),
    );
    expect(overview.meta.definitions.unknown).toContain('XUnknown');
  });

  it('when cancelled events are asked for, only they are counted', async () => {
    const completed = await stats<StatsOverview>('overview?region=500113&year=2022');
    const cancelled = await stats<StatsOverview>('overview?region=500113&year=2022&status=cancelled');
    expect(completed.events.events).toBeGreaterThan(0);
    // Nothing counted: every sum is 0 (not unknown) and nothing is unknown.
    expect(cancelled.events).toEqual({
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
    });
  });

  it('when the OpenAPI document is read, each stats operation carries the definitions', async () => {
    const document = (await t.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, { get: { description: string } }> }>();
    for (const path of ['overview', 'breakdown', 'ratios', 'ranking', 'timeseries']) {
      expect(document.paths[`/api/v1/stats/${path}`]?.get.description, path).toContain('受众人次: the sum of attendance (person-times)');
    }
  });
});

describe('stats access and bad input', () => {
  it("when a 渝北区 admin asks without a region, the figures are 渝北区's; 沙坪坝区 or one of its 镇街 answer 403 naming the field", async () => {
    const { userId: _, ...yubei } = await t.signIn('district_admin', '500112');
    const own = await stats<StatsOverview>('overview', yubei);
    expect(own.region.code).toBe('500112');
    const city = await stats<StatsBreakdown>('breakdown?by=region');
    expect(own.organisations.count).toBe(byKey(city.items)['500112']?.organisations);
    for (const region of ['500106', '500106001', '500000']) {
      for (const path of ['overview', 'breakdown?by=month', 'ratios', 'ranking', 'timeseries']) {
        const response = await t.inject({ url: `/api/v1/stats/${path}${path.includes('?') ? '&' : '?'}region=${region}`, headers: yubei });
        expect(response.statusCode, `${path} ${region}`).toBe(403);
        expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('query.region');
      }
    }
  });

  it("when a 渝北区 record is written, the 沙坪坝区 admin's figures do not move and the city's do", async () => {
    const { userId: _, ...shapingba } = await t.signIn('district_admin', '500106');
    const before = await stats<StatsOverview>('overview', shapingba);
    const cityBefore = await stats<StatsOverview>('overview');
    await create(t, 'organisations', { name: '渝北区统计测试学会', type: 'society', regionCode: '500112' });
    expect(await stats<StatsOverview>('overview', shapingba)).toMatchObject({ organisations: { count: before.organisations.count } });
    expect((await stats<StatsOverview>('overview')).organisations.count).toBe(cityBefore.organisations.count + 1);
  });

  it('when an API key has stats:read, it reads its own region; without it the answer is 403', async () => {
    const key = await create<{ secret: string }>(t, 'api-keys', {
      name: 'dashboard',
      scopes: ['stats:read'],
      scopeRegionCode: '500106',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect((await stats<StatsOverview>('overview', { authorization: `Bearer ${key.secret}`, cookie: '' })).region.code).toBe('500106');
    const other = await create<{ secret: string }>(t, 'api-keys', {
      name: 'events only',
      scopes: ['events:read'],
      scopeRegionCode: '500106',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect((await t.inject({ url: '/api/v1/stats/overview', headers: { authorization: `Bearer ${other.secret}`, cookie: '' } })).statusCode).toBe(
      403,
    );
  });

  it.each([
    ['breakdown?by=colour', 'query.by'],
    ['breakdown', 'query.by'],
    ['overview?year=2024&from=2024-01-01&to=2024-02-01', 'query.year'],
    ['overview?from=2024-01-01', 'query.to'],
    ['overview?from=1990-01-01&to=2020-06-30', 'query.to'],
    ['timeseries?from=2020-01-01&to=2025-06-30', 'query.to'],
    ['overview?status=finished', 'query.status.0'],
    ['overview?region=5001', 'query.region'],
    ['overview?asOf=2024-02-30', 'query.asOf'],
    ['timeseries?year=1900', 'query.year'],
  ])('when %s is asked, it answers 400 naming %s', async (path, field) => {
    const response = await t.inject({ url: `/api/v1/stats/${path}` });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(field);
  });

  it('when a ranking names an honour kind the dictionary does not have, or a level that does not exist, it answers naming query.metric', async () => {
    const unknownKind = await t.inject({ url: '/api/v1/stats/ranking?metric=honours.no_such_kind.national' });
    expect(unknownKind.statusCode, unknownKind.body).toBe(422);
    const [problem] = unknownKind.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(problem?.field).toBe('query.metric');
    expect(problem?.message).toContain('no_such_kind');
    const unknownLevel = await t.inject({ url: '/api/v1/stats/ranking?metric=honours.demo_community.provincial' });
    expect(unknownLevel.statusCode, unknownLevel.body).toBe(400);
    expect(unknownLevel.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain('query.metric');
  });

  it('when the region does not exist, it answers 422 naming it', async () => {
    const response = await t.inject({ url: '/api/v1/stats/overview?region=500199' });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('query.region');
  });
});
