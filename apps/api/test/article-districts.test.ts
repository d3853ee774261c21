import type { StatsBreakdown, StatsOverview, StatsRatios } from '@kepu/domain';
import { readXlsx, xlsxChunks, type Cell } from '@kepu/sheets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from './app.js';

// Issue 13's proof: two districts of the article entered as their own staff would — 万州区 record by
// record through the HTTP API as its 区县科协 admin, 江北区's venues through the spreadsheet import and
// the rest through the API — with totals as activity summaries, what the article leaves out as unknown,
// qualifiers as written, types the city adds to the dictionary and figures the indicator catalogue
// holds. Every article figure is then read back from the stats, the 科普统计 form and the district
// profile, and printed beside the article's words. Names the model needs but the article does not
// give (a 镇街科协's name, the n-th 科普画廊) are labels, never figures.

const article = '《以打造国家西部科普中心为目标 重庆成功创建9个全国科普示范区》';
const cycle = { periodFrom: '2021-01-01', periodTo: '2025-12-31', note: '文章未给出年份，按2021—2025年度创建周期录入' };
const wanzhou = '500101';
const jiangbei = '500105';

interface Readback {
  district: string;
  article: string;
  where: string;
  want: unknown;
  got: unknown;
}
const table: Readback[] = [];

let t: TestApp;
let wanzhouAdmin: AuthHeaders;
let jiangbeiAdmin: AuthHeaders;

/** Records one figure: what the article says, where it was read back, what it should be and what came back. */
function figure(district: string, articleSays: string, where: string, got: unknown, want: unknown) {
  table.push({ district, article: articleSays, where, want, got });
  expect(got, `${district} ${articleSays} (${where})`).toEqual(want);
}

