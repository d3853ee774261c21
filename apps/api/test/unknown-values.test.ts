import type { Designation, Event, Indicator, Organisation, StatsOverview, StatsRanking, StatsRatios } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statisticsForm } from '../src/reports/statistics-form.js';
import { districtProfile } from '../src/reports/district-profile.js';
import { findRegion } from '../src/kernel/regions.js';
import { buildTestApp, type TestApp } from './app.js';
import { create, eventInput } from './fixtures.js';

// Unknown is not zero: a figure the source does not give is stored as null, read back as null, counted
// in the stats as unknown (XUnknown), written "未填报" in the reports, and survives export and import.
// 南川区 (500119) holds nothing else in this database, so every figure read back is these records'.

let t: TestApp;
const district = '500119';
const township = '500119001';
let organiser: Organisation;

beforeAll(async () => {
  t = await buildTestApp();
  organiser = await create<Organisation>(t, 'organisations', { name: '南川区科协', type: 'district_association', regionCode: district });
});
afterAll(() => t.close());

const json = async <T>(url: string) => {
  const response = await t.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};
const post = (entity: string, payload: object) => t.inject({ method: 'POST', url: `/api/v1/${entity}`, payload });
async function regionOf(code: string) {
  const region = await findRegion(code);
  if (!region) throw new Error(`no region ${code}`);
  return region;
}
const fieldsOf = (body: string) => (JSON.parse(body) as { errors: { field: string }[] }).errors.map((error) => error.field);

describe('events with an unknown 受众人次', () => {
  it('when an event gives no 人次, it is stored and read back as null with its qualifiers; a qualifier without its figure is refused', async () => {
    const event = await create<Event>(
      t,
      'events',
      eventInput(organiser.id, {
        title: '南川区科普讲座（人次未报）',
        regionCode: district,
        attendance: null,
        participants: 40,
        participantsQualifier: 'about',
        startsAt: '2024-05-10T09:00:00+08:00',
        endsAt: '2024-05-10T11:00:00+08:00',
      }),
    );
    expect(event).toMatchObject({ attendance: null, attendanceQualifier: null, participants: 40, participantsQualifier: 'about' });
    const read = await json<Event>(`/api/v1/events/${event.id}`);
    expect(read.attendance).toBeNull();

    const qualifierAlone = await post(
      'events',
      eventInput(organiser.id, { regionCode: district, attendance: null, attendanceQualifier: 'more_than' }),
    );
    expect(qualifierAlone.statusCode).toBe(400);
    expect(fieldsOf(qualifierAlone.body)).toEqual(['body.attendanceQualifier']);
    // 人数 ≤ 人次 applies only when both are known.
    const tooMany = await post('events', eventInput(organiser.id, { regionCode: district, attendance: 10, participants: 11 }));
    expect(fieldsOf(tooMany.body)).toEqual(['body.participants']);
  });

  it('when the stats count the district, the unknown 人次 is counted apart, never as 0, in the overview, ranking, ratios and the form', async () => {
    await create(
      t,
      'events',
      eventInput(organiser.id, {
        title: '南川区科普展览',
        category: 'exhibition',
        regionCode: township,
        attendance: 1234,
        attendanceQualifier: 'more_than',
        startsAt: '2024-06-01T09:00:00+08:00',
        endsAt: '2024-06-01T11:00:00+08:00',
      }),
    );
    const overview = await json<StatsOverview>(`/api/v1/stats/overview?region=${district}&year=2024`);
    expect(overview.events).toMatchObject({
      events: 2,
      eventsUnknown: 0,
      attendance: 1234,
      attendanceUnknown: 1,
      participants: 840,
      participantsUnknown: 0,
    });
    expect(overview.meta.definitions.unknown).toContain('attendanceUnknown');

    const ranking = await json<StatsRanking>(`/api/v1/stats/ranking?region=500000&year=2024&metric=attendance`);
    expect(ranking.items.find((item) => item.region.code === district)).toMatchObject({ value: 1234, valueUnknown: 1 });
    const breakdown = await json<{ items: { key: string; attendance: number | null; attendanceUnknown: number }[] }>(
      `/api/v1/stats/breakdown?region=${district}&year=2024&by=eventCategory`,
    );
    expect(breakdown.items.find((item) => item.key === 'national_science_day')).toMatchObject({ attendance: null, attendanceUnknown: 1 });
    expect(breakdown.items.find((item) => item.key === 'exhibition')).toMatchObject({ attendance: 1234, attendanceUnknown: 0 });

    await create(t, 'indicators', { regionCode: district, kind: 'resident_population', year: 2024, value: 100_000 });
    const ratios = await json<StatsRatios>(`/api/v1/stats/ratios?region=${district}&year=2024`);
    expect(ratios.ratios.find((item) => item.metric === 'attendancePer10k')).toMatchObject({ numerator: 1234, numeratorUnknown: 1 });

    const form = await statisticsForm(t.database.db, await regionOf(district), 2024);
    const rows = Object.fromEntries(form.sections.flatMap((section) => section.rows).map((row) => [row.key, row]));
    expect(rows.attendance).toMatchObject({ value: '1,234（另1条未填报）', unknown: 1 });
    expect(rows['attendance.national_science_day']).toMatchObject({ value: '未填报', unknown: 1 });
    expect(rows['attendance.exhibition']).toMatchObject({ value: 1234, unknown: 0 });
    expect(rows.events?.value).toBe(2);

    const profile = await districtProfile(t.database.db, await regionOf(district), 2024);
    const profileRows = Object.fromEntries(profile.sections.flatMap((section) => section.rows).map((row) => [row.key, row]));
    expect(profileRows.attendance).toMatchObject({ current: 1234, currentUnknown: 1 });
  });
});

