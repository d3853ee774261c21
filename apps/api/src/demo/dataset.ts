import type { HonourLevel } from '@kepu/domain';
import { DemoBuilder, type IndicatorInput } from './dataset-builder.js';
import { articleSource, demoSource, districts } from './dataset-districts.js';
import { addEvents } from './dataset-events.js';
import { RegionIndex, type RegionRef, type SummaryRow } from './dataset-kit.js';
import {
  addAssociations,
  addBananOrganisations,
  addBeibeiOrganisations,
  addShapingbaOrganisations,
  addWanzhouOrganisations,
} from './dataset-organisations.js';
import { addVenues, spreadPick } from './dataset-venues.js';

export type { DesignationRow, EventRow, IndicatorRow, OrganisationRow, VenueRow } from './dataset-kit.js';

export interface DemoDataset {
  dictionary: DemoBuilder['dictionary'];
  organisations: DemoBuilder['organisations'];
  venues: DemoBuilder['venues'];
  events: DemoBuilder['events'];
  designations: DemoBuilder['designations'];
  indicators: DemoBuilder['indicators'];
  summaries: DemoBuilder['summaries'];
}

/** Honours held by regions: the nine 示范区 themselves and the 科普示范社区 inside them. */
function addRegionDesignations(b: DemoBuilder) {
  for (const district of districts) {
    b.designation(`demo_district/${district.code}`, {
      name: '2021—2025年度全国科普示范区',
      kind: 'demo_district',
      level: 'national',
      grantedBy: '中国科协',
      subject: { region: district.code },
      validFrom: '2021-01-01',
      validTo: '2025-12-31',
    });
  }
  // The article gives how many 社区 hold each level, not which ones or since when: the places are
  // spread over the district's 社区 (the count is what the article reports) and validFrom is unknown.
  const communities = (code: string, counts: Partial<Record<HonourLevel, number>>, grantors: Record<HonourLevel, [string, string]>) => {
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const places: RegionRef[] = spreadPick(b.regions.communities(code), total);
    let next = 0;
    for (const level of ['national', 'municipal', 'district'] as const) {
      const [name, grantedBy] = grantors[level];
      for (let n = 0; n < (counts[level] ?? 0); n += 1, next += 1) {
        const place = places[next];
        if (!place) throw new Error(`${code} has too few 社区`);
        b.designation(`demo_community/${place.code}`, {
          name,
          kind: 'demo_community',
          level,
          grantedBy,
          subject: { region: place.code },
          validFrom: null,
        });
      }
    }
  };
  const grantors = (district: string): Record<HonourLevel, [string, string]> => ({
    national: ['全国科普示范社区', '中国科协'],
    municipal: ['重庆市科普示范社区', '重庆市科协'],
    district: [`${district}科普示范社区`, `${district}科协`],
  });
  communities('500109', { national: 10 }, grantors('北碚区'));
  communities('500112', { national: 8, municipal: 16, district: 11 }, grantors('渝北区'));

  // 渝中区: 21 社区 in the 基层科普行动计划, the numerator of its 26.6% 社区覆盖率; the article names no level.
  for (const place of spreadPick(b.regions.communities('500103'), 21)) {
    b.designation(`plan/${place.code}`, {
      name: '基层科普行动计划科普示范社区项目',
      kind: 'other',
      level: null,
      grantedBy: '基层科普行动计划',
      subject: { region: place.code },
      validFrom: null,
    });
  }
}

/**
 * Types the districts report that the seeded dictionary does not hold, added as a city admin would
 * add them (POST /api/v1/dictionary/…): each rolls up into the official type it belongs under.
 */
function addDictionaryEntries(b: DemoBuilder) {
  b.dictionaryEntry({
    kind: 'venue_type',
    code: 'community_learning_point',
    labelZh: '社区科普学教点',
    labelEn: 'Community science learning point',
    parentCode: 'community_hall',
    definition: '社区内定期开展科普学习的固定场所（渝北区）',
  });
  b.dictionaryEntry({
    kind: 'venue_type',
    code: 'community_classroom',
    labelZh: '社区科普大课堂',
    labelEn: 'Community science classroom',
    parentCode: 'community_hall',
    definition: '社区开辟的科普授课场所（万州区）',
  });
  // A screen terminal that plays the city's cloud content: a display like the LED科普屏, not a staffed
  // 科普e站 (which is also an organisation type and would blur that figure).
  b.dictionaryEntry({
    kind: 'venue_type',
    code: 'culture_cloud_terminal',
    labelZh: '“科普文化重庆云”终端',
    labelEn: 'Science Culture Chongqing Cloud terminal',
    parentCode: 'led_screen',
    definition: '播放“科普文化重庆云”内容的社区终端（江北区）',
  });
  b.dictionaryEntry({
    kind: 'event_category',
    code: 'youth_programme',
    labelZh: '青少年科普品牌活动',
    labelEn: 'Youth science programme',
    parentCode: null,
    definition: '面向青少年的品牌科普活动（万州区）',
  });
}