async function call<T>(headers: AuthHeaders, method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> {
  const response = await t.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}
const post = (headers: AuthHeaders, entity: string, body: unknown) => call<{ id: string }>(headers, 'POST', `/api/v1/${entity}`, body);
const stats = <T>(headers: AuthHeaders, path: string) => call<T>(headers, 'GET', `/api/v1/stats/${path}`);

/** A report's first sheet as rows of cells, read from the XLSX the API serves. */
async function reportRows(headers: AuthHeaders, report: 'statistics-form' | 'district-profile', region: string, year: number) {
  const response = await t.inject({ url: `/api/v1/reports/${report}?region=${region}&year=${year}&format=xlsx`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return readXlsx(response.rawPayload).rows.map((row) => row.cells);
}

/** A report cell as a figure: a number, or "1,234（另3条未填报）" / "未填报" read as the known sum and the unknowns. */
function reportFigure(rows: Cell[][], label: string): { value: number | null; unknown: number } {
  const textOf = (cell: Cell | undefined) => (typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '');
  const row = rows.find((cells) => textOf(cells[0]).trim() === label);
  if (!row) throw new Error(`no row ${label}: ${rows.map((cells) => textOf(cells[0])).join(' | ')}`);
  const cell = row[1];
  if (typeof cell === 'number') return { value: cell, unknown: 0 };
  const text = textOf(cell);
  const unknown = Number(/另(\d+)条未填报/.exec(text)?.[1] ?? (text === '未填报' ? 1 : 0));
  const known = /^[\d,]+/.exec(text)?.[0];
  return { value: known ? Number(known.replaceAll(',', '')) : null, unknown };
}

/** A figure summed over the yearly forms of a span: a summary's yearly shares add up to its whole (the spreading rule). */
async function formSum(headers: AuthHeaders, region: string, from: number, to: number, label: string) {
  let sum = 0;
  for (let year = from; year <= to; year += 1) sum += reportFigure(await reportRows(headers, 'statistics-form', region, year), label).value ?? 0;
  return sum;
}

/** The district's 2021—2025 全国科普示范区 title, as the article gives it. */
const demoDistrict = (headers: AuthHeaders, region: string) =>
  post(headers, 'designations', {
    name: '2021—2025年度全国科普示范区',
    kind: 'demo_district',
    level: 'national',
    grantedBy: '中国科协',
    subjectType: 'region',
    regionCode: region,
    validFrom: '2021-01-01',
    validTo: '2025-12-31',
  });

/** Records a figure the article gives for the region without a year or a level, with its qualifier. */
const catalogueIndicator =
  (headers: AuthHeaders, region: string) =>
  (kind: string, value: number, qualifier: string | null = null) =>
    post(headers, 'indicators', { regionCode: region, kind, value, valueQualifier: qualifier, year: null, source: article, level: null });

const byKey = <T extends { key: string }>(items: T[], key: string) => items.find((item) => item.key === key);

beforeAll(async () => {
  t = await buildTestApp();
  const { userId: _w, ...w } = await t.signIn('district_admin', wanzhou);
  const { userId: _j, ...j } = await t.signIn('district_admin', jiangbei);
  wanzhouAdmin = w;
  jiangbeiAdmin = j;
  // What the districts report that Kepu did not know: the 市科协 adds it to the dictionary, no deploy.
  const city = t.adminHeaders;
  const entries: [string, Record<string, unknown>][] = [
    ['venue_type', { code: 'community_classroom', labelZh: '社区科普大课堂', labelEn: 'Community science classroom', parentCode: 'community_hall' }],
    [
      'venue_type',
      { code: 'culture_cloud_terminal', labelZh: '“科普文化重庆云”终端', labelEn: 'Science culture cloud terminal', parentCode: 'e_station' },
    ],
    ['venue_type', { code: 'publicity_screen', labelZh: '科普宣传屏', labelEn: 'Science publicity screen', parentCode: 'led_screen' }],
    ['event_category', { code: 'youth_brand', labelZh: '青少年品牌科普活动', labelEn: 'Youth flagship activities' }],
    ['event_category', { code: 'volunteer_service', labelZh: '科技志愿服务', labelEn: 'Science volunteer service' }],
    ['event_category', { code: 'brand_campaign', labelZh: '品牌特色活动', labelEn: 'Flagship campaigns' }],
    ['event_category', { code: 'screen_broadcast', labelZh: '科普短片播放', labelEn: 'Science film screening' }],
  ];
  for (const [kind, body] of entries) await call(city, 'POST', `/api/v1/dictionary/${kind}`, body);
}, 60_000);

afterAll(async () => {
  console.table(
    table.map(({ district, article: says, where, want, got }) => ({
      district,
      article: says,
      where,
      want: JSON.stringify(want),
      got: JSON.stringify(got),
    })),
  );
  await t?.close();
});

describe(`万州区, entered through the API by its 区县科协 admin (${article})`, () => {
  beforeAll(async () => {
    const as = wanzhouAdmin;
    await post(as, 'organisations', { name: '万州区科协', type: 'district_association', regionCode: wanzhou });
    // "完成全区52个乡镇街道基层科协组织换届选举工作": one 镇街科协 on each of the 52 镇街.
    const townships = await call<{ items: { code: string; name: string }[] }>(as, 'GET', `/api/v1/regions/${wanzhou}/children`);
    for (const township of townships.items) {
      await post(as, 'organisations', { name: `${township.name}科协`, type: 'township_association', regionCode: township.code });
    }
    // "吸纳…2000余人组建科技(科普)志愿者队伍": one team whose size is 2000余; no other organisation's is given.
    await post(as, 'organisations', {
      name: '万州区科技(科普)志愿者队伍',
      type: 'volunteer_team',
      regionCode: wanzhou,
      volunteerCount: 2000,
      volunteerCountQualifier: 'more_than',
    });
    const venues: [string, string, number][] = [
      ['education_base', '科普教育基地', 35],
      ['campus_museum', '校园科技馆', 6],
      ['community_hall', '社区(村)科普馆', 3],
      ['gallery', '科普画廊', 100],
      ['community_classroom', '社区科普大课堂', 18],
    ];
    for (const [type, label, count] of venues) {
      for (let n = 1; n <= count; n += 1) await post(as, 'venues', { name: `万州区${label}${n}`, type, regionCode: wanzhou });
    }
    await post(as, 'venues', { name: '三峡科技馆', type: 'science_museum', regionCode: wanzhou, status: 'under_construction' });
    const indicator = catalogueIndicator(as, wanzhou);
    await indicator('kepu_china_app_users', 80_000, 'more_than');
    await indicator('reader_copies', 20_000);
    await indicator('information_reach', 900_000, 'nearly');
    await indicator('competition_awards', 673);
    await indicator('competition_awards_world', 18);
    await indicator('schools_reached', 30);
    const summary = (body: Record<string, unknown>) => post(as, 'summaries', { regionCode: wanzhou, source: article, ...cycle, ...body });
    await summary({
      title: '全国科技工作者日、全国科普日主题科普活动',
      category: 'national_science_day',
      participants: 200_000,
      participantsQualifier: 'over',
    });
    await summary({
      title: '科普大篷车进校园、院士专家科普进校园等',
      category: 'outreach_school',
      participants: 60_000,
      participantsQualifier: 'more_than',
    });
    await summary({ title: '青少年品牌科普活动', category: 'youth_brand', attendance: 100_000, attendanceQualifier: 'over' });
    await summary({ title: '“科普赋能”志愿服务走基层', category: 'volunteer_service', attendance: 10_000, attendanceQualifier: 'more_than' });
    await demoDistrict(as, wanzhou);
  }, 240_000);

  it('when its figures are read from the stats endpoints, each is the article’s, unknowns counted as unknown', async () => {
    const as = wanzhouAdmin;
    const now = await stats<StatsOverview>(as, `overview?region=${wanzhou}&year=2024`);
    const d = '万州区';
    figure(
      d,
      '52个乡镇街道基层科协',
      'overview organisations.byType[township_association]',
      byKey(now.organisations.byType, 'township_association')?.count,
      52,
    );
    const coverage = (await stats<StatsRatios>(as, `ratios?region=${wanzhou}&year=2024`)).coverage.find((item) => item.metric === 'townshipCoverage');
    figure(d, '52个乡镇街道基层科协（全覆盖）', 'ratios townshipCoverage', [coverage?.covered, coverage?.total, coverage?.value], [52, 52, 100]);
    figure(
      d,
      '科技志愿者队伍2000余人（其他组织未给出）',
      'overview registeredVolunteers / Unknown',
      [now.organisations.registeredVolunteers, now.organisations.registeredVolunteersUnknown],
      [2000, 53],
    );
    for (const [type, count, says] of [
      ['education_base', 35, '科普教育基地35个'],
      ['campus_museum', 6, '校园科技馆6个'],
      ['community_hall', 3, '社区(村)科普馆3个'],
      ['gallery', 100, '科普画廊100余处（登记100处）'],
    ] as const) {
      figure(d, says, `overview venues.byType[${type}]`, byKey(now.venues.byType, type)?.count, count);
    }
    figure(
      d,
      '三峡科技馆主体建设基本完工',
      'overview venues.byStatus[under_construction]',
      byKey(now.venues.byStatus, 'under_construction')?.count,
      1,
    );
    const types = await stats<StatsBreakdown>(as, `breakdown?region=${wanzhou}&by=venueType`);
    figure(d, '18个社区科普大课堂（新增类型）', 'breakdown venueType[community_classroom]', byKey(types.items, 'community_classroom'), {
      key: 'community_classroom',
      label: '社区科普大课堂',
      parentKey: 'community_hall',
      venues: 18,
    });
    const indicators = new Map(now.indicators.map((item) => [item.kind, [item.value, item.qualifier, item.year]]));
    figure(d, '“科普中国”App注册用户8万多人', 'overview indicators[kepu_china_app_users]', indicators.get('kepu_china_app_users'), [
      80_000,
      'more_than',
      null,
    ]);
    figure(d, '每年编印《万州科普》读本2万册', 'overview indicators[reader_copies]', indicators.get('reader_copies'), [20_000, null, null]);
    figure(d, '传播“科普中国”权威科普资讯近90万次', 'overview indicators[information_reach]', indicators.get('information_reach'), [
      900_000,
      'nearly',
      null,
    ]);
    figure(d, '科技竞赛活动奖项673项', 'overview indicators[competition_awards]', indicators.get('competition_awards'), [673, null, null]);
    figure(d, '其中世界级奖项18项', 'overview indicators[competition_awards_world]', indicators.get('competition_awards_world'), [18, null, null]);
    figure(d, '惠及30所中小学', 'overview indicators[schools_reached]', indicators.get('schools_reached'), [30, null, null]);
    figure(
      d,
      '2021—2025年度全国科普示范区',
      'overview designations.byKindAndLevel[demo_district,national]',
      now.designations.byKindAndLevel.find((item) => item.kind === 'demo_district' && item.level === 'national')?.bySubject.region,
      1,
    );

    const categories = await stats<StatsBreakdown>(as, `breakdown?region=${wanzhou}&by=eventCategory&from=2021-01-01&to=2025-12-31`);
    const category = (key: string) => byKey(categories.items, key);
    figure(
      d,
      '科技工作者日、科普日受众超20万人（场次、人次未给出）',
      'breakdown eventCategory[national_science_day] participants / events / attendance',
      [category('national_science_day')?.participants, category('national_science_day')?.events, category('national_science_day')?.attendance],
      [200_000, null, null],
    );
    figure(d, '进校园惠及6万余名师生', 'breakdown eventCategory[outreach_school] participants', category('outreach_school')?.participants, 60_000);
    figure(
      d,
      '参与各类青少年超10万人次（新增类别）',
      'breakdown eventCategory[youth_brand] attendance',
      category('youth_brand')?.attendance,
      100_000,
    );
    figure(
      d,
      '服务群众1万余人次（新增类别）',
      'breakdown eventCategory[volunteer_service] attendance',
      category('volunteer_service')?.attendance,
      10_000,
    );
  });

  it('when the 科普统计 form and the district profile are read, they say the same', async () => {
    const as = wanzhouAdmin;
    const d = '万州区';
    const form = await reportRows(as, 'statistics-form', wanzhou, 2024);
    figure(d, '52个乡镇街道基层科协', '科普统计表 其中：镇街科协', reportFigure(form, '其中：镇街科协'), { value: 52, unknown: 0 });
    figure(d, '科技志愿者队伍2000余人', '科普统计表 注册志愿者数', reportFigure(form, '注册志愿者数'), { value: 2000, unknown: 53 });
    figure(d, '科普教育基地35个', '科普统计表 其中：科普教育基地', reportFigure(form, '其中：科普教育基地'), { value: 35, unknown: 0 });
    figure(
      d,
      '社区(村)科普馆3个 + 社区科普大课堂18个',
      '科普统计表 其中：社区科普馆/活动室（含社区科普大课堂）',
      reportFigure(form, '其中：社区科普馆/活动室（含社区科普大课堂）'),
      { value: 21, unknown: 0 },
    );
    figure(d, '18个社区科普大课堂', '科普统计表 其中：社区科普大课堂', reportFigure(form, '其中：社区科普大课堂'), { value: 18, unknown: 0 });
    figure(
      d,
      '参与各类青少年超10万人次',
      '科普统计表 2021—2025年 青少年品牌科普活动 受众人次之和',
      await formSum(as, wanzhou, 2021, 2025, '青少年品牌科普活动 受众人次'),
      100_000,
    );
    figure(d, '受众超20万人 + 6万余名师生', '科普统计表 2021—2025年 受众人数之和', await formSum(as, wanzhou, 2021, 2025, '受众人数'), 260_000);

    const profile = await reportRows(as, 'district-profile', wanzhou, 2024);
    for (const [label, value, says] of [
      ['社区科普大课堂', 18, '18个社区科普大课堂'],
      ['科普画廊/宣传栏', 100, '科普画廊100余处'],
      ['“科普中国”App注册用户', 80_000, '“科普中国”App注册用户8万多人'],
      ['科普读本发行量', 20_000, '《万州科普》读本2万册'],
      ['科普资讯传播量', 900_000, '科普资讯近90万次'],
      ['科技竞赛获奖', 673, '奖项673项'],
      ['科技竞赛世界级奖项', 18, '世界级奖项18项'],
      ['惠及中小学', 30, '惠及30所中小学'],
      ['国家级全国科普示范区', 1, '全国科普示范区'],
    ] as const) {
      figure(d, says, `区县概况 ${label}`, reportFigure(profile, label).value, value);
    }
  });
});

describe('江北区, its venues through the spreadsheet import and the rest through the API', () => {
  beforeAll(async () => {
    const as = jiangbeiAdmin;
    // The venues sheet as the district keeps it: 重庆科技馆, 爱尔眼科's 科普基地, 132 终端 and 150 宣传屏.
    const rows: Cell[][] = [
      ['名称', '类型', '行政区划'],
      ['重庆科技馆', '科技馆', '重庆市江北区'],
      ['重庆爱尔眼科医院科普基地', '科普教育基地', '重庆市江北区'],
      ...Array.from({ length: 132 }, (_, n): Cell[] => [`江北区“科普文化重庆云”终端${n + 1}`, '“科普文化重庆云”终端', '重庆市江北区']),
      ...Array.from({ length: 150 }, (_, n): Cell[] => [`江北区科普宣传屏${n + 1}`, '科普宣传屏', '重庆市江北区']),
    ];
    const parts: Uint8Array[] = [];
    for await (const chunk of xlsxChunks([{ layout: { name: '科普阵地' }, rows }])) parts.push(chunk);
    const checked = await t.inject({
      method: 'POST',
      url: '/api/v1/imports?entity=venues&fileName=江北区科普阵地.xlsx',
      payload: Buffer.concat(parts),
      headers: { ...as, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(checked.statusCode, checked.body).toBe(201);
    const dryRun = checked.json<{ id: string; summary: { create: number; error: number } }>();
    expect(dryRun.summary, checked.body).toMatchObject({ create: 284, error: 0 });
    await call(as, 'POST', `/api/v1/imports/${dryRun.id}/commit`);

    const summary = (body: Record<string, unknown>) => post(as, 'summaries', { regionCode: jiangbei, source: article, ...body });
    await summary({
      title: '江北区社区科普大学授课',
      category: 'lecture',
      periodFrom: '2012-01-01',
      periodTo: '2022-12-31',
      note: '自2012年正式启动；文章未给出截止时间，按2022年底录入',
      eventCount: 2246,
      attendance: 200_000,
      attendanceQualifier: 'at_least',
    });
    await summary({
      title: '全国科普日、科技活动周等品牌特色活动',
      category: 'brand_campaign',
      ...cycle,
      eventCount: 100,
      eventCountQualifier: 'more_than',
    });
    await summary({ title: '科技志愿服务活动', category: 'volunteer_service', ...cycle, attendance: 100_000 });
    await summary({
      title: '观音桥商圈LED显示屏科普短片',
      category: 'screen_broadcast',
      ...cycle,
      attendance: 30_000,
      attendanceQualifier: 'at_least',
    });
    const indicator = catalogueIndicator(as, jiangbei);
    await indicator('resident_reach_rate', 80, 'at_least');
    await indicator('screen_daily_minutes', 30);
    await demoDistrict(as, jiangbei);
  }, 240_000);

  it('when its figures are read from the stats endpoints, the form and the profile, each is the article’s', async () => {
    const as = jiangbeiAdmin;
    const d = '江北区';
    const types = await stats<StatsBreakdown>(as, `breakdown?region=${jiangbei}&by=venueType`);
    figure(
      d,
      '“科普文化重庆云”终端132个（新增类型）',
      'breakdown venueType[culture_cloud_terminal]',
      [byKey(types.items, 'culture_cloud_terminal')?.venues, byKey(types.items, 'culture_cloud_terminal')?.parentKey],
      [132, 'e_station'],
    );
    figure(
      d,
      '科普宣传屏150个（新增类型）',
      'breakdown venueType[publicity_screen]',
      [byKey(types.items, 'publicity_screen')?.venues, byKey(types.items, 'publicity_screen')?.parentKey],
      [150, 'led_screen'],
    );
    figure(d, '以重庆科技馆为龙头', 'breakdown venueType[science_museum]', byKey(types.items, 'science_museum')?.venues, 1);
    figure(d, '重庆爱尔眼科医院等企业建立对外开放的科普基地', 'breakdown venueType[education_base]', byKey(types.items, 'education_base')?.venues, 1);

    const lectures = byKey(
      (await stats<StatsBreakdown>(as, `breakdown?region=${jiangbei}&by=eventCategory&from=2012-01-01&to=2022-12-31`)).items,
      'lecture',
    );
    figure(
      d,
      '社区科普大学授课2246次，受教育20万人次以上',
      'breakdown eventCategory[lecture] 2012—2022',
      [lectures?.events, lectures?.attendance],
      [2246, 200_000],
    );
    const cycleItems = (await stats<StatsBreakdown>(as, `breakdown?region=${jiangbei}&by=eventCategory&from=2021-01-01&to=2025-12-31`)).items;
    figure(
      d,
      '品牌特色活动100余场次（人次未给出）',
      'breakdown eventCategory[brand_campaign] events / attendance',
      [
        byKey(cycleItems, 'brand_campaign')?.events,
        byKey(cycleItems, 'brand_campaign')?.attendance,
        byKey(cycleItems, 'brand_campaign')?.attendanceUnknown,
      ],
      [100, null, 1],
    );
    figure(
      d,
      '科技志愿服务辐射居民10万人次（场次未给出）',
      'breakdown eventCategory[volunteer_service] attendance / events',
      [byKey(cycleItems, 'volunteer_service')?.attendance, byKey(cycleItems, 'volunteer_service')?.events],
      [100_000, null],
    );
    figure(
      d,
      '科普短片宣传覆盖3万人次以上',
      'breakdown eventCategory[screen_broadcast] attendance',
      byKey(cycleItems, 'screen_broadcast')?.attendance,
      30_000,
    );

    const now = await stats<StatsOverview>(as, `overview?region=${jiangbei}&year=2024`);
    const indicators = new Map(now.indicators.map((item) => [item.kind, [item.value, item.qualifier, item.unit]]));
    figure(d, '覆盖率达到全区常住人口的80%以上', 'overview indicators[resident_reach_rate]', indicators.get('resident_reach_rate'), [
      80,
      'at_least',
      '%',
    ]);
    figure(d, '每天滚动播放30分钟的科普短片', 'overview indicators[screen_daily_minutes]', indicators.get('screen_daily_minutes'), [
      30,
      null,
      '分钟/天',
    ]);

    figure(d, '社区科普大学授课2246次', '科普统计表 2012—2022年 讲座 场次之和', await formSum(as, jiangbei, 2012, 2022, '讲座 场次'), 2246);
    figure(d, '受教育20万人次以上', '科普统计表 2012—2022年 讲座 受众人次之和', await formSum(as, jiangbei, 2012, 2022, '讲座 受众人次'), 200_000);
    const form = await reportRows(as, 'statistics-form', jiangbei, 2024);
    figure(d, '“科普文化重庆云”终端132个', '科普统计表 其中：“科普文化重庆云”终端', reportFigure(form, '其中：“科普文化重庆云”终端').value, 132);
    figure(d, '科普宣传屏150个', '科普统计表 其中：LED科普屏（含科普宣传屏）', reportFigure(form, '其中：LED科普屏（含科普宣传屏）').value, 150);

    const profile = await reportRows(as, 'district-profile', jiangbei, 2024);
    figure(d, '覆盖常住人口的80%以上', '区县概况 活动覆盖常住人口比例', reportFigure(profile, '活动覆盖常住人口比例').value, 80);
    figure(d, '每天滚动播放30分钟', '区县概况 宣传屏每日科普播放时长', reportFigure(profile, '宣传屏每日科普播放时长').value, 30);
    figure(d, '“科普文化重庆云”终端132个', '区县概况 “科普文化重庆云”终端', reportFigure(profile, '“科普文化重庆云”终端').value, 132);
    figure(d, '2021—2025年度全国科普示范区', '区县概况 国家级全国科普示范区', reportFigure(profile, '国家级全国科普示范区').value, 1);
  });
});
