import type { AudienceGroup, EventCategory, EventMode } from '@kepu/domain';
import type { DemoBuilder, EventInput } from './dataset-builder.js';
import { districts, lectureTopics, themes, type District } from './dataset-districts.js';
import { pad, placeName, randomShares, seededRng, splitTotal, townName, type RegionRef, type Rng } from './dataset-kit.js';

const hallTypes = new Set(['community_hall', 'education_base', 'science_museum', 'civilization_platform', 'campus_museum', 'community_park']);

/** A venue inside `regionCode` where an indoor event could have been held, or none. */
function venueIn(b: DemoBuilder, regionCode: string, rng: Rng): string | null {
  const candidates = b.venues.filter((venue) => hallTypes.has(venue.type) && venue.regionCode.startsWith(regionCode));
  return candidates.length > 0 ? (rng.pick(candidates).id ?? null) : null;
}

const day = (rng: Rng, year: number, months: [number, number]) => `${year}-${pad(rng.int(months[0], months[1]))}-${pad(rng.int(1, 28))}`;

/** 江北区社区科普大学: 2,246 lectures since 2012 reaching 200,000 person-times. */
function addJiangbeiLectures(b: DemoBuilder) {
  const rng = seededRng('events/500105/lectures');
  const district = b.association('500105');
  const towns = b.regions.children('500105');
  const teachingPoints = new Map(b.venues.filter((venue) => venue.type === 'community_hall').map((venue) => [venue.regionCode, venue.id ?? null]));
  const years = Array.from({ length: 14 }, (_, index) => 2012 + index);
  // The university grew from its 2012 start, so later years hold more lectures.
  const perYear = splitTotal(
    2_246,
    years.map((_, index) => index + 4),
  );
  const attendance = randomShares(200_000, 2_246, rng);
  let index = 0;
  years.forEach((year, yearIndex) => {
    for (let n = 0; n < (perYear[yearIndex] ?? 0); n += 1, index += 1) {
      const town = rng.pick(towns);
      const date = day(rng, year, [3, 12]);
      const time = rng.pick(['09:30', '14:30', '19:00']);
      const endHour = Number(time.slice(0, 2)) + 2;
      b.event(
        `500105/lecture/${index}`,
        {
          title: `江北区社区科普大学·${townName(town)}教学点：${rng.pick(lectureTopics)}`,
          category: 'lecture',
          regionCode: town.code,
          organiserIds: [district, b.parentFor(town.code)],
          venueId: teachingPoints.get(town.code) ?? null,
          start: `${date}T${time}`,
          end: `${date}T${pad(endHour)}:${time.slice(3)}`,
          audienceGroups: ['elderly', 'residents'],
          attendance: attendance[index] ?? 0,
          volunteers: rng.int(1, 4),
        },
        rng,
      );
    }
  });
}

/** 巴南区: the award-winning 2021 online quiz, the 2022 daily quiz, and 350 全国科普日 events in September 2022. */
function addBananEvents(b: DemoBuilder) {
  const rng = seededRng('events/500113');
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
      volunteers: 6,
      description: '2021年全国科普日期间举办，参与9.2万人次，获中国科协“全国科普日优秀活动”。',
    },
    rng,
  );
  b.designation('500113/quiz/2021', {
    name: '全国科普日优秀活动',
    kind: 'excellent_event',
    level: 'national',
    grantedBy: '中国科协',
    subject: { event: quiz },
    validFrom: '2021-12-31',
  });
  b.event(
    '500113/quiz/2022',
    {
      title: '“科普巴南”每日答题冲榜',
      category: 'online_quiz',
      regionCode: '500113',
      organiserIds: [district],
      start: '2022-01-01T00:00',
      end: '2022-12-31T23:59',
      mode: 'online',
      audienceGroups: ['public'],
      attendance: 600_000,
      participants: null,
      volunteers: 4,
      description: '在“科普巴南”微信公众号开设，参与答题60万余人次。',
    },
    rng,
  );

  const activities = [
    '科普进社区',
    '义诊咨询',
    '科普展览',
    '科学实验秀',
    '防灾减灾演练',
    '农业技术咨询',
    '科普讲座',
    '青少年科技体验',
    '健康知识讲座',
    '科普大篷车巡展',
  ];
  const caravan = b.venues.find((venue) => venue.type === 'caravan' && venue.regionCode === '500113')?.id ?? null;
  const places = [...b.regions.children('500113'), ...b.regions.villages('500113')];
  const attendance = randomShares(1_500_000, 350, rng);
  attendance.forEach((reach, index) => {
    const place = rng.pick(places);
    const activity = rng.pick(activities);
    const date = `2022-09-${pad(rng.int(1, 30))}`;
    const hybrid = rng.next() < 0.1;
    b.event(
      `500113/science_day/2022/${index}`,
      {
        title: `2022年全国科普日·${placeName(place)}${activity}`,
        category: 'national_science_day',
        regionCode: place.code,
        organiserIds: [district, b.parentFor(place.code)],
        venueId: activity === '科普大篷车巡展' ? caravan : venueIn(b, place.code, rng),
        start: `${date}T09:00`,
        end: `${date}T${rng.pick(['11:30', '12:00', '16:30', '17:00'])}`,
        mode: hybrid ? 'hybrid' : 'offline',
        onlineViews: hybrid ? rng.int(1_000, 20_000) : 0,
        audienceGroups: ['public', rng.pick(['youth', 'elderly', 'farmers', 'residents'] as const)],
        attendance: reach,
      },
      rng,
    );
  });
}

