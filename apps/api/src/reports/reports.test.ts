import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rolePermissions, type Region, type Role, type StatsBreakdown, type StatsOverview, type StatsRanking, type StatsRatios } from '@kepu/domain';
import { readXlsx, xlsxChunks, type SheetRow } from '@kepu/sheets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';
import type { Principal } from '../kernel/principal.js';
import { loadDemoData } from '../demo/index.js';
import { formatTypes, type Download } from '../kernel/download.js';
import { findRegion } from '../kernel/regions.js';
import { AppError } from '../kernel/errors.js';
import { cellOf, districtProfile, type DistrictProfile } from './district-profile.js';
import { renderReport, type ReportParams } from './render.js';
import { figureCell, statisticsForm, sumOf, statisticsFormChunks, statisticsFormSheets } from './statistics-form.js';

let t: TestApp;
let directory: string;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.database.db);
  directory = await mkdtemp(join(tmpdir(), 'kepu-reports-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
  await t.close();
});

const principalOf = (role: Role, scopeRegionCode: string): Principal => ({
  kind: 'user',
  id: `${role}-${scopeRegionCode}`,
  label: `测试${role}`,
  role,
  permissions: new Set(rolePermissions[role]),
  scopeRegionCode,
  session: null,
});
const cityAdmin = principalOf('city_admin', '500000');

async function bytesOf(body: Download['body']): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<string | Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function stats<T>(path: string): Promise<T> {
  const response = await t.inject({ url: `/api/v1/stats/${path}` });
  expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
  return response.json<T>();
}

async function regionOf(code: string): Promise<Region> {
  const region = await findRegion(code);
  if (!region) throw new Error(`no region ${code}`);
  return region;
}

type FigureCell = string | number | boolean | null | undefined;

/** The form's figure rows as read from the file: section title → 指标 → 数值, with each row's 口径 and 来源. */
function figuresOf(rows: SheetRow[]) {
  const sections = new Map<string, Map<string, { value: FigureCell; definition: FigureCell; source: FigureCell }>>();
  let current: Map<string, { value: FigureCell; definition: FigureCell; source: FigureCell }> | undefined;
  for (const { cells } of rows) {
    const [first, value, , definition, source] = cells;
    if (typeof first === 'string' && /^[一二三四五]、/.test(first)) {
      current = new Map();
      sections.set(first, current);
    } else if (current && typeof first === 'string' && first !== '指标') {
      current.set(first, { value, definition, source });
    }
  }
  return sections;
}

const byKey = <T extends { key: string }>(items: T[]) => new Map(items.map((item) => [item.key, item]));

function profileRow(profile: DistrictProfile, key: string) {
  const row = profile.sections.flatMap((section) => section.rows).find((item) => item.key === key);
  if (!row) throw new Error(`no profile row ${key}`);
  return row;
}

/** -layout keeps table rows on one line; -raw keeps text in drawing order, each key-figure card's lines together. */
async function pdfText(pdf: Buffer, name: string, mode: '-layout' | '-raw' = '-layout'): Promise<string> {
  const file = join(directory, name);
  await writeFile(file, pdf);
  try {
    return execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pdftotext is not installed: apt-get install poppler-utils');
    throw error;
  }
}

