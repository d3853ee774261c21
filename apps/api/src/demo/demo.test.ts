import { queryRows, readRegionsFile, schema } from '@kepu/db';
import {
  CreateCriterionBody,
  CreateDictionaryEntryBody,
  recordEntities,
  recordSchemas,
  type StatsBreakdown,
  type StatsOverview,
  type StatsRanking,
} from '@kepu/domain';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { buildDemoDataset } from './dataset.js';
import { articleSource } from './dataset-districts.js';
import { loadDemoData } from './load.js';

let t: TestApp;
let first: Awaited<ReturnType<typeof loadDemoData>>;
beforeAll(async () => {
  t = await buildTestApp();
  first = await loadDemoData(t.database.db);
});
afterAll(() => t.close());

interface Page<T> {
  items: T[];
  total: number;
}

async function page<T = Record<string, unknown>>(url: string): Promise<Page<T>> {
  const response = await t.inject({ url });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<Page<T>>();
}

const total = async (url: string) => (await page(`${url}&pageSize=1`)).total;

async function scalar(query: SQL): Promise<number> {
  const [row] = await queryRows<{ value: number | string | null }>(t.database.db, query);
  return Number(row?.value ?? 0);
}

// Each record type's table is named after it.
async function tableCounts(): Promise<Record<string, number>> {
  const counts = await Promise.all(
    recordEntities.map(async (entity): Promise<[string, number]> => [
      entity,
      await scalar(sql`select count(*) as value from ${sql.identifier(entity)}`),
    ]),
  );
  return Object.fromEntries(counts);
}

async function stats<T>(path: string): Promise<T> {
  const response = await t.inject({ url: `/api/v1/stats/${path}` });
  expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
  return response.json<T>();
}

const byKey = <T extends { key: string }>(items: T[]) => Object.fromEntries(items.map((item) => [item.key, item]));

/** The region's own indicators as the overview reports them for a year. */
async function indicators(region: string, year = 2022) {
  const overview = await stats<StatsOverview>(`overview?region=${region}&year=${year}`);
  return Object.fromEntries(overview.indicators.map((item) => [item.kind, item]));
}

/** A breakdown by category over a period: the events and summaries of each category. */
async function categories(region: string, period: string) {
  return byKey((await stats<StatsBreakdown>(`breakdown?region=${region}&by=eventCategory&${period}`)).items);
}