describe('organisations with an unknown volunteer count', () => {
  it('when an organisation gives no 注册志愿者数, it is null and the sums say so; with one, its qualifier is kept', async () => {
    // The district association above gave none; so nothing is known yet.
    let overview = await json<StatsOverview>(`/api/v1/stats/overview?region=${district}&year=2024`);
    expect(overview.organisations).toMatchObject({ registeredVolunteers: null, registeredVolunteersUnknown: 1 });
    expect(organiser.volunteerCount).toBeNull();

    const team = await create<Organisation>(t, 'organisations', {
      name: '南川区科技志愿服务队',
      type: 'volunteer_team',
      regionCode: district,
      volunteerCount: 4700,
      volunteerCountQualifier: 'more_than',
    });
    expect(team).toMatchObject({ volunteerCount: 4700, volunteerCountQualifier: 'more_than' });
    overview = await json<StatsOverview>(`/api/v1/stats/overview?region=${district}&year=2024`);
    expect(overview.organisations).toMatchObject({ registeredVolunteers: 4700, registeredVolunteersUnknown: 1 });
    const form = await statisticsForm(t.database.db, await regionOf(district), 2024);
    const rows = Object.fromEntries(form.sections.flatMap((section) => section.rows).map((row) => [row.key, row]));
    expect(rows.registeredVolunteers?.value).toBe('4,700（另1条未填报）');
    expect(rows['registeredVolunteers.volunteer_team']?.value).toBe(4700);
  });
});

describe('honours with an unknown level or start', () => {
  const honour = { name: '南川区科普示范社区', kind: 'demo_community', grantedBy: '市科协', subjectType: 'region', regionCode: township };

  it('when an honour gives no level, it counts as 未注明级别, not as national; with no start, it is valid until it ends', async () => {
    const undated = await create<Designation>(t, 'designations', { ...honour, level: null, validFrom: null, validTo: '2025-12-31' });
    expect(undated).toMatchObject({ level: null, validFrom: null });
    await create(t, 'designations', { ...honour, name: '全国科普示范社区', level: 'national', validFrom: '2024-01-01' });

    const overview = await json<StatsOverview>(`/api/v1/stats/overview?region=${district}&year=2024`);
    const communities = overview.designations.byKindAndLevel.filter((item) => item.kind === 'demo_community');
    expect(communities.map((item) => [item.level, item.levelLabel, item.count])).toEqual([
      ['national', '国家级', 1],
      ['municipal', '市级', 0],
      ['district', '区级', 0],
      ['unspecified', '未注明级别', 1],
    ]);
    // A kind nobody holds without a level has no 未注明级别 row.
    expect(overview.designations.byKindAndLevel.filter((item) => item.kind === 'education_base').map((item) => item.level)).not.toContain(
      'unspecified',
    );
    const expired = await json<StatsOverview>(`/api/v1/stats/overview?region=${district}&year=2026&asOf=2026-06-30`);
    expect(expired.designations.byKindAndLevel.find((item) => item.kind === 'demo_community' && item.level === 'unspecified')).toBeUndefined();

    const listed = await json<{ items: Designation[] }>(`/api/v1/designations?region=${district}&level=unspecified&validOn=2024-06-30`);
    expect(listed.items.map((item) => item.id)).toEqual([undated.id]);
    const early = await json<{ items: Designation[] }>(`/api/v1/designations?region=${district}&validOn=1990-01-01`);
    expect(early.items.map((item) => item.id)).toEqual([undated.id]);

    const form = await statisticsForm(t.database.db, await regionOf(district), 2024);
    const labels = form.sections.flatMap((section) => section.rows).map((row) => row.indicator);
    expect(labels.some((label) => label.startsWith('认定荣誉：未注明级别科普示范社区'))).toBe(true);
  });
});