async function rejection(report: 'statistics-form' | 'district-profile', principal: Principal, params: ReportParams): Promise<AppError> {
  const error: unknown = await renderReport(t.database.db, principal, report, params).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('the 科普统计 form', () => {
  it.each([
    ['500106', 2022],
    ['500000', 2024],
  ])(
    'when the form of %s for %i is read back from the XLSX, every figure equals the stats endpoints for that region and year',
    async (code, year) => {
      const file = await renderReport(t.database.db, cityAdmin, 'statistics-form', { region: code, year });
      expect(file.contentType).toBe(formatTypes.xlsx);
      expect(file.fileName).toBe(`${(await regionOf(code)).fullName}${year}年度科普统计表.xlsx`);
      const sheet = readXlsx(await bytesOf(file.body));
      expect(sheet.sheetName).toBe('科普统计表');
      const [title, scope, generated] = sheet.rows.map((row) => row.cells[0]);
      expect(title).toBe(`${(await regionOf(code)).fullName} ${year}年度 科普统计表`);
      expect(scope).toContain(`${year}-01-01 至 ${year}-12-31`);
      expect(scope).toContain('已完成');
      expect(generated).toMatch(/^生成时间：\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);

      const query = `region=${code}&year=${year}`;
      const [overview, categories, ratios] = await Promise.all([
        stats<StatsOverview>(`overview?${query}`),
        stats<StatsBreakdown>(`breakdown?${query}&by=eventCategory`),
        stats<StatsRatios>(`ratios?${query}`),
      ]);
      expect(overview.organisations.count).toBeGreaterThan(0);
      expect(overview.events.events).toBeGreaterThan(0);
      const form = figuresOf(sheet.rows);
      expect([...form.keys()]).toEqual(['一、科普人员', '二、科普场地', '三、科普经费', '四、科普传媒', '五、科普活动']);
      const value = (section: string, indicator: string) => form.get(section)?.get(indicator)?.value;

      const people = '一、科普人员';
      expect(value(people, '科普组织总数')).toBe(overview.organisations.count);
      for (const type of overview.organisations.byType) expect(value(people, `其中：${type.label}`), type.key).toBe(type.count);
      expect(value(people, '会员数')).toBe(overview.organisations.members);
      // A sum with unknowns is written as figureCell does ("4,700（另263条未填报）", "未填报"); a figure nothing lacks, as the number.
      const { registeredVolunteers, registeredVolunteersUnknown } = overview.organisations;
      expect(value(people, '注册志愿者数')).toBe(figureCell(registeredVolunteers, registeredVolunteersUnknown));
      if (registeredVolunteers !== null && registeredVolunteersUnknown > 0) expect(value(people, '注册志愿者数')).toMatch(/（另\d+条未填报）$/);
      const teams = byKey(overview.organisations.byType).get('volunteer_team');
      expect(value(people, '其中：科技志愿服务队注册志愿者')).toBe(
        figureCell(sumOf(teams?.registeredVolunteers), teams?.registeredVolunteersUnknown),
      );
      expect(value(people, '志愿服务人次')).toBe(figureCell(overview.events.eventVolunteers, overview.events.eventVolunteersUnknown));

      const places = '二、科普场地';
      expect(value(places, '开放科普阵地总数')).toBe(overview.venues.count);
      // A type staff added under an official one is its own row below it, and the official row includes it.
      for (const type of overview.venues.byType) {
        const children = overview.venues.byType.filter((child) => child.parentKey === type.key);
        const includes = children.length > 0 ? `（含${children.map((child) => child.label).join('、')}）` : '';
        const label = type.parentKey ? `\u3000\u3000其中：${type.label}` : `其中：${type.label}${includes}`;
        expect(value(places, label), type.key).toBe(children.reduce((sum, child) => sum + child.count, type.count));
      }
      for (const level of overview.venues.byDesignationLevel)
        expect(value(places, `${level.label}认定阵地（截至 ${overview.period.asOf}）`), level.key).toBe(level.count);

      const funding = '三、科普经费';
      for (const label of ['科普经费投入', '社会资金投入', '人均科普经费']) {
        const indicator = overview.indicators.find((item) => item.label === label);
        expect(value(funding, label), label).toBe(indicator?.value ?? '—');
        if (indicator) expect(form.get(funding)?.get(label)?.definition).toContain(`取 ${indicator.year} 年值`);
      }
      expect(value(funding, '人均科普经费（按常住人口测算）')).toBe(ratios.ratios.find((item) => item.metric === 'fundingPerCapita')?.value ?? '—');

      expect(value('四、科普传媒', '活动线上浏览量')).toBe(figureCell(overview.events.onlineViews, overview.events.onlineViewsUnknown));
      expect(form.get('四、科普传媒')?.get('活动线上浏览量')?.definition).toContain('线上、混合活动场次不在本表填报');

      const activities = '五、科普活动';
      expect(value(activities, '科普活动场次')).toBe(figureCell(overview.events.events, overview.events.eventsUnknown));
      expect(value(activities, '受众人次')).toBe(figureCell(overview.events.attendance, overview.events.attendanceUnknown));
      expect(value(activities, '受众人数')).toBe(figureCell(overview.events.participants, overview.events.participantsUnknown));
      for (const category of categories.items) {
        expect(value(activities, `${category.label} 场次`), category.key).toBe(figureCell(sumOf(category.events), category.eventsUnknown));
        expect(value(activities, `${category.label} 受众人次`), category.key).toBe(
          figureCell(sumOf(category.attendance), category.attendanceUnknown),
        );
      }
      expect(categories.items.reduce((sum, item) => sum + (item.events ?? 0), 0)).toBe(overview.events.events);
    },
  );

  it('when a row is traced, its 来源 names the console list with filters and the stats query that reproduce it', async () => {
    const sheet = readXlsx(await bytesOf((await renderReport(t.database.db, cityAdmin, 'statistics-form', { region: '500106', year: 2022 })).body));
    const form = figuresOf(sheet.rows);
    for (const [section, rows] of form) {
      for (const [indicator, row] of rows) {
        expect(row.definition, `${section} ${indicator}`).toEqual(expect.any(String));
        expect(row.source, `${section} ${indicator}`).toContain('region=500106');
      }
    }
    expect(form.get('五、科普活动')?.get('讲座 场次')?.source).toContain(
      '/events?region=500106&from=2022-01-01&to=2022-12-31&status=completed&category=lecture',
    );
    expect(form.get('一、科普人员')?.get('其中：学会/协会')?.source).toContain('/organisations?region=500106&type=society');
    expect(form.get('一、科普人员')?.get('科普组织总数')?.source).toContain('GET /api/v1/stats/overview?region=500106&year=2022');
  });

  it('when the city is rolled up, the 分区县 sheet has one row per 区县 from the breakdown and its 合计 row equals the city figures', async () => {
    const form = await statisticsForm(t.database.db, await regionOf('500000'), 2024);
    const sheets = statisticsFormSheets(form);
    expect(sheets.map((sheet) => sheet.layout.name)).toEqual(['科普统计表', '分区县']);
    // The zip names its entries in the clear: the workbook served carries the second sheet.
    expect((await bytesOf(statisticsFormChunks(form))).includes('xl/worksheets/sheet2.xml')).toBe(true);
    const [, districtSheet] = sheets;
    if (!districtSheet) throw new Error('no 分区县 sheet');
    // readXlsx reads a workbook's first sheet, so the 分区县 sheet is written on its own by the same writer.
    const { rows } = readXlsx(await bytesOf(xlsxChunks([districtSheet])));
    const headerAt = rows.findIndex((row) => row.cells[0] === '区划代码');
    const header = rows[headerAt]?.cells ?? [];
    expect(header).toEqual([
      '区划代码',
      '区县',
      '组织数',
      '会员数',
      '注册志愿者',
      '开放阵地数',
      '活动场次',
      '受众人次',
      '受众人数',
      '线上浏览量',
      '志愿服务人次',
    ]);
    const body = rows.slice(headerAt + 1).map((row) => row.cells);
    const named = (name: string) => body.find((cells) => cells[1] === name)?.slice(2);

    const [breakdown, city] = await Promise.all([
      stats<StatsBreakdown>('breakdown?region=500000&year=2024&by=region'),
      stats<StatsOverview>('overview?region=500000&year=2024'),
    ]);
    const figures = [
      'organisations',
      'members',
      'registeredVolunteers',
      'venues',
      'events',
      'attendance',
      'participants',
      'onlineViews',
      'eventVolunteers',
    ] as const;
    expect(body.slice(0, breakdown.items.length).map((cells) => cells.slice(0, 2))).toEqual(breakdown.items.map((item) => [item.key, item.label]));
    const unknownOf = (item: Partial<Record<`${(typeof figures)[number]}Unknown`, number>>, name: (typeof figures)[number]) =>
      item[`${name}Unknown`] ?? 0;
    for (const [index, item] of breakdown.items.entries()) {
      expect(body[index]?.slice(2), item.label).toEqual(figures.map((name) => figureCell(sumOf(item[name]), unknownOf(item, name))));
    }

    const cityFigures = {
      organisations: city.organisations.count,
      members: city.organisations.members,
      registeredVolunteers: city.organisations.registeredVolunteers,
      venues: city.venues.count,
      ...city.events,
    };
    const cityUnknown = { ...city.events, registeredVolunteersUnknown: city.organisations.registeredVolunteersUnknown };
    expect(named('合计')).toEqual(figures.map((name) => figureCell(cityFigures[name], unknownOf(cityUnknown, name))));
    // The districts and 市本级 add up to the 合计: the known sums and the unknown counts alike.
    const rowsOf = form.districts ?? [];
    const own = rowsOf.find((row) => row.name === '市本级');
    expect(own?.figures.organisations).toBeGreaterThanOrEqual(1);
    const parts = rowsOf.filter((row) => row.name !== '合计');
    for (const name of figures) {
      expect(
        parts.reduce((sum, row) => sum + (row.figures[name] ?? 0), 0),
        name,
      ).toBe(cityFigures[name] ?? 0);
      expect(
        parts.reduce((sum, row) => sum + row.unknown[name], 0),
        name,
      ).toBe(unknownOf(cityUnknown, name));
    }
  });
});

describe('the district profile', () => {
  it("when 沙坪坝区 2022 is profiled, it has the article's figures and the previous-year column is empty for counts of the present", async () => {
    const profile = await districtProfile(t.database.db, await regionOf('500106'), 2022);
    expect(profileRow(profile, 'organisations.township_association')).toMatchObject({ current: 22, previous: null });
    expect(profileRow(profile, 'organisations.village_station')).toMatchObject({ current: 202, previous: null });
    expect(profileRow(profile, 'organisations.society')).toMatchObject({ current: 34, previous: null });
    expect(profileRow(profile, 'organisations.volunteer_team')).toMatchObject({ current: 45, previous: null });
    // The article gives 4700余 for the 45 teams together, not per team: their counts are unknown.
    expect(profileRow(profile, 'registeredVolunteers.volunteer_team')).toMatchObject({ current: null, previous: null });
    // The article gives the 18.1% without a year: it is the current value, and not also the year before's.
    expect(profileRow(profile, 'indicators.science_literacy_rate')).toMatchObject({ current: 18.1, previous: null, unit: '%' });
    expect(profile.sections[0]?.note).toContain('故 2021 年列为“—”');

    const file = await renderReport(t.database.db, cityAdmin, 'district-profile', { region: '500106', year: 2022, format: 'pdf' });
    expect(file).toMatchObject({ fileName: '重庆市沙坪坝区2022年科普概况.pdf', contentType: 'application/pdf' });
    const text = await pdfText(await bytesOf(file.body), 'shapingba.pdf');
    expect(text).toContain('重庆市沙坪坝区 2022年 科普概况');
    expect(text).toMatch(/镇街科协\s+22\s+—\s+个/);
    expect(text).toMatch(/村社科普工作站\s+202\s+—\s+个/);
    expect(text).toMatch(/学会\/协会\s+34\s+—\s+个/);
    expect(text).toMatch(/科技志愿服务队\s+45\s+—\s+个/);
    expect(text).toMatch(/科技志愿服务队注册志愿者\s+未填报\s+—\s+人/);
    expect(text).toMatch(/公民具备科学素质比例\s+18\.1\s+—\s+%/);
  });

  it('when 巴南区 2022 is profiled as XLSX, 全国科普日 shows 350 events reaching 1,500,000, and 2023 shows them as the previous year', async () => {
    const file = await renderReport(t.database.db, cityAdmin, 'district-profile', { region: '500113', year: 2022, format: 'xlsx' });
    expect(file).toMatchObject({ fileName: '重庆市巴南区2022年科普概况.xlsx', contentType: formatTypes.xlsx });
    const { rows } = readXlsx(await bytesOf(file.body));
    const cells = (label: string) => rows.find((row) => row.cells[0] === label)?.cells;
    expect(cells('指标')).toEqual(['指标', '2022年', '2021年', '单位', '说明']);
    expect(cells('全国科普日 场次')?.slice(1, 4)).toEqual([350, 0, '场']);
    expect(cells('全国科普日 受众人次')?.slice(1, 4)).toEqual([1_500_000, 0, '人次']);
    expect(cells('镇街科协')?.[2]).toBe('—');

    const next = await districtProfile(t.database.db, await regionOf('500113'), 2023);
    expect(profileRow(next, 'events.national_science_day')).toMatchObject({ previous: 350 });
    expect(profileRow(next, 'attendance.national_science_day')).toMatchObject({ previous: 1_500_000 });
  });
  it("when a district's events are created through the API, page 1 gives its key figures against last year, the city average and its rank", async () => {
    // 长寿区 has no records in the demo data: every figure of its profile is one this test made.
    const organiser = await create(t, 'organisations', organisationInput({ name: '长寿区科普作家协会', regionCode: '500115' }));
    const held = (day: string, attendance: number) =>
      create(
        t,
        'events',
        eventInput(organiser.id, {
          title: '长寿区科普讲座',
          category: 'lecture',
          regionCode: '500115',
          startsAt: `${day}T09:00:00+08:00`,
          endsAt: `${day}T11:00:00+08:00`,
          attendance,
        }),
      );
    await held('2024-03-10', 5_000);
    await held('2024-09-15', 7_000);
    await held('2023-09-16', 4_000);

    const ranking = await stats<StatsRanking>('ranking?region=500000&year=2024&metric=attendance');
    const own = ranking.items.find((item) => item.region.code === '500115');
    const values = ranking.items.flatMap((item) => (item.value === null ? [] : [item.value]));
    const average = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(own).toMatchObject({ value: 12_000, previousValue: 4_000 });

    const profile = await districtProfile(t.database.db, await regionOf('500115'), 2024);
    expect(profile.keyFigures.map((figure) => figure.label)).toEqual([
      '活动场次',
      '受众人次',
      '阵地数',
      '镇街科协覆盖率',
      '注册志愿者',
      '人均科普经费（测算）',
    ]);
    expect(profile.keyFigures[1]).toMatchObject({
      value: 12_000,
      previous: 4_000,
      change: 8_000,
      changeRate: 200,
      rank: own?.rank,
      rankedOf: values.length,
    });
    expect(profile.keyFigures[1]?.cityAverage).toBeCloseTo(average, 6);
    expect(profile.keyFigures[0]).toMatchObject({ value: 2, previous: 1, change: 1 });
    expect(profile.monthly.find((item) => item.month === '2024-09')).toMatchObject({
      events: 1,
      attendance: 7_000,
      previousYear: { attendance: 4_000 },
    });

    const file = await renderReport(t.database.db, cityAdmin, 'district-profile', { region: '500115', year: 2024, format: 'pdf' });
    const pdf = await bytesOf(file.body);
    const [first = '', ...rest] = (await pdfText(pdf, 'changshou.pdf', '-raw')).split('\f');
    const format = (value: number) => value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
    expect(first).toContain('关键指标（2024年）');
    expect(first).toMatch(/受众人次\s+12,000 人次\s+2023年 4,000，\+8,000（\+200\.0%）/);
    expect(first).toContain(`全市区县平均 ${format(average)}`);
    expect(first).toContain(`全市区县排名 第 ${own?.rank} / ${values.length}`);
    expect(first).toMatch(/活动场次\s+2 场\s+2023年 1，\+1（\+100\.0%）/);
    expect(first).toContain(`全市区县平均为全市 ${ranking.items.length} 个区县各自数值的算术平均`);

    // The monthly chart is drawn from SVG as paths and text: its title, legend and month labels read back.
    const text = [first, ...rest].join('\f');
    expect(text).toContain('月度活动场次与受众人次（2024年与2023年）');
    for (const label of ['1月', '9月', '12月', '2024年 人次', '2023年 场次']) expect(text).toContain(label);
    expect(text).toContain('全市区县受众人次排名');

    // Rows of zeros are folded into one line per table, naming each; a figure with a value keeps its row.
    const layout = await pdfText(pdf, 'changshou-layout.pdf');
    expect(layout).toMatch(/学会\/协会\s+1\s+—\s+个/);
    const organisations = profile.sections[0]?.rows ?? [];
    const zeros = organisations.filter((row) => [cellOf(row, 'current'), cellOf(row, 'previous')].every((cell) => cell === 0 || cell === '—'));
    expect(zeros.length).toBeGreaterThan(3);
    const squeezed = text.replace(/\s+/g, '');
    expect(squeezed).toContain(`以下${zeros.length}项为0或无数据，未列出：${zeros.map((row) => row.label.replace(/\s+/g, '')).join('、')}。`);
    for (const row of zeros) expect(layout).not.toMatch(new RegExp(`^\\s*${row.label}\\s+0\\s`, 'm'));
  });

  it('when a profile is downloaded as XLSX, its key figures come first, with the year before, the city average and the rank', async () => {
    const file = await renderReport(t.database.db, cityAdmin, 'district-profile', { region: '500106', year: 2022, format: 'xlsx' });
    const { rows } = readXlsx(await bytesOf(file.body));
    const headerAt = rows.findIndex((row) => row.cells[0] === '关键指标');
    expect(headerAt).toBeGreaterThan(0);
    expect(headerAt).toBeLessThan(rows.findIndex((row) => row.cells[0] === '指标'));
    expect(rows[headerAt]?.cells).toEqual(['关键指标', '2022年', '2021年', '单位', '说明', '增减', '增减%', '全市区县平均', '全市区县排名']);
    const ranking = await stats<StatsRanking>('ranking?region=500000&year=2022&metric=events');
    const own = ranking.items.find((item) => item.region.code === '500106');
    const events = rows[headerAt + 1]?.cells;
    expect(events?.slice(0, 4)).toEqual(['活动场次', own?.value, own?.previousValue ?? '—', '场']);
    expect(events?.[8]).toBe(`${own?.rank}/${ranking.items.filter((item) => item.value !== null).length}`);
  });
});

describe('report access', () => {
  const shapingbaAdmin = principalOf('district_admin', '500106');

  it.each(['statistics-form', 'district-profile'] as const)(
    "when a 沙坪坝区 admin asks for 渝北区's %s, it is refused with 403 naming query.region",
    async (report) => {
      const error = await rejection(report, shapingbaAdmin, { region: '500112', year: 2022 });
      expect(error.status).toBe(403);
      expect(error.details.errors?.[0]?.field).toBe('query.region');
    },
  );

  it.each(['statistics-form', 'district-profile'] as const)('when the %s is asked for a 镇街, it answers 422 naming query.region', async (report) => {
    const error = await rejection(report, shapingbaAdmin, { region: '500106001', year: 2022 });
    expect(error.status).toBe(422);
    expect(error.details.errors?.[0]?.field).toBe('query.region');
  });

  it('when a district admin names no region, the report is of their own district', async () => {
    const file = await renderReport(t.database.db, shapingbaAdmin, 'district-profile', { year: 2022, format: 'xlsx' });
    expect(file.fileName).toBe('重庆市沙坪坝区2022年科普概况.xlsx');
  });

  it('when the city is asked for a profile, it answers 422: a profile is of a 区县', async () => {
    const error = await rejection('district-profile', cityAdmin, { region: '500000' });
    expect(error.status).toBe(422);
  });

  it('when the principal lacks stats:read, it is refused with 403', async () => {
    const error = await rejection('statistics-form', { ...cityAdmin, permissions: new Set(['events:read'] as const) }, { region: '500106' });
    expect(error.status).toBe(403);
  });
});

describe('the report routes', () => {
  // Fails with 404 until registerReportRoutes(app) is added to app.ts.
  it('when the 科普统计 form is downloaded, it answers 200 with an XLSX named in Chinese', async () => {
    const response = await t.inject({ url: '/api/v1/reports/statistics-form?region=500106&year=2022' });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe(formatTypes.xlsx);
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('重庆市沙坪坝区2022年度科普统计表.xlsx')}`);
  });

  it('when the 科普统计 form is asked for with format=xlsx, it answers the XLSX; a format it is not made in is 400 naming query.format', async () => {
    const xlsx = await t.inject({ url: '/api/v1/reports/statistics-form?region=500106&year=2022&format=xlsx' });
    expect(xlsx.statusCode, xlsx.body.slice(0, 300)).toBe(200);
    expect(xlsx.headers['content-type']).toBe(formatTypes.xlsx);
    for (const format of ['pdf', 'docx']) {
      const refused = await t.inject({ url: `/api/v1/reports/statistics-form?region=500106&year=2022&format=${format}` });
      expect(refused.statusCode, format).toBe(400);
      expect(refused.json()).toMatchObject({ errors: [{ field: 'query.format' }] });
    }
  });

  it('when the OpenAPI document is read, each report offers the formats it is produced in and their media types', async () => {
    type Operation = { parameters: { name: string; schema: { enum?: string[] } }[]; responses: { 200: { content: Record<string, unknown> } } };
    const { paths } = (await t.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, { get: Operation }> }>();
    const offered = (path: string) => {
      const { parameters, responses } = paths[`/api/v1/reports/${path}`]?.get as Operation;
      return { formats: parameters.find((parameter) => parameter.name === 'format')?.schema.enum, types: Object.keys(responses[200].content) };
    };
    expect(offered('statistics-form')).toEqual({ formats: ['xlsx'], types: [formatTypes.xlsx] });
    expect(offered('district-profile')).toEqual({ formats: ['pdf', 'xlsx'], types: ['application/pdf', formatTypes.xlsx] });
  });
});