describe('demo dataset', () => {
  it('when loaded into an empty database, it reports exactly the rows it inserted', async () => {
    expect(first.loaded).toBe(true);
    const { dictionary, ...records } = first.counts;
    expect(records).toEqual(await tableCounts());
    expect(dictionary).toBe(4);
    expect(first.counts.events).toBeLessThan(5_000);
  });

  it('when loaded, the change log holds one created row per record, for partners that sync from the beginning', async () => {
    const logged = await queryRows<{ entity: string; n: number }>(
      t.database.db,
      sql`select entity, count(*)::int as n from change_log where action = 'created' group by entity`,
    );
    const { dictionary: _, ...records } = first.counts;
    expect(Object.fromEntries(logged.map((row) => [row.entity, row.n]))).toEqual(records);
    expect(await scalar(sql`select count(*) as value from change_log where action <> 'created'`)).toBe(0);
  });

  it('when called a second time, it loads nothing and changes no counts', async () => {
    const before = await tableCounts();
    expect(await loadDemoData(t.database.db)).toEqual({ loaded: false, counts: {} });
    expect(await tableCounts()).toEqual(before);
  });

  it('when a database holds only a deleted organisation, it leaves the database alone', async () => {
    const other = await buildTestApp();
    try {
      await other.database.db
        .insert(schema.organisations)
        .values({ name: '已删除的学会', type: 'society', regionCode: '500106', deletedAt: new Date('2024-01-01T00:00:00Z') });
      expect(await loadDemoData(other.database.db)).toEqual({ loaded: false, counts: {} });
      const [row] = await queryRows<{ value: string }>(other.database.db, sql`select count(*) as value from venues`);
      expect(Number(row?.value)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('when built twice from the region file, it yields the same rows and unique version-5 ids', async () => {
    const regions = await readRegionsFile();
    const dataset = buildDemoDataset(regions);
    expect(JSON.stringify(buildDemoDataset(regions))).toBe(JSON.stringify(dataset));
    const { dictionary: _, ...records } = dataset;
    const ids = Object.values(records).flatMap((rows: { id?: string }[]) => rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id ?? ''))).toBe(true);
  });
});

describe('demo figures from the article', () => {
  it('when listing the nine districts, each is a 2021—2025 全国科普示范区 with a 区县科协 and a 常住人口', async () => {
    const honours = await page<{ regionCode: string; level: string; validFrom: string; validTo: string }>(
      '/api/v1/designations?kind=demo_district&pageSize=100',
    );
    expect(honours.items.map((item) => item.regionCode).sort()).toEqual([
      '500101',
      '500103',
      '500105',
      '500106',
      '500107',
      '500109',
      '500112',
      '500113',
      '500118',
    ]);
    expect(honours.items.every((item) => item.level === 'national' && item.validFrom === '2021-01-01' && item.validTo === '2025-12-31')).toBe(true);
    const city = await stats<StatsOverview>('overview?year=2022');
    expect(city.designations.byKindAndLevel.find((item) => item.kind === 'demo_district' && item.level === 'national')).toMatchObject({
      count: 9,
      bySubject: { region: 9 },
    });
    expect(await total('/api/v1/organisations?type=district_association')).toBe(9);
    expect(await total('/api/v1/organisations?type=city_association')).toBe(1);
    expect(await total('/api/v1/indicators?kind=resident_population')).toBe(9);
  });

  it('when 渝北区 is read from the statistics, it has its venues (46 社区科普学教点 a type of its own), 8/16/11 示范社区, 3 + 10 基地, 66 成员单位 and its funding', async () => {
    const overview = await stats<StatsOverview>('overview?region=500112&year=2025');
    expect(byKey(overview.organisations.byType).e_station?.count).toBe(12);
    expect(byKey(overview.venues.byType)).toMatchObject({
      campus_museum: { count: 10 },
      rural_demo_base: { count: 11 },
      e_station: { count: 12 },
      community_hall: { count: 15, parentKey: null },
      civilization_platform: { count: 8 },
      community_learning_point: { count: 46, label: '社区科普学教点', parentKey: 'community_hall' },
    });
    const honour = (kind: string, level: string) => overview.designations.byKindAndLevel.find((item) => item.kind === kind && item.level === level);
    expect(honour('demo_community', 'national')).toMatchObject({ count: 8, bySubject: { region: 8 } });
    expect(honour('demo_community', 'municipal')).toMatchObject({ count: 16, bySubject: { region: 16 } });
    expect(honour('demo_community', 'district')).toMatchObject({ count: 11, bySubject: { region: 11 } });
    expect(honour('education_base', 'national')?.count).toBe(3);
    expect(honour('education_base', 'municipal')?.count).toBe(10);
    const own = Object.fromEntries(overview.indicators.map((item) => [item.kind, item]));
    expect(own.funding_total).toMatchObject({ value: 7_500_000, qualifier: 'more_than', year: 2021, yearTo: 2025, unit: '元' });
    expect(own.social_investment).toMatchObject({ value: 13_000_000, qualifier: 'more_than', year: 2021, yearTo: 2025 });
    expect(own.joint_meeting_members).toMatchObject({ value: 66, qualifier: null, year: null, unit: '个' });
  });

  it('when 沙坪坝区 is read, its 45 teams have unknown volunteer counts and the 4700余 is one registered_volunteers indicator; 红岩 is 300余场次 with 人次 unknown', async () => {
    const overview = await stats<StatsOverview>('overview?region=500106&year=2022');
    const types = byKey(overview.organisations.byType);
    expect(types.township_association?.count).toBe(22);
    expect(types.village_station?.count).toBe(202);
    expect(types.society?.count).toBe(34);
    expect(types.volunteer_team).toMatchObject({ count: 45, registeredVolunteers: null, registeredVolunteersUnknown: 45 });
    expect(byKey(overview.venues.byType)).toMatchObject({
      community_hall: { count: 17 },
      community_park: { count: 3 },
      education_base: { count: 68 },
    });
    // “共建市、区科普基地68个”: the split by level is not in the article, so all 68 are 未注明级别.
    expect(overview.designations.byKindAndLevel.find((item) => item.kind === 'education_base' && item.level === 'unspecified')?.count).toBe(68);
    const own = await indicators('500106');
    expect(own.registered_volunteers).toMatchObject({ value: 4_700, qualifier: 'more_than', unit: '人', year: null });
    expect(own.science_literacy_rate).toMatchObject({ value: 18.1, year: null, source: articleSource });
    const cycle = await categories('500106', 'from=2021-01-01&to=2025-12-31');
    expect(cycle.outreach_community).toMatchObject({ events: 300, attendance: null, attendanceUnknown: 1 });
  });

  it('when 万州区 is read, its one 志愿者队伍 has 2000余, its summaries give 人数 and 人次 as the article does, and its catalogue indicators are there', async () => {
    const overview = await stats<StatsOverview>('overview?region=500101&year=2022');
    expect(byKey(overview.organisations.byType).township_association?.count).toBe(52);
    expect(overview.organisations.registeredVolunteers).toBe(2_000);
    expect(byKey(overview.organisations.byType).volunteer_team).toMatchObject({
      count: 1,
      registeredVolunteers: 2_000,
      registeredVolunteersUnknown: 0,
    });
    expect(await page('/api/v1/organisations?region=500101&type=volunteer_team')).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ volunteerCount: 2_000, volunteerCountQualifier: 'more_than' })],
    });
    expect(byKey(overview.venues.byType)).toMatchObject({
      education_base: { count: 35 },
      campus_museum: { count: 6 },
      community_hall: { count: 3 },
      gallery: { count: 100 },
      community_classroom: { count: 18, label: '社区科普大课堂', parentKey: 'community_hall' },
    });
    expect(overview.designations.byKindAndLevel.find((item) => item.kind === 'education_base' && item.level === 'unspecified')?.count).toBe(35);
    const cycle = await categories('500101', 'from=2021-01-01&to=2025-12-31');
    expect(cycle.national_science_day).toMatchObject({ events: null, participants: 200_000, attendance: null, attendanceUnknown: 1 });
    expect(cycle.outreach_school).toMatchObject({ events: null, participants: 60_000, attendance: null });
    expect(cycle.youth_programme).toMatchObject({ label: '青少年科普品牌活动', attendance: 100_000, participants: null });
    expect(cycle.outreach_community).toMatchObject({ events: null, attendance: 10_000 });
    const own = await indicators('500101');
    expect(own.kepu_china_app_users).toMatchObject({ value: 80_000, qualifier: 'more_than' });
    expect(own.reader_copies).toMatchObject({ value: 20_000, unit: '册' });
    expect(own.information_reach).toMatchObject({ value: 900_000, qualifier: 'nearly' });
    expect(own.competition_awards).toMatchObject({ value: 673, unit: '项' });
    expect(own.competition_awards_world).toMatchObject({ value: 18 });
    expect(own.schools_reached).toMatchObject({ value: 30, unit: '所' });
  });

  it('when 北碚区 is read from the statistics, its honours count by kind and level: 3 国家级科普教育基地, 10 全国科普示范社区, and the 国家体育总局科普基地 apart', async () => {
    const overview = await stats<StatsOverview>('overview?region=500109&year=2024');
    const honour = (kind: string, level: string) => overview.designations.byKindAndLevel.find((item) => item.kind === kind && item.level === level);
    expect(honour('education_base', 'national')).toMatchObject({ count: 3, bySubject: { venue: 3 } });
    expect(honour('education_base', 'municipal')).toMatchObject({ count: 22, bySubject: { venue: 22 } });
    expect(honour('demo_community', 'national')).toMatchObject({ count: 10, bySubject: { region: 10 } });
    expect(honour('other', 'national')).toMatchObject({ count: 1, bySubject: { venue: 1 } });
    expect(honour('academician_studio', 'unspecified')).toMatchObject({ count: 1, bySubject: { organisation: 1 } });
    expect(byKey(overview.organisations.byType).township_association?.count).toBe(17);
  });

  it('when 巴南区 2022 is broken down, 全国科普日 is 350 场次 reaching 1,500,000 and the daily quiz 600,000 人次 of unknown 场次; the 2021 quiz is one honoured event', async () => {
    const year = await categories('500113', 'year=2022');
    expect(year.national_science_day).toMatchObject({
      events: 350,
      eventsUnknown: 0,
      attendance: 1_500_000,
      participants: null,
      participantsUnknown: 1,
    });
    expect(year.online_quiz).toMatchObject({ events: null, eventsUnknown: 1, attendance: 600_000 });
    const quizzes = await page<{ id: string; attendance: number; participants: number | null; mode: string }>(
      '/api/v1/events?region=500113&category=online_quiz&from=2021-09-01&to=2021-09-30',
    );
    expect(quizzes.items).toEqual([expect.objectContaining({ attendance: 92_000, participants: null, mode: 'online' })]);
    const award = await page<{ eventId: string; level: string; name: string }>('/api/v1/designations?region=500113&kind=excellent_event');
    expect(award.items).toEqual([expect.objectContaining({ eventId: quizzes.items[0]?.id, level: 'national', name: '全国科普日优秀活动' })]);
    expect((await categories('500113', 'year=2021')).online_quiz).toMatchObject({ events: 1, attendance: 92_000 });
  });

  it('when 永川区 is read, it has 23 镇街科协, 289 活动室, 24 e站, 51 LED屏 and 261 网络书屋', async () => {
    const overview = await stats<StatsOverview>('overview?region=500118&year=2022');
    expect(byKey(overview.organisations.byType)).toMatchObject({ township_association: { count: 23 }, e_station: { count: 24 } });
    expect(byKey(overview.venues.byType)).toMatchObject({
      community_hall: { count: 289 },
      e_station: { count: 24 },
      led_screen: { count: 51 },
      online_library: { count: 261 },
    });
  });

  it('when 江北区 is read, 社区科普大学 since 2012 is 2,246 lectures reaching 200,000, 品牌活动 100余场次 and 志愿服务 10万人次 with the other figure unknown', async () => {
    const university = await categories('500105', 'from=2012-01-01&to=2022-12-31');
    expect(university.lecture).toMatchObject({ events: 2_246, attendance: 200_000, attendanceUnknown: 0 });
    const cycle = await categories('500105', 'from=2021-01-01&to=2025-12-31');
    expect(cycle.national_science_day).toMatchObject({ events: 100, attendance: null, attendanceUnknown: 1 });
    expect(cycle.outreach_community).toMatchObject({ events: null, eventsUnknown: 1, attendance: 100_000 });
    const overview = await stats<StatsOverview>('overview?region=500105&year=2022');
    expect(byKey(overview.venues.byType)).toMatchObject({
      culture_cloud_terminal: { count: 132, label: '“科普文化重庆云”终端', parentKey: 'led_screen' },
      led_screen: { count: 150 },
    });
    expect((await indicators('500105')).resident_reach_rate).toMatchObject({ value: 80, qualifier: 'at_least', unit: '%' });
    const guanyinqiao = (await page<{ regionCode: string }>('/api/v1/indicators?region=500105&kind=screen_daily_minutes')).items[0]?.regionCode;
    expect((await indicators(guanyinqiao ?? '')).screen_daily_minutes).toMatchObject({ value: 30, unit: '分钟/天' });
  });

  it('when 渝中区 is read, each year of the cycle holds at least 1000 科普进社区 and its indicators keep their qualifiers', async () => {
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect((await categories('500103', `year=${year}`)).outreach_community, String(year)).toMatchObject({ events: 1_000, attendance: null });
    }
    const summaries = await page<{ eventCountQualifier: string }>('/api/v1/summaries?region=500103&pageSize=10');
    expect(summaries.total).toBe(5);
    expect(summaries.items.every((item) => item.eventCountQualifier === 'at_least')).toBe(true);
    const own = await indicators('500103');
    expect(own.science_literacy_rate).toMatchObject({ value: 16.1, year: null });
    expect(own.per_capita_funding).toMatchObject({ value: 9, qualifier: 'nearly', unit: '元' });
    expect(own.community_coverage).toMatchObject({ value: 26.6 });
    expect(
      (await stats<StatsOverview>('overview?region=500103&year=2022')).designations.byKindAndLevel.find(
        (item) => item.kind === 'other' && item.level === 'unspecified',
      ),
    ).toMatchObject({ count: 21, bySubject: { region: 21 } });
  });

  it('when districts are ranked by 公民具备科学素质比例, 沙坪坝区 is first with 18.1% and 渝中区 second with 16.1%', async () => {
    const ranking = await stats<StatsRanking>('ranking?metric=science_literacy_rate&year=2022');
    expect(ranking.items.slice(0, 2)).toMatchObject([
      { rank: 1, region: { code: '500106' }, value: 18.1 },
      { rank: 2, region: { code: '500103' }, value: 16.1 },
    ]);
  });

  it('when the demo is checked against the counting-once rule, no live event lies inside a live summary of its region, category and period', async () => {
    expect(
      await scalar(sql`select count(*) as value from events e join summaries s on s.category = e.category
      and e.region_code like s.region_code || '%' and s.deleted_at is null
      and (e.starts_at at time zone 'Asia/Shanghai')::date between s.period_from and s.period_to
      where e.deleted_at is null and e.status <> 'cancelled'`),
    ).toBe(0);
    // Every event not from the article says it is 演示数据, or that its figures are not given.
    expect(await scalar(sql`select count(*) as value from events where description is null`)).toBe(0);
  });
});

