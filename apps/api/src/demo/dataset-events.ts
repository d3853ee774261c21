import type { AudienceGroup, EventCategory, EventMode } from '@kepu/domain';
import type { DemoBuilder, EventInput } from './dataset-builder.js';
import { districts, lectureTopics, themes, type District } from './dataset-districts.js';
import { pad, seededRng, townName, type RegionRef, type Rng } from './dataset-kit.js';

const hallTypes = new Set(['community_hall', 'education_base', 'science_museum', 'civilization_platform', 'campus_museum', 'community_park']);

/** A venue inside `regionCode` where an indoor event could have been held, or none. */
function venueIn(b: DemoBuilder, regionCode: string, rng: Rng): string | null {
  const candidates = b.venues.filter((venue) => hallTypes.has(venue.type) && venue.regionCode.startsWith(regionCode));
  return candidates.length > 0 ? (rng.pick(candidates).id ?? null) : null;
}

const day = (rng: Rng, year: number, months: [number, number]) => `${year}-${pad(rng.int(months[0], months[1]))}-${pad(rng.int(1, 28))}`;

/**
 * 巴南区's award-winning 2021 online quiz: one activity with an honour of its own, so an event (an
 * honour names an event, not a summary). The article gives the year and 9.2万人次 only; the dates are
 * those of the 2021 全国科普日 the honour belongs to.
 */
function addBananQuiz(b: DemoBuilder) {
  const district = b.association('500113');
  const quiz = b.event(
    '500113/quiz/2021',
    {
      title: '“碳达峰碳中和”网络答题抽奖',
      category: 'online_quiz',
      regionCode: '500113',
      organiserIds: [district],
      start: '2021-09-11T00:00',
      end: '2021-09-30T23:59',
      mode: 'online',
      audienceGroups: ['public'],
      attendance: 92_000,
      participants: null,
      volunteers: 0,
      description: '2021年举办，参与9.2万人次，获中国科协“全国科普日优秀活动”。文章只给出年份，日期按2021年全国科普日期间记。',
    },
    seededRng('events/500113'),
  );
  b.designation('500113/quiz/2021', {
    name: '全国科普日优秀活动',
    kind: 'excellent_event',
    level: 'national',
    grantedBy: '中国科协',
    subject: { event: quiz },
    validFrom: null,
  });
}

/**
 * Events the article shows in its photos: real activities whose figures it does not give, so 人次 and
 * 人数 are unknown. Only 六五环境日 (5 June) dates itself; the other dates are 演示数据. Two photos are
 * left out because a summary already counts them: 郭家沱's 节能宣传 (江北's 科技志愿服务, 进社区) and
 * 万州's 新春科普志愿服务 (“科普赋能”志愿服务走基层).
 */
function addPhotographedEvents(b: DemoBuilder) {
  const rng = seededRng('events/photos');
  const rows: [string, string, EventCategory, string, AudienceGroup[]][] = [
    ['500107', '“我们的动物朋友”科技志愿服务走进巴山小学', 'outreach_school', '2022-11-18', ['youth']],
    ['500109', '北碚区2022年“六五环境日”主题活动', 'outreach_community', '2022-06-05', ['public']],
    ['500118', '永川区“全国科普日”义诊咨询', 'clinic', '2022-09-17', ['residents', 'elderly']],
    ['500112', '渝北区全国科普日科普大篷车科普展示', 'national_science_day', '2022-09-17', ['public', 'youth']],
    ['500103', '渝中区公民科学素质大赛', 'competition', '2022-10-22', ['residents', 'public']],
    ['500106', '沙坪坝区科普讲师团成立仪式', 'lecture', '2022-04-21', ['officials', 'public']],
  ];
  for (const [regionCode, title, category, date, audienceGroups] of rows) {
    b.event(
      `photo/${title}`,
      {
        title,
        category,
        regionCode,
        organiserIds: [b.parentFor(regionCode)],
        start: `${date}T09:30`,
        end: `${date}T11:30`,
        audienceGroups,
        attendance: null,
        participants: null,
        volunteers: 0,
        description: title.includes('六五环境日')
          ? '文章配图所示活动；人次文章未给出，时间为演示数据。'
          : '文章配图所示活动；人次文章未给出，日期为演示数据。',
      },
      rng,
    );
  }
}

interface Template {
  title: (district: District, place: RegionRef, year: number, rng: Rng) => string;
  months: [number, number];
  days: number;
  audience: AudienceGroup[];
  attendance: [number, number];
  mode?: EventMode;
}

