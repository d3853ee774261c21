import { queryRows, readRegionsFile, schema } from '@kepu/db';
import { recordEntities, recordSchemas } from '@kepu/domain';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create } from '../../test/fixtures.js';
import { buildDemoDataset } from './dataset.js';
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

async function indicator(region: string, kind: string): Promise<number | undefined> {
  return (await page<{ value: number }>(`/api/v1/indicators?region=${region}&kind=${kind}&year=2022`)).items.find(() => true)?.value;
}

describe('demo dataset', () => {
  it('when loaded into an empty database, it reports exactly the rows it inserted', async () => {
    expect(first.loaded).toBe(true);
    expect(first.counts).toEqual(await tableCounts());
    expect(first.counts.events).toBeLessThan(5_000);
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
    const ids = Object.values(dataset).flatMap((rows: { id?: string }[]) => rows.map((row) => row.id));
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
    expect(await total('/api/v1/organisations?type=district_association')).toBe(9);
    expect(await total('/api/v1/organisations?type=city_association')).toBe(1);
    expect(await total('/api/v1/indicators?kind=resident_population')).toBe(9);
  });

  it('when counting 渝北区, it finds its e站, 校园科技馆, 示范基地, 活动室, 实践平台, 示范社区, 科普基地 and funding', async () => {
    expect(await total('/api/v1/organisations?region=500112&type=e_station')).toBe(12);
    for (const [type, count] of [
      ['campus_museum', 10],
      ['rural_demo_base', 11],
      ['e_station', 12],
      ['community_hall', 15],
      ['civilization_platform', 8],
    ] as const) {
      expect(await total(`/api/v1/venues?region=500112&type=${type}`), type).toBe(count);
    }
    for (const [level, count] of [
      ['national', 8],
      ['municipal', 16],
      ['district', 11],
    ] as const) {
      expect(await total(`/api/v1/designations?region=500112&kind=demo_community&level=${level}`), level).toBe(count);
    }
    expect(await total('/api/v1/venues?region=500112&type=education_base&level=national')).toBe(3);
    expect(await total('/api/v1/venues?region=500112&type=education_base&level=municipal')).toBe(10);
    expect(await indicator('500112', 'funding_total')).toBe(7_500_000);
    expect(await indicator('500112', 'social_investment')).toBe(13_000_000);
  });

  it('when counting 沙坪坝区, it finds 22 镇街科协, 202 工作站, 34 学会, 45 teams of 4,700 volunteers, its venues and 18.1%', async () => {
    expect(await total('/api/v1/organisations?region=500106&type=township_association')).toBe(22);
    expect(await total('/api/v1/organisations?region=500106&type=village_station')).toBe(202);
    expect(await total('/api/v1/organisations?region=500106&type=society')).toBe(34);
    expect(await total('/api/v1/organisations?region=500106&type=volunteer_team')).toBe(45);
    expect(
      await scalar(sql`select sum(volunteer_count) as value from organisations where region_code like '500106%' and type = 'volunteer_team'`),
    ).toBe(4_700);
    expect(await total('/api/v1/venues?region=500106&type=community_hall')).toBe(17);
    expect(await total('/api/v1/venues?region=500106&type=community_park')).toBe(3);
    expect(await total('/api/v1/venues?region=500106&type=education_base')).toBe(68);
    expect(
      (await total('/api/v1/venues?region=500106&type=education_base&level=municipal')) +
        (await total('/api/v1/venues?region=500106&type=education_base&level=district')),
    ).toBe(68);
    expect(await indicator('500106', 'science_literacy_rate')).toBe(18.1);
  });

  it('when counting 万州区, it finds 52 镇街科协, 2,000 volunteers, 35 designated 科普基地, its venues and over 200,000 reached', async () => {
    expect(await total('/api/v1/organisations?region=500101&type=township_association')).toBe(52);
    expect(
      await scalar(sql`select sum(volunteer_count) as value from organisations where region_code like '500101%' and type = 'volunteer_team'`),
    ).toBe(2_000);
    const levels = await Promise.all(
      ['national', 'municipal', 'district'].map((level) => total(`/api/v1/venues?region=500101&type=education_base&level=${level}`)),
    );
    expect(levels.reduce((sum, count) => sum + count, 0)).toBe(35);
    expect(levels.every((count) => count > 0)).toBe(true);
    for (const [type, count] of [
      ['education_base', 35],
      ['campus_museum', 6],
      ['community_hall', 3],
      ['gallery', 100],
    ] as const) {
      expect(await total(`/api/v1/venues?region=500101&type=${type}`), type).toBe(count);
    }
    expect(await scalar(sql`select sum(attendance) as value from events where region_code like '500101%'`)).toBeGreaterThanOrEqual(200_000);
  });

  it('when counting 北碚区, it finds 17 镇街科协, 3 national and 22 municipal 科普基地, 10 示范社区 and the 院士科普工作室', async () => {
    expect(await total('/api/v1/organisations?region=500109&type=township_association')).toBe(17);
    expect(await total('/api/v1/venues?region=500109&level=national&type=education_base')).toBe(3);
    expect(await total('/api/v1/venues?region=500109&level=municipal&type=education_base')).toBe(22);
    const communities = await page<{ regionCode: string; subjectType: string }>(
      '/api/v1/designations?region=500109&kind=demo_community&level=national&pageSize=100',
    );
    expect(communities.total).toBe(10);
    expect(communities.items.every((item) => item.subjectType === 'region' && item.regionCode.length === 12)).toBe(true);
    const studio = await page<{ subjectType: string; organisationId: string }>(
      '/api/v1/designations?region=500109&kind=academician_studio&pageSize=100',
    );
    expect(studio.total).toBe(1);
    expect(studio.items[0]?.subjectType).toBe('organisation');
    expect((await t.inject({ url: `/api/v1/organisations/${studio.items[0]?.organisationId}` })).statusCode).toBe(200);
  });

  it('when 北碚区 is read from the statistics, its honours count by kind and level: 3 国家级科普教育基地 and 10 全国科普示范社区, and a 国家体育总局科普基地 is neither', async () => {
    type Honours = { designations: { byKindAndLevel: { kind: string; level: string; count: number; bySubject: Record<string, number> }[] } };
    const honours = async () => {
      const response = await t.inject({ url: '/api/v1/stats/overview?region=500109' });
      const counts = response.json<Honours>().designations.byKindAndLevel;
      return (kind: string, level: string) => counts.find((item) => item.kind === kind && item.level === level);
    };
    const before = await honours();
    expect(before('education_base', 'national')).toMatchObject({ count: 3, bySubject: { venue: 3 } });
    expect(before('demo_community', 'national')).toMatchObject({ count: 10, bySubject: { region: 10 } });

    // The article's 1家国家体育总局科普基地, entered as a district admin would: a national honour of another kind.
    const admin = await t.signIn('district_admin', '500109');
    const venue = await create(t, 'venues', { name: '北碚区全民健身科普基地', type: 'education_base', regionCode: '500109' }, admin);
    const honour = await create(
      t,
      'designations',
      {
        name: '国家体育总局科普基地',
        kind: 'other',
        level: 'national',
        grantedBy: '国家体育总局',
        subjectType: 'venue',
        venueId: venue.id,
        validFrom: '2023-01-01',
      },
      admin,
    );
    const after = await honours();
    expect(after('education_base', 'national')?.count).toBe(3);
    expect(after('other', 'national')?.count).toBe((before('other', 'national')?.count ?? 0) + 1);
    // Leave the demo as loaded for the tests that compare it with the dataset.
    for (const [entity, id] of [
      ['designations', honour.id],
      ['venues', venue.id],
    ]) {
      expect((await t.inject({ method: 'DELETE', url: `/api/v1/${entity}/${id}`, headers: { ...admin, 'if-match': '"1"' } })).statusCode).toBe(204);
    }
  });

  it('when counting 巴南区, it finds the award-winning quiz of 92,000 and 350 全国科普日 events reaching 1,500,000', async () => {
    const quizzes = await page<{ id: string; attendance: number; mode: string }>(
      '/api/v1/events?region=500113&category=online_quiz&from=2021-09-01&to=2021-09-30',
    );
    expect(quizzes.items).toEqual([expect.objectContaining({ attendance: 92_000, mode: 'online' })]);
    const award = await page<{ eventId: string; level: string; name: string }>('/api/v1/designations?region=500113&kind=excellent_event');
    expect(award.items).toEqual([expect.objectContaining({ eventId: quizzes.items[0]?.id, level: 'national', name: '全国科普日优秀活动' })]);
    expect(await total('/api/v1/events?region=500113&category=national_science_day&from=2022-09-01&to=2022-09-30')).toBe(350);
    expect(await total('/api/v1/events?region=500113&category=national_science_day')).toBe(350);
    expect(
      await scalar(sql`select sum(attendance) as value from events where region_code like '500113%' and category = 'national_science_day'
      and starts_at >= '2022-09-01T00:00:00+08:00' and starts_at < '2022-10-01T00:00:00+08:00'`),
    ).toBe(1_500_000);
  });

  it('when counting 永川区, it finds 23 镇街科协, 289 活动室, 24 e站, 51 LED屏 and 261 网络书屋', async () => {
    expect(await total('/api/v1/organisations?region=500118&type=township_association')).toBe(23);
    expect(await total('/api/v1/organisations?region=500118&type=e_station')).toBe(24);
    for (const [type, count] of [
      ['community_hall', 289],
      ['e_station', 24],
      ['led_screen', 51],
      ['online_library', 261],
    ] as const) {
      expect(await total(`/api/v1/venues?region=500118&type=${type}`), type).toBe(count);
    }
  });

  it('when counting 江北区, it finds 2,246 社区科普大学 lectures since 2012 reaching 200,000', async () => {
    expect(await total('/api/v1/events?region=500105&category=lecture')).toBe(2_246);
    expect(await scalar(sql`select sum(attendance) as value from events where region_code like '500105%' and category = 'lecture'`)).toBe(200_000);
    expect(
      await scalar(
        sql`select min(extract(year from starts_at at time zone 'Asia/Shanghai')) as value from events where region_code like '500105%' and category = 'lecture'`,
      ),
    ).toBe(2012);
  });

  it('when reading 渝中区 indicators, it finds 16.1%, 9 元 per resident and 26.6% coverage', async () => {
    expect(await indicator('500103', 'science_literacy_rate')).toBe(16.1);
    expect(await indicator('500103', 'per_capita_funding')).toBe(9);
    expect(await indicator('500103', 'community_coverage')).toBe(26.6);
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
