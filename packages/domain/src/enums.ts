import { z } from 'zod';

/** Builds a zod enum plus its Chinese labels, so the API, the database and the console share one list. */
export function labelledEnum<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { schema: z.enum(values), values, labels };
}

export const regionLevel = labelledEnum({
  city: '市',
  district: '区县',
  township: '镇街',
  village: '村/社区',
});

export const organisationType = labelledEnum({
  city_association: '市科协',
  district_association: '区县科协',
  township_association: '镇街科协',
  village_station: '村社科普工作站',
  society: '学会/协会',
  enterprise_association: '企业科协',
  university_association: '高校科协',
  e_station: '科普e站',
  volunteer_team: '科技志愿服务队',
  expert_team: '专家团队/讲师团',
});

export const venueType = labelledEnum({
  science_museum: '科技馆',
  education_base: '科普教育基地',
  campus_museum: '校园科技馆',
  community_hall: '社区科普馆/活动室',
  community_park: '社区科普公园',
  rural_demo_base: '农村科普示范基地',
  gallery: '科普画廊/宣传栏',
  led_screen: 'LED科普屏',
  e_station: '科普e站',
  online_library: '科普网络书屋',
  civilization_platform: '新时代文明实践所(站)科普平台',
  caravan: '科普大篷车',
});

export const venueStatus = labelledEnum({
  open: '开放',
  closed: '关闭',
  under_construction: '建设中',
});

export const eventCategory = labelledEnum({
  national_science_day: '全国科普日',
  science_week: '科技活动周',
  workers_day: '全国科技工作者日',
  lecture: '讲座',
  exhibition: '展览',
  competition: '竞赛',
  outreach_school: '进校园',
  outreach_community: '进社区',
  outreach_rural: '进农村',
  outreach_enterprise: '进企业',
  clinic: '义诊',
  training: '实用技术培训',
  online_quiz: '线上答题',
});

export const eventMode = labelledEnum({
  offline: '线下',
  online: '线上',
  hybrid: '混合',
});

export const eventStatus = labelledEnum({
  planned: '计划中',
  ongoing: '进行中',
  completed: '已完成',
  cancelled: '已取消',
});

export const audienceGroup = labelledEnum({
  youth: '青少年',
  elderly: '老年人',
  farmers: '农民',
  workers: '产业工人',
  officials: '领导干部和公务员',
  residents: '社区居民',
  public: '社会公众',
});

/**
 * The groups events are counted under by audience: each group an event names, or `unspecified` when it
 * names none. The SQL in packages/db/migrations/0004_stats-triggers.sql (the stats_audience_buckets
 * upsert) repeats `unspecifiedAudience`; apps/api/src/stats/sql-rules.test.ts checks it.
 */
export const unspecifiedAudience = 'unspecified';
export const audienceBucket = labelledEnum({ ...audienceGroup.labels, [unspecifiedAudience]: '未注明受众' } as const);

/** The buckets an event counts in. */
export const audienceBucketsOf = (groups: readonly AudienceGroup[]): AudienceBucket[] => (groups.length > 0 ? [...groups] : [unspecifiedAudience]);

/**
 * How a reported figure relates to the true one, as sources say it: "约300", "350余", "20万以上",
 * "近9元", "超20万", "不足100". Stored beside the figure; the figure itself is the number written.
 */
export const figureQualifier = labelledEnum({
  about: '约',
  more_than: '余',
  at_least: '以上',
  nearly: '近',
  over: '超',
  under: '不足',
});

/** A figure as staff write it: `约300`, `350余`, `20000以上`; `format` writes the number (e.g. with digit grouping). */
export function qualifiedFigure(value: number, qualifier: FigureQualifier | null | undefined, format: (value: number) => string = String): string {
  const number = format(value);
  if (!qualifier) return number;
  const word = figureQualifier.labels[qualifier];
  return qualifier === 'more_than' || qualifier === 'at_least' ? `${number}${word}` : `${word}${number}`;
}

export const honourLevel = labelledEnum({
  national: '国家级',
  municipal: '市级',
  district: '区级',
});

/**
 * The levels honours are counted under: each level, or `unspecified` for an honour whose source gives
 * no level, so it is neither taken for national nor dropped. The SQL in
 * packages/db/migrations/0010_unknown-values.sql repeats `unspecifiedLevel`; apps/api/src/stats/sql-rules.test.ts checks it.
 */
export const unspecifiedLevel = 'unspecified';
export const honourLevelBucket = labelledEnum({ ...honourLevel.labels, [unspecifiedLevel]: '未注明级别' } as const);

/** The bucket an honour of this level counts in. */
export const levelBucketOf = (level: HonourLevel | null): HonourLevelBucket => level ?? unspecifiedLevel;

export const designationKind = labelledEnum({
  demo_district: '全国科普示范区',
  demo_community: '科普示范社区',
  education_base: '科普教育基地',
  excellent_event: '全国科普日优秀活动',
  academician_studio: '院士科普工作室',
  other: '其他认定',
});

export const designationSubject = labelledEnum({
  region: '行政区划',
  organisation: '组织',
  venue: '阵地',
  event: '活动',
});

export const indicatorKind = labelledEnum({
  resident_population: '常住人口',
  science_literacy_rate: '公民具备科学素质比例',
  per_capita_funding: '人均科普经费',
  funding_total: '科普经费投入',
  social_investment: '社会资金投入',
  community_coverage: '社区覆盖率',
});

export type RegionLevel = z.infer<typeof regionLevel.schema>;
export type OrganisationType = z.infer<typeof organisationType.schema>;
export type VenueType = z.infer<typeof venueType.schema>;
export type VenueStatus = z.infer<typeof venueStatus.schema>;
export type EventCategory = z.infer<typeof eventCategory.schema>;
export type EventMode = z.infer<typeof eventMode.schema>;
export type EventStatus = z.infer<typeof eventStatus.schema>;
export type AudienceGroup = z.infer<typeof audienceGroup.schema>;
export type AudienceBucket = z.infer<typeof audienceBucket.schema>;
export type FigureQualifier = z.infer<typeof figureQualifier.schema>;
export type HonourLevel = z.infer<typeof honourLevel.schema>;
export type HonourLevelBucket = z.infer<typeof honourLevelBucket.schema>;
export type DesignationKind = z.infer<typeof designationKind.schema>;
export type DesignationSubject = z.infer<typeof designationSubject.schema>;
export type IndicatorKind = z.infer<typeof indicatorKind.schema>;