function addIndicators(b: DemoBuilder) {
  // The article gives no year for these and none can be inferred ("近年来", "最新调查显示"): year unknown.
  // Nor does it say who published them: level unknown. The source is the article.
  const article = (regionCode: string, kind: string, value: number, extra: Partial<IndicatorInput> = {}) =>
    b.indicator({ regionCode, kind, value, year: null, source: articleSource, ...extra });
  const cycle = { year: 2021, yearTo: 2025 };
  const cycleNote = '文章未给出年份，按2021—2025创建周期记';

  article('500106', 'science_literacy_rate', 18.1, { note: '居全市首位' });
  article('500106', 'registered_volunteers', 4_700, {
    valueQualifier: 'more_than',
    note: '组建科技志愿者队伍45支注册4700余人；每支队伍的人数文章未给出，所以记在区上，不拆到队伍',
  });

  article('500103', 'science_literacy_rate', 16.1, { note: '最新调查结果，超过创新型城市10%的基本标准' });
  article('500103', 'per_capita_funding', 9, { valueQualifier: 'nearly', note: '近年来人均财政科普经费近9元' });
  article('500103', 'community_coverage', 26.6, { note: '21个社区申报基层科普行动计划项目，居全市第一' });

  article('500112', 'funding_total', 7_500_000, { ...cycle, valueQualifier: 'more_than', note: `先后投入750余万元；${cycleNote}` });
  article('500112', 'social_investment', 13_000_000, { ...cycle, valueQualifier: 'more_than', note: `撬动社会资本1300余万元；${cycleNote}` });
  article('500112', 'joint_meeting_members', 66);

  article('500101', 'kepu_china_app_users', 80_000, { valueQualifier: 'more_than', note: '“科普中国”App注册用户达8万多人，位居全市第一' });
  article('500101', 'reader_copies', 20_000, { note: '每年编印《万州科普》读本2万册' });
  article('500101', 'information_reach', 900_000, { valueQualifier: 'nearly', note: '科普信息员传播“科普中国”权威科普资讯，创建以来累计' });
  article('500101', 'competition_awards', 673, { note: '青少年斩获各类科技竞赛活动奖项' });
  article('500101', 'competition_awards_world', 18, { note: '673项中的世界级奖项' });
  article('500101', 'schools_reached', 30, { note: '科普大篷车、院士专家进校园、中国科技馆巡展等惠及的中小学' });

  article('500105', 'resident_reach_rate', 80, { valueQualifier: 'at_least', note: '品牌特色活动覆盖率达到全区常住人口的80%以上' });
  article(b.regions.find('500105', '观音桥').code, 'screen_daily_minutes', 30, { note: '观音桥商圈2块LED显示屏每天滚动播放30分钟科普短片' });

  // Denominators for the per-10,000 ratios: not in the article, so labelled 演示数据.
  for (const district of districts) {
    b.indicator({
      regionCode: district.code,
      year: 2022,
      kind: 'resident_population',
      value: district.population,
      source: demoSource,
      level: 'district',
      note: '取整的示意值，不是统计公报数字',
    });
  }
}

/**
 * Activities the article reports only as totals: stored as summaries with what the article gives
 * and nothing else (a figure it leaves out stays unknown). Where the article gives no year, the
 * period is the 2021—2025 创建 cycle it reports on, and the note says so.
 */