describe('demo rows are valid records', () => {
  const bodies = recordEntities.map((entity): [string, z.ZodObject] => [entity, recordSchemas[entity].create]);

  it.each(bodies)('when every %s page is read through the API, each row also passes the create schema', async (entity, body) => {
    const fields = Object.keys(body.shape);
    let seen = 0;
    for (let number = 1; ; number += 1) {
      const { items, total: all } = await page(`/api/v1/${entity}?pageSize=100&page=${number}`);
      for (const item of items) {
        const input = Object.fromEntries(fields.filter((field) => field in item).map((field) => [field, item[field]]));
        const parsed = body.safeParse(input);
        expect(parsed.success, `${entity} ${String(item.id)}: ${parsed.error?.message}`).toBe(true);
      }
      seen += items.length;
      if (seen >= all || items.length === 0) break;
    }
    expect(seen).toBe(first.counts[entity]);
  });

  it('when the dictionary and the criteria catalogue are read through the API, every entry the migrations and the demo add passes its create schema', async () => {
    const { items: entries } = (await t.inject({ url: '/api/v1/dictionary' })).json<{ items: Record<string, unknown>[] }>();
    for (const { kind, official: _official, active: _active, createdAt: _created, updatedAt: _updated, ...entry } of entries) {
      const parsed = CreateDictionaryEntryBody.safeParse(entry);
      expect(parsed.success, `${String(kind)}/${String(entry.code)}: ${parsed.error?.message}`).toBe(true);
    }
    const { items: criteria } = (await t.inject({ url: '/api/v1/assessment-criteria' })).json<{ items: Record<string, unknown>[] }>();
    for (const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...criterion } of criteria) {
      const parsed = CreateCriterionBody.safeParse(criterion);
      expect(parsed.success, `${String(criterion.code)}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('when checked against the rules the API enforces on write, no demo row breaks one', async () => {
    expect(
      await scalar(sql`select count(*) as value from organisations where
      (type = 'city_association' and region_code <> '500000') or (type = 'district_association' and length(region_code) <> 6)
      or (type = 'township_association' and length(region_code) <> 9) or (type = 'village_station' and length(region_code) <> 12)`),
    ).toBe(0);
    expect(await scalar(sql`select count(*) - count(distinct credit_code) as value from organisations where credit_code is not null`)).toBe(0);
    expect(
      await scalar(sql`select count(*) as value from events e where exists (
      select 1 from unnest(e.organiser_ids) as organiser(id) where organiser.id not in (select id from organisations where deleted_at is null))`),
    ).toBe(0);
    expect(
      await scalar(sql`select count(*) as value from designations d
      left join organisations o on o.id = d.organisation_id left join venues v on v.id = d.venue_id left join events e on e.id = d.event_id
      where d.region_code <> coalesce(o.region_code, v.region_code, e.region_code, d.region_code)`),
    ).toBe(0);
    expect(
      await scalar(sql`select count(*) as value from venues where longitude is not null
      and not (longitude between 105.2 and 110.2 and latitude between 28.1 and 32.2)`),
    ).toBe(0);
    expect(await scalar(sql`select count(*) as value from events where status <> 'completed' or ends_at <= starts_at`)).toBe(0);
  });
});