const templates: Partial<Record<EventCategory, Template>> = {
  science_week: { title: (d, _p, y) => `${y}年${d.name}科技活动周`, months: [5, 5], days: 7, audience: ['public'], attendance: [8_000, 30_000] },
  workers_day: {
    title: (d, _p, y) => `${y}年${d.name}全国科技工作者日主题活动`,
    months: [5, 5],
    days: 0,
    audience: ['workers', 'officials'],
    attendance: [300, 1_500],
  },
  national_science_day: {
    title: (d, _p, y) => `${y}年全国科普日${d.name}主场活动`,
    months: [9, 9],
    days: 0,
    audience: ['public', 'youth'],
    attendance: [5_000, 30_000],
    mode: 'hybrid',
  },
  exhibition: {
    title: (d, _p, _y, rng) => `${d.name}“${rng.pick(themes)}”主题科普展`,
    months: [1, 12],
    days: 20,
    audience: ['public', 'youth'],
    attendance: [3_000, 20_000],
  },
  competition: {
    title: (d, _p, y) => `${y}年${d.name}公民科学素质大赛`,
    months: [6, 11],
    days: 0,
    audience: ['residents', 'public'],
    attendance: [500, 3_000],
    mode: 'hybrid',
  },
  outreach_school: { title: (_d, p) => `院士专家进校园·${townName(p)}`, months: [3, 12], days: 0, audience: ['youth'], attendance: [300, 1_500] },
  outreach_community: {
    title: (_d, p, _y, rng) => `科普进社区·${townName(p)}：${rng.pick(lectureTopics)}`,
    months: [1, 12],
    days: 0,
    audience: ['residents', 'elderly'],
    attendance: [150, 800],
  },
  outreach_rural: {
    title: (_d, p) => `科技下乡·${townName(p)}农业实用技术服务`,
    months: [2, 11],
    days: 0,
    audience: ['farmers'],
    attendance: [200, 1_000],
  },
  outreach_enterprise: {
    title: (_d, p) => `科普进企业·${townName(p)}安全生产与职业健康`,
    months: [1, 12],
    days: 0,
    audience: ['workers'],
    attendance: [100, 600],
  },
  clinic: {
    title: (_d, p) => `科技志愿服务义诊·${townName(p)}`,
    months: [1, 12],
    days: 0,
    audience: ['elderly', 'residents'],
    attendance: [200, 900],
  },
  training: { title: (_d, p) => `${p.name}实用技术培训班`, months: [1, 12], days: 1, audience: ['farmers', 'workers'], attendance: [60, 300] },
  lecture: {
    title: (d, _p, _y, rng) => `${d.name}科普大讲堂：${rng.pick(lectureTopics)}`,
    months: [1, 12],
    days: 0,
    audience: ['public'],
    attendance: [200, 800],
  },
};

const flagships: EventCategory[] = ['science_week', 'workers_day', 'national_science_day'];
const rotating: EventCategory[] = [
  'exhibition',
  'competition',
  'outreach_school',
  'outreach_community',
  'outreach_rural',
  'outreach_enterprise',
  'clinic',
  'training',
  'lecture',
];
// 渝中 has no farmland.
const withheld: Record<string, EventCategory[]> = { '500103': ['outreach_rural'] };

/**
 * 演示数据: a year of ordinary activity per district in 2024 and 2025, so lists and monthly statistics
 * have something to show. Each says so in its description, and a category a summary already counts
 * in that district and year is skipped (an event there would count twice).
 */
function addRecentEvents(b: DemoBuilder) {
  for (const district of districts) {
    const rng = seededRng(`events/${district.code}/recent`);
    const towns = b.regions.children(district.code);
    for (const year of [2024, 2025]) {
      const categories = [...flagships, ...rotating.filter((_, index) => index % 2 === year % 2)];
      for (const category of categories.filter((item) => !withheld[district.code]?.includes(item))) {
        const template = templates[category];
        if (!template) continue;
        const flagship = flagships.includes(category);
        const place = rng.pick(towns);
        const regionCode = flagship ? district.code : place.code;
        const date = category === 'workers_day' ? `${year}-05-30` : day(rng, year, template.months);
        if (b.counted(regionCode, category, date)) continue;
        const end = new Date(Date.parse(`${date}T00:00:00Z`) + template.days * 86_400_000).toISOString().slice(0, 10);
        const attendance = rng.int(...template.attendance);
        const input: EventInput = {
          title: template.title(district, place, year, rng),
          category,
          regionCode,
          organiserIds: [b.association(district.code), b.parentFor(regionCode)],
          venueId: venueIn(b, regionCode, rng),
          start: `${date}T09:00`,
          end: `${end}T${template.days > 0 ? '17:00' : '11:30'}`,
          mode: template.mode ?? 'offline',
          onlineViews: template.mode === 'hybrid' ? rng.int(attendance, attendance * 3) : 0,
          audienceGroups: template.audience,
          attendance,
          description: '演示数据：不是文章中的活动，数字为示意值。',
        };
        b.event(`${district.code}/recent/${year}/${category}`, input, rng);
      }
    }
  }
}

export function addEvents(b: DemoBuilder) {
  addBananQuiz(b);
  addPhotographedEvents(b);
  addRecentEvents(b);
}