describe('indicators without a year, source or level, and over a span', () => {
  it('when an indicator gives a span, the year filter finds it in every year it covers; yearTo needs year and cannot precede it', async () => {
    const span = await create<Indicator>(t, 'indicators', {
      regionCode: township,
      kind: 'funding_total',
      year: 2012,
      yearTo: 2025,
      value: 9,
      valueQualifier: 'nearly',
    });
    expect(span).toMatchObject({ year: 2012, yearTo: 2025, source: null, level: null, valueQualifier: 'nearly' });
    for (const year of [2012, 2020, 2025]) {
      const found = await json<{ items: Indicator[] }>(`/api/v1/indicators?region=${township}&year=${year}`);
      expect(
        found.items.map((item) => item.id),
        String(year),
      ).toEqual([span.id]);
    }
    expect((await json<{ items: Indicator[] }>(`/api/v1/indicators?region=${township}&year=2026`)).items).toEqual([]);

    const noStart = await post('indicators', { regionCode: township, kind: 'funding_total', yearTo: 2025, value: 1 });
    expect(fieldsOf(noStart.body)).toEqual(['body.year']);
    const backwards = await post('indicators', { regionCode: township, kind: 'funding_total', year: 2025, yearTo: 2020, value: 1 });
    expect(fieldsOf(backwards.body)).toEqual(['body.yearTo']);
  });

  it('when an indicator gives no year, it is used only when the region has no dated one, and the overview says its year is unknown', async () => {
    await create(t, 'indicators', { regionCode: township, kind: 'science_literacy_rate', value: 16.1, valueQualifier: null });
    const overview = await json<StatsOverview>(`/api/v1/stats/overview?region=${township}&year=2024`);
    expect(overview.indicators.find((item) => item.kind === 'science_literacy_rate')).toMatchObject({ value: 16.1, year: null, source: null });
    await create(t, 'indicators', { regionCode: township, kind: 'science_literacy_rate', year: 2022, value: 18.1, source: '2022年调查' });
    const dated = await json<StatsOverview>(`/api/v1/stats/overview?region=${township}&year=2024`);
    expect(dated.indicators.find((item) => item.kind === 'science_literacy_rate')).toMatchObject({ value: 18.1, year: 2022 });
  });
});

describe('unknowns through export and import', () => {
  const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

  it('when events are exported, an unknown 人次 is an empty cell and a qualifier its word; imported back, they stay unknown and qualified', async () => {
    const exported = await t.inject({ url: `/api/v1/events/export?format=csv&region=${district}&q=${encodeURIComponent('南川区科普')}` });
    expect(exported.statusCode, exported.body).toBe(200);
    const [header = '', ...rows] = exported.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const names = header.split(',');
    const cells = rows.map((row) => Object.fromEntries(row.split(',').map((cell, index) => [names[index] ?? '', cell])) as Record<string, string>);
    expect(names).toEqual(expect.arrayContaining(['受众人次', '人次限定', '受众人数', '人数限定']));
    expect(cells.find((row) => row.活动名称 === '南川区科普讲座（人次未报）')).toMatchObject({
      受众人次: '',
      人次限定: '',
      受众人数: '40',
      人数限定: '约',
    });
    expect(cells.find((row) => row.活动名称 === '南川区科普展览')).toMatchObject({ 受众人次: '1234', 人次限定: '余' });

    const file = csv([
      '活动名称,活动类型,行政区划,主办组织,开始时间,结束时间,活动形式,受众人次,人次限定',
      '南川区导入活动（人次未报）,讲座,500119,南川区科协,2024-07-01 09:00,2024-07-01 10:00,线下,,',
      '南川区导入活动（约300人次）,讲座,500119,南川区科协,2024-07-02 09:00,2024-07-02 10:00,线下,300,约',
    ]);
    const checked = await t.inject({
      method: 'POST',
      url: '/api/v1/imports?entity=events&fileName=test',
      payload: file,
      headers: { 'content-type': 'text/csv' },
    });
    expect(checked.statusCode, checked.body).toBe(201);
    const result = checked.json<{ id: string; summary: { create: number; error: number } }>();
    expect(result.summary).toMatchObject({ create: 2, error: 0 });
    expect((await t.inject({ method: 'POST', url: `/api/v1/imports/${result.id}/commit` })).statusCode).toBe(200);
    const imported = await json<{ items: Event[] }>(`/api/v1/events?region=${district}&q=${encodeURIComponent('南川区导入活动')}`);
    expect(imported.items.map((item) => [item.title, item.attendance, item.attendanceQualifier]).sort()).toEqual([
      ['南川区导入活动（人次未报）', null, null],
      ['南川区导入活动（约300人次）', 300, 'about'],
    ]);
  });
});