/** 万州区: the themed days and school programmes the article says reached more than 200,000 people. */
function addWanzhouEvents(b: DemoBuilder) {
  const rng = seededRng('events/500101');
  const district = b.association('500101');
  const volunteers = b.organisations.find((row) => row.name === '万州区科技志愿服务总队')?.id ?? district;
  const rows: [string, EventCategory, string, string, number, AudienceGroup[]][] = [
    ['2021年全国科技工作者日万州区主题活动', 'workers_day', '2021-05-30T09:00', '2021-05-30T12:00', 8_600, ['workers', 'officials']],
    ['2021年全国科普日万州区主场活动', 'national_science_day', '2021-09-18T09:00', '2021-09-18T17:00', 52_000, ['public']],
    ['2022年全国科技工作者日万州区主题活动', 'workers_day', '2022-05-30T09:00', '2022-05-30T12:00', 9_200, ['workers', 'officials']],
    ['2022年全国科普日万州区主场活动', 'national_science_day', '2022-09-17T09:00', '2022-09-17T17:00', 56_000, ['public']],
    ['科普大篷车进校园', 'outreach_school', '2022-03-01T09:00', '2022-06-30T17:00', 20_000, ['youth']],
    ['院士专家科普进校园', 'outreach_school', '2022-09-05T09:00', '2022-12-20T17:00', 18_000, ['youth']],
    ['中国科技馆科普展览巡展(万州站)', 'exhibition', '2022-10-10T09:00', '2022-11-10T17:00', 22_000, ['youth', 'public']],
    ['2023年全国科技工作者日万州区主题活动', 'workers_day', '2023-05-30T09:00', '2023-05-30T12:00', 9_800, ['workers', 'officials']],
    ['万州区青少年科技创新大赛', 'competition', '2023-04-15T09:00', '2023-04-16T17:00', 12_000, ['youth']],
    ['2023年全国科普日万州区主场活动', 'national_science_day', '2023-09-16T09:00', '2023-09-16T17:00', 61_000, ['public']],
    ['“科普赋能”志愿服务走基层', 'outreach_community', '2023-03-01T09:00', '2023-11-30T17:00', 10_000, ['residents', 'elderly']],
  ];
  for (const [title, category, start, end, attendance, audienceGroups] of rows) {
    const organiserIds = category === 'outreach_community' ? [volunteers, district] : [district];
    b.event(`500101/${title}`, { title, category, regionCode: '500101', organiserIds, start, end, audienceGroups, attendance }, rng);
  }
}

/** Events the article shows in its photos, one per district where there is one. */
function addPhotographedEvents(b: DemoBuilder) {
  const rng = seededRng('events/photos');
  const rows: [string, string, EventCategory, string, number, AudienceGroup[]][] = [
    ['500107', '“我们的动物朋友”科技志愿服务走进巴山小学', 'outreach_school', '2022-11-18', 620, ['youth']],
    ['500109', '北碚区2022年“六五环境日”主题活动', 'outreach_community', '2022-06-05', 3_200, ['public']],
    [b.regions.find('500105', '郭家沱').code, '郭家沱街道“绿色低碳、节能先行”节能宣传活动', 'outreach_community', '2023-06-14', 1_500, ['residents']],
    ['500101', '万州区科协、流水社区新春科普志愿服务活动', 'outreach_community', '2023-01-12', 480, ['residents', 'elderly']],
    ['500118', '永川区“全国科普日”义诊咨询', 'clinic', '2022-09-17', 2_100, ['residents', 'elderly']],
    ['500112', '渝北区全国科普日科普大篷车科普展示', 'national_science_day', '2022-09-17', 6_800, ['public', 'youth']],
    ['500103', '渝中区公民科学素质大赛', 'competition', '2022-10-22', 1_800, ['residents', 'public']],
    ['500106', '沙坪坝区科普讲师团成立仪式', 'lecture', '2022-04-21', 260, ['officials', 'public']],
  ];
  for (const [regionCode, title, category, date, attendance, audienceGroups] of rows) {
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
        attendance,
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
// Categories whose article totals must stay exact in a district, and 渝中's lack of farmland.
const withheld: Record<string, EventCategory[]> = { '500105': ['lecture'], '500113': ['national_science_day'], '500103': ['outreach_rural'] };

/** A year of ordinary activity per district in 2024 and 2025, so lists and monthly statistics have something to show. */
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
        };
        b.event(`${district.code}/recent/${year}/${category}`, input, rng);
      }
    }
  }
}

export function addEvents(b: DemoBuilder) {
  addJiangbeiLectures(b);
  addBananEvents(b);
  addWanzhouEvents(b);
  addPhotographedEvents(b);
  addRecentEvents(b);
}