function addSummaries(b: DemoBuilder) {
  const cycle = { periodFrom: '2021-01-01', periodTo: '2025-12-31' };
  const cycleNote = '文章未给出年份，时段按2021—2025创建周期记';
  const summary = (key: string, regionCode: string, row: Omit<SummaryRow, 'id' | 'regionCode' | 'organiserIds' | 'source'> & { source?: string }) =>
    b.summary(`${regionCode}/${key}`, { regionCode, organiserIds: [b.association(regionCode)], source: articleSource, ...row });

  // 巴南区
  summary('全国科普日/2022', '500113', {
    title: '2022年全国科普日活动',
    category: 'national_science_day',
    periodFrom: '2022-01-01',
    periodTo: '2022-12-31',
    eventCount: 350,
    eventCountQualifier: 'more_than',
    attendance: 1_500_000,
    attendanceQualifier: 'more_than',
    note: '发动全区开展全国科普日活动350余场次，惠及群众150万余人次；文章只给出年份，时段记为2022全年',
  });
  summary('每日答题冲榜/2022', '500113', {
    title: '“科普巴南”每日答题冲榜',
    category: 'online_quiz',
    periodFrom: '2022-01-01',
    periodTo: '2022-12-31',
    attendance: 600_000,
    attendanceQualifier: 'more_than',
    note: '在“科普巴南”微信公众号开设，参与答题60万余人次；文章只给出年份',
  });

  // 江北区
  summary('社区科普大学', '500105', {
    title: '江北区社区科普大学授课',
    category: 'lecture',
    periodFrom: '2012-01-01',
    periodTo: '2022-12-31',
    eventCount: 2_246,
    attendance: 200_000,
    attendanceQualifier: 'at_least',
    note: '自2012年正式启动，授课2246次，累计受教育20万人次以上；文章未给出截止时间，记到2022年底（文章发表前）',
  });
  summary('品牌特色活动', '500105', {
    title: '全国科普日、科技活动周、公民科学素质大赛、科普讲解大赛等品牌特色活动',
    category: 'national_science_day',
    ...cycle,
    eventCount: 100,
    eventCountQualifier: 'more_than',
    note: `几类活动合计100余场次，类型按首项记；人次文章未给出（只说覆盖常住人口80%以上，见指标）；${cycleNote}`,
  });
  summary('科技志愿服务', '500105', {
    title: '“百姓互助”“你点我送”等科技志愿服务活动',
    category: 'outreach_community',
    ...cycle,
    attendance: 100_000,
    note: `辐射居民10万人次，场次文章未给出；${cycleNote}`,
  });

  // 沙坪坝区
  summary('红岩科技志愿服务行', '500106', {
    title: '“红岩科技志愿服务行”',
    category: 'outreach_community',
    ...cycle,
    eventCount: 300,
    eventCountQualifier: 'more_than',
    note: `300余场次，人次文章未给出；${cycleNote}`,
  });

  // 渝中区: “每年开展‘科普进社区’活动1000场以上”, one summary per year of the cycle.
  for (let year = 2021; year <= 2025; year += 1) {
    summary(`科普进社区/${year}`, '500103', {
      title: `${year}年“科普进社区”活动`,
      category: 'outreach_community',
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      eventCount: 1_000,
      eventCountQualifier: 'at_least',
      note: '文章说“每年”1000场以上，年份按2021—2025创建周期逐年记；人次文章未给出',
    });
  }

  // 万州区
  summary('主题科普活动', '500101', {
    title: '全国科技工作者日、全国科普日等主题科普活动',
    category: 'national_science_day',
    ...cycle,
    participants: 200_000,
    participantsQualifier: 'over',
    note: `受众超20万人（人数，不是人次），含全国科技工作者日，类型按全国科普日记；${cycleNote}`,
  });
  summary('进校园', '500101', {
    title: '科普大篷车进校园、院士专家科普进校园、中国科技馆巡展等活动',
    category: 'outreach_school',
    ...cycle,
    participants: 60_000,
    participantsQualifier: 'more_than',
    note: `惠及30所中小学（见指标）、6万余名师生；${cycleNote}`,
  });
  summary('青少年品牌活动', '500101', {
    title: '青少年品牌科普活动',
    category: 'youth_programme',
    ...cycle,
    attendance: 100_000,
    attendanceQualifier: 'over',
    note: `参与各类青少年超10万人次；${cycleNote}`,
  });
  summary('科普赋能', '500101', {
    title: '“科普赋能”志愿服务走基层',
    category: 'outreach_community',
    ...cycle,
    attendance: 10_000,
    attendanceQualifier: 'more_than',
    note: `服务群众1万余人次；${cycleNote}`,
  });
}

/** Builds every demo row from the region tree alone: the same input always yields the same rows and ids. */
export function buildDemoDataset(regions: readonly RegionRef[]): DemoDataset {
  const b = new DemoBuilder(new RegionIndex(regions));
  addAssociations(b);
  addShapingbaOrganisations(b);
  addWanzhouOrganisations(b);
  addBeibeiOrganisations(b);
  addBananOrganisations(b);
  addDictionaryEntries(b);
  addVenues(b);
  // Summaries before events: the builder refuses an event a summary already counts.
  addSummaries(b);
  addEvents(b);
  addRegionDesignations(b);
  addIndicators(b);
  const { dictionary, organisations, venues, events, designations, indicators, summaries } = b;
  return { dictionary, organisations, venues, events, designations, indicators, summaries };
}
