import { z } from 'zod';
import { calendarYearQuery, count, derivedDate, isoDate, isoDateTime, multiValue, stored, toBeforeFrom } from './common.js';
import {
  audienceBucket,
  eventStatus,
  figureQualifier,
  honourLevel,
  honourLevelBucket,
  labelledEnum,
  regionLevel,
  unspecifiedLevel,
  venueStatus,
  type EventStatus,
  type HonourLevelBucket,
} from './enums.js';
import { dictionaryCode, dictionaryValue, labelText, MAX_ENTRIES_PER_KIND, unitText } from './dictionary.js';
import { indicatorFields } from './indicators.js';
import { bilingualIssue, matching } from './messages.js';
import { regionCode, regionName, regionTreeBounds } from './regions.js';

/** The longest period a total covers: thirty years, so "since 2012" is one call. */
export const MAX_STATS_MONTHS = 360;
/** The longest period broken down by month or week: five years, so a series stays a readable length. */
export const MAX_SERIES_MONTHS = 60;

/** Figures that describe the records as they are now (not tied to the period). */
export const stockMetric = labelledEnum({
  organisations: '组织数',
  members: '会员数',
  registeredVolunteers: '注册志愿者',
  venues: '阵地数',
  townshipCoverage: '镇街科协覆盖率',
  villageCoverage: '村社科普覆盖率',
});

/** Figures summed over the events that started in the period. */
export const flowMetric = labelledEnum({
  events: '活动场次',
  attendance: '受众人次',
  participants: '受众人数',
  onlineViews: '线上浏览量',
  eventVolunteers: '志愿服务人次',
});

/** Figures divided by a denominator that comes from an indicator. */
export const ratioMetric = labelledEnum({
  venuesPer10k: '每万人阵地数',
  eventsPer10k: '每万人活动场次',
  attendancePer10k: '每万人受众人次',
  fundingPerCapita: '人均科普经费',
});

export type StockMetric = keyof typeof stockMetric.labels;
export type FlowMetric = keyof typeof flowMetric.labels;
export type RatioMetric = keyof typeof ratioMetric.labels;

/** Anything a ranking can order regions by: our own figures, ratios, or an indicator such as 公民具备科学素质比例. */
export const ownRankingMetric = labelledEnum({ ...flowMetric.labels, ...stockMetric.labels, ...ratioMetric.labels });
export type OwnRankingMetric = keyof typeof ownRankingMetric.labels;

/**
 * A ranking by honours of one kind and level: `honours.<kind>.<level>`, e.g. `honours.demo_community.national`
 * (国家级科普示范社区). One string, so a ranking is still named by its `metric` alone and echoed as it was asked.
 */
const honourMetricPattern = new RegExp(`^honours\\.([a-z][a-z0-9_]{0,47})\\.(${honourLevelBucket.values.join('|')})$`);
// honours.<a code of at most 48>.<level>: at most 69 characters.
export const honourRankingMetric = matching(z.string(), honourMetricPattern, {
  zh: '荣誉排名须写作 honours.<认定类别代码>.<级别>，如 honours.demo_community.national',
  en: 'an honours ranking is honours.<honour kind code>.<level>, e.g. honours.demo_community.national',
})
  .max(100)
  .meta({
    'x-dictionary': 'honour_kind',
    description: `honours.<kind>.<level>: the honours of a kind (a code of the honour_kind dictionary) and level (${honourLevelBucket.values.join(', ')})`,
  });

/** The metric that ranks by honours of `kind` and `level`. */
export const honourMetric = (kind: string, level: HonourLevelBucket) => `honours.${kind}.${level}`;

/** The kind and level an honours metric names, or null for any other metric. */
export function parseHonourMetric(metric: string): { kind: string; level: HonourLevelBucket } | null {
  const match = honourMetricPattern.exec(metric);
  return match?.[1] && match[2] ? { kind: match[1], level: match[2] as HonourLevelBucket } : null;
}

/** An honour kind at a level as reports name it: 国家级科普示范社区, or 科普教育基地（未注明级别）. */
export const honourLabel = (kindLabel: string, level: HonourLevelBucket) =>
  level === unspecifiedLevel ? `${kindLabel}（${honourLevelBucket.labels[level]}）` : `${honourLevelBucket.labels[level]}${kindLabel}`;

export const rankingMetric = z.union([ownRankingMetric.schema, dictionaryValue('indicator_kind'), honourRankingMetric]).meta({
  description: `one of Kepu's own figures (${ownRankingMetric.values.join(', ')}), an indicator kind code of the dictionary, or honours.<kind>.<level>`,
});
export type RankingMetric = OwnRankingMetric | (string & {});

/**
 * How every sum says what it could not count: beside each sum X that records may lack a value for
 * stands `XUnknown`, the number of counted records with no value for it (未填报), and X is null when
 * every counted record lacks it. The same text is in each response's meta.definitions.
 */
export const unknownRule =
  'Unknown values: beside every sum X that records may lack a value for stands XUnknown (attendance and attendanceUnknown; in a ranking valueUnknown, in a ratio numeratorUnknown), ' +
  'the number of counted records that have no value for it (未填报: an event or activity summary without 受众人次, an organisation without 注册志愿者数 …). ' +
  'X sums the known values only; it is null when every counted record lacks the value, and 0 only when there is nothing to count or the known values are 0. ' +
  'Activity summaries hold no online views or volunteers, so each counted summary is unknown for onlineViews and eventVolunteers. ' +
  'A summary spread over several months or weeks counts as unknown in each of them, so XUnknown of the parts may add up to more than XUnknown of the whole.';

/** The sibling that counts a sum's unknown values (`unknownRule`). */
export const unknownKey = <K extends string>(figure: K) => `${figure}Unknown` as const;

/**
 * A sum with its unknowns as Chinese reports write it: `1,234`, `1,234（另3条未填报）`, or `未填报` when
 * nothing counted had a value. `format` writes the number.
 */
export function sumWithUnknowns(
  sum: number | null,
  unknown: number,
  format: (value: number) => string = (value) => value.toLocaleString('en-US'),
): string {
  if (sum === null) return '未填报';
  return unknown > 0 ? `${format(sum)}（另${unknown}条未填报）` : format(sum);
}

const eventRule =
  'Events count when they are live (not deleted), their start (Asia/Shanghai) falls in the period and their status is one of `status` (default: completed only). ' +
  "Live activity summaries (活动汇总) count with them whenever `status` includes completed: a summary's figures are spread evenly over the days of its period, " +
  'and a period receives floor(F × d₁ ÷ D) − floor(F × d₀ ÷ D), where F is the figure, D the days of the summary and d₀, d₁ the days of the summary before the ' +
  "period's first day and up to its last; adjacent periods (months, weeks) therefore add up exactly to F. A summary figure the source did not give counts as nothing.";

/**
 * What every figure counts. The same text is in the OpenAPI descriptions and in each response's
 * `meta.definitions`, so a reader of a report and a partner system read one definition.
 */
export const statDefinitions: Record<
  FlowMetric | StockMetric | RatioMetric | 'designatedVenues' | 'designations' | 'honours' | 'indicators' | 'unknown',
  string
> = {
  organisations: '组织数: live organisation records whose region is the region or below it, as they are now.',
  members: '会员数: the sum of memberCount over those organisations.',
  registeredVolunteers:
    '注册志愿者: the sum of volunteerCount over those organisations (科技志愿服务队 and any other organisation that registers volunteers); organisations whose count is unknown are in registeredVolunteersUnknown.',
  venues: '阵地数: live venues whose status is 开放 (open), as they are now. byStatus shows every status.',
  designatedVenues:
    '认定阵地: open live venues holding a live designation of that level that is valid on `asOf` (validFrom ≤ asOf ≤ validTo; an unknown validFrom counts as already valid, no validTo as no end). A venue counts once per level; honours with no level given count under `unspecified` (未注明级别).',
  designations:
    '认定荣誉: live designations (认定/荣誉) of each kind and level valid on `asOf`, whose region (the honoured region, or the region of the honoured venue, organisation or event) is the region or below it. Each honoured subject counts once per kind and level, whatever its status; bySubject says what was honoured. An honour whose source gives no level counts under level `unspecified` (未注明级别), never as national; one with an unknown validFrom counts as valid until validTo.',
  honours:
    "荣誉 by kind × level, counted as designations counts them: in a breakdown by region, each child's `honours` lists every kind × level that some child holds on `asOf` " +
    "(the same pairs, in the dictionary's order, in every item; 0 where the child holds none); a ranking by `honours.<kind>.<level>` ranks the children by that count, " +
    "and its previous value is the count on the previous period's last day (honours have validity dates, so they have a past). An honour without a level is only in `unspecified`.",
  townshipCoverage: '镇街科协覆盖率: the share (%) of 镇街 in the region, per the GB/T 2260 tree Kepu ships, that have a live 镇街科协.',
  villageCoverage: '村社科普覆盖率: the share (%) of 村/社区 in the region that have a live 村社科普工作站 or a live open 社区科普馆/活动室.',
  events: `活动场次: the number of events, plus the 场次 summaries report (those without one are in eventsUnknown). ${eventRule}`,
  attendance: `受众人次: the sum of attendance (person-times) over the counted events that reported it; the others are in attendanceUnknown. ${eventRule}`,
  participants: `受众人数: the sum of participants (people) over the counted events that reported it; the others are in participantsUnknown. ${eventRule}`,
  onlineViews: `线上浏览量: the sum of onlineViews over the counted events. ${eventRule}`,
  eventVolunteers: `志愿服务人次: the sum of volunteers over the counted events. ${eventRule}`,
  venuesPer10k:
    "每万人阵地数: 阵地数 ÷ 常住人口 × 10,000. The population is the region's resident_population indicator for the year, or its latest earlier value.",
  eventsPer10k: '每万人活动场次: 活动场次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.',
  attendancePer10k: '每万人受众人次: 受众人次 in the period ÷ 常住人口 × 10,000, population as for 每万人阵地数.',
  fundingPerCapita: '人均科普经费 (元): the funding_total indicator ÷ 常住人口, each the value for the year or the latest earlier one.',
  indicators:
    "指标: for each kind, the region's own value for the year or, when there is none, its latest earlier value; `year` (and `yearTo` for a figure over a span, which counts by its last year) says which. " +
    "A value whose year is not known is used only when the region has no dated one; then `year` is null. Indicators are reported figures (surveys, budgets), never computed from Kepu's rows.",
  unknown: unknownRule,
};

/** A key of `statDefinitions`, and one of its texts: written here, so the longest is known. */
const definitionName = z.enum(Object.keys(statDefinitions) as [keyof typeof statDefinitions, ...(keyof typeof statDefinitions)[]]);
export const statDefinition = z.string().max(Math.max(...Object.values(statDefinitions).map((text) => text.length)));

/** A sentence the statistics write themselves (a reason, a source, how fresh the figures are; apps/api/src/stats/reports.ts). */
const kepuSentence = z.string().max(300);

/** What an indicator's `source` holds, as its field stores it. */
const indicatorSource = stored(indicatorFields.source.input);

const statsPeriodFields = {
  region: regionCode.optional().meta({ description: 'the region whose subtree is counted; default: your scope region' }),
  year: calendarYearQuery.optional().meta({ description: 'a calendar year, instead of from/to' }),
  from: isoDate.optional().meta({ description: 'first day of the period (Asia/Shanghai); send with `to`' }),
  to: isoDate.optional().meta({ description: 'last day of the period, inclusive' }),
  status: multiValue(eventStatus.schema).default(['completed']).meta({ description: 'event statuses counted; default completed' }),
  asOf: isoDate.optional().meta({ description: 'reference date for designations; default the end of the period, or today if earlier' }),
};

/** Months from year 0, so two dates can be compared month by month. */
const monthNumber = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

type PeriodFields = { year?: number | undefined; from?: string | undefined; to?: string | undefined };

const checkStatsPeriod = (value: PeriodFields, ctx: z.RefinementCtx) => checkPeriodSpan(value, MAX_STATS_MONTHS, ctx);

function checkPeriodSpan(value: PeriodFields, maxMonths: number, ctx: z.RefinementCtx) {
  if (value.year !== undefined && (value.from || value.to)) {
    ctx.addIssue(bilingualIssue(['year'], { zh: '年度和起止日期只能填一种', en: 'send either year or from/to, not both' }));
    return;
  }
  if (Boolean(value.from) !== Boolean(value.to)) {
    ctx.addIssue(bilingualIssue([value.from ? 'to' : 'from'], { zh: '开始日期和结束日期须同时填写', en: 'from and to come together' }));
    return;
  }
  if (!value.from || !value.to) return;
  if (value.to < value.from) ctx.addIssue(bilingualIssue(['to'], toBeforeFrom));
  else if (monthNumber(value.to) - monthNumber(value.from) >= maxMonths) {
    ctx.addIssue(bilingualIssue(['to'], { zh: `统计时段最多 ${maxMonths} 个月，请缩小范围`, en: `a period may span at most ${maxMonths} months` }));
  }
}

export const StatsQuery = z.strictObject(statsPeriodFields).superRefine(checkStatsPeriod);

/** A month-by-month series: the period a breakdown by month may span. */
export const StatsSeriesQuery = z.strictObject(statsPeriodFields).superRefine((value, ctx) => checkPeriodSpan(value, MAX_SERIES_MONTHS, ctx));

export const breakdownDimension = labelledEnum({
  region: '下级行政区划',
  organisationType: '组织类型',
  venueType: '阵地类型',
  eventCategory: '活动类型',
  audienceGroup: '受众群体',
  month: '月份',
  week: '周',
});
export type BreakdownDimension = keyof typeof breakdownDimension.labels;

export const StatsBreakdownQuery = z
  .strictObject({ ...statsPeriodFields, by: breakdownDimension.schema.meta({ description: 'what to break the figures down by' }) })
  .superRefine((value, ctx) => checkPeriodSpan(value, value.by === 'month' || value.by === 'week' ? MAX_SERIES_MONTHS : MAX_STATS_MONTHS, ctx));

export const StatsRankingQuery = z
  .strictObject({
    ...statsPeriodFields,
    metric: rankingMetric.default('attendance').meta({ description: 'the figure child regions are ranked by' }),
    order: z.enum(['desc', 'asc']).default('desc').meta({ description: 'desc ranks the largest value first' }),
  })
  .superRefine(checkStatsPeriod);

export type StatsQueryInput = z.infer<typeof StatsQuery>;

export interface StatsPeriod {
  from: string;
  to: string;
  /** The year indicators are read for: the year of `to`. */
  year: number;
  asOf: string;
  statuses: EventStatus[];
}

/** The period a stats query means, with its defaults filled in: the current year, completed events, today. */
export function resolveStatsPeriod(query: Pick<StatsQueryInput, 'year' | 'from' | 'to' | 'status' | 'asOf'>, today: string): StatsPeriod {
  const year = query.year ?? Number(today.slice(0, 4));
  const from = query.from ?? `${year}-01-01`;
  const to = query.to ?? `${year}-12-31`;
  return { from, to, year: Number(to.slice(0, 4)), asOf: query.asOf ?? (to < today ? to : today), statuses: [...new Set(query.status)] };
}

const pad = (value: number) => String(value).padStart(2, '0');
const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dayMs = 86_400_000;

/** The last day of the month `date` falls in. */
export function monthEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return dateOf(Date.UTC(year, month, 0));
}

/** `date` moved by whole months, clamped to the end of a shorter month (03-31 − 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const target = monthNumber(date) + months;
  const first = `${Math.floor(target / 12)}-${pad((target % 12) + 1)}-01`;
  const day = Math.min(Number(date.slice(8, 10)), Number(monthEnd(first).slice(8, 10)));
  return `${first.slice(0, 8)}${pad(day)}`;
}

export const addDays = (date: string, days: number) => dateOf(utc(date) + days * dayMs);

/**
 * The period just before this one, of the same length: whole months shift by whole months (a year
 * compares with the year before, a quarter with the quarter before); any other span shifts by its days.
 */
export function previousPeriod(period: { from: string; to: string }): { from: string; to: string } {
  if (period.from.endsWith('-01') && period.to === monthEnd(period.to)) {
    const months = monthNumber(period.to) - monthNumber(period.from) + 1;
    const from = addMonths(period.from, -months);
    return { from, to: addDays(period.from, -1) };
  }
  const days = (utc(period.to) - utc(period.from)) / dayMs + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** The same dates one year earlier (29 February becomes the 28th). */
export const yearEarlier = (period: { from: string; to: string }) => ({ from: addMonths(period.from, -12), to: addMonths(period.to, -12) });

/** Every month (YYYY-MM) the period touches, in order. */
export function monthsOf(period: { from: string; to: string }): string[] {
  const months: string[] = [];
  for (let month = monthNumber(period.from); month <= monthNumber(period.to); month += 1) {
    months.push(`${Math.floor(month / 12)}-${pad((month % 12) + 1)}`);
  }
  return months;
}

/** The ISO 8601 week (Monday first) a date falls in, e.g. 2024-W37. */
export function isoWeekOf(date: string): string {
  const time = utc(date);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  const thursday = new Date(time + (3 - weekday) * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** Every ISO week the period touches, in order. */
export function weeksOf(period: { from: string; to: string }): string[] {
  const weeks = new Set<string>();
  // Compared as instants, not strings: `10000-01-01` sorts before `9999-12-31` as text.
  for (let time = utc(period.from); time <= utc(period.to); time += dayMs) weeks.add(isoWeekOf(dateOf(time)));
  return [...weeks];
}

/** Every kind × level of honours: as many as the dictionary's honour kinds at each level. */
const honourPairs = MAX_ENTRIES_PER_KIND * honourLevelBucket.values.length;

/**
 * A breakdown's group: a child region, a dictionary entry, an audience group, a month or an ISO week
 * (a series spans at most MAX_SERIES_MONTHS, which touch at most one week per 7 of their days, plus one).
 */
const breakdownGroups = Math.max(
  regionTreeBounds.children,
  MAX_ENTRIES_PER_KIND,
  audienceBucket.values.length,
  MAX_SERIES_MONTHS,
  Math.ceil((MAX_SERIES_MONTHS * 31) / 7) + 1,
);
/** A child's region code, a dictionary code, an audience group, a month (YYYY-MM) or an ISO week (YYYY-Www). */
const breakdownKey = z.string().max(48);

/** YYYY-MM. */
const month = z
  .string()
  .length(7)
  .regex(/^\d{4}-\d{2}$/);

const StatsRegion = z.object({ code: regionCode, name: regionName, level: regionLevel.schema });

const StatsPeriodResponse = z.object({
  from: isoDate,
  to: isoDate,
  year: z.number().int().meta({ description: 'the year indicators are read for (the year of `to`)' }),
  asOf: isoDate.meta({ description: 'the date designations must be valid on' }),
  status: z.array(eventStatus.schema).max(eventStatus.values.length).meta({ description: 'the event statuses counted, each once' }),
});

const StatsMeta = z
  .object({
    definitions: z.partialRecord(definitionName, statDefinition).meta({ description: 'what each figure in this response counts' }),
    freshness: kepuSentence.meta({ description: 'how current the figures are' }),
    generatedAt: isoDateTime,
  })
  .meta({ id: 'StatsMeta' });

const figure = count.meta({ description: 'a count or sum; see meta.definitions' });
const bigFigure = z.number().int().min(0).meta({ description: 'a sum; see meta.definitions' });
const sumFigure = z
  .number()
  .int()
  .min(0)
  .nullable()
  .meta({ description: 'a sum of known values; null when every counted record lacks it (meta.definitions.unknown)' });
const unknownFigure = count.meta({
  description: 'how many counted records have no value for the figure of the same name (meta.definitions.unknown)',
});

/** A sum and its unknown count, as fields `X` and `XUnknown`. */
const withUnknown = <K extends string>(name: K) =>
  ({ [name]: sumFigure, [unknownKey(name)]: unknownFigure }) as Record<K, typeof sumFigure> & Record<`${K}Unknown`, typeof unknownFigure>;

export const EventFigures = z
  .object({
    ...withUnknown('events'),
    ...withUnknown('attendance'),
    ...withUnknown('participants'),
    ...withUnknown('onlineViews'),
    ...withUnknown('eventVolunteers'),
  })
  .meta({ id: 'EventFigures' });

const IndicatorFigure = z.object({
  kind: dictionaryValue('indicator_kind'),
  label: labelText,
  value: z.number(),
  unit: unitText.nullable(),
  qualifier: figureQualifier.schema.nullable(),
  year: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'the year this value is for (or the first of its span); may be earlier than the period; null when not known' }),
  yearTo: z.number().int().nullable().meta({ description: 'the last year of the span the value covers, if it covers one' }),
  source: indicatorSource,
  level: honourLevel.schema.nullable(),
});

/** Honoured subjects of one kind and level (statDefinitions.designations). */
const HonourCount = z.object({
  kind: dictionaryValue('honour_kind'),
  kindLabel: labelText,
  level: honourLevelBucket.schema,
  levelLabel: labelText,
  count: figure,
});

const labelled = <K extends z.ZodType<string>>(key: K) => ({ key, label: labelText });
/** A dictionary entry's top-level entry: its count is its own and is not in the parent's, which a report may add up. */
const parentKey = dictionaryCode
  .nullable()
  .meta({ description: 'the top-level dictionary entry this type rolls up into; null for a top-level entry' });

export const StatsOverviewResponse = z
  .object({
    region: StatsRegion,
    period: StatsPeriodResponse,
    organisations: z.object({
      count: figure,
      members: bigFigure,
      ...withUnknown('registeredVolunteers'),
      byType: z
        .array(
          z.object({
            ...labelled(dictionaryValue('organisation_type')),
            parentKey,
            count: figure,
            members: bigFigure,
            ...withUnknown('registeredVolunteers'),
          }),
        )
        .max(MAX_ENTRIES_PER_KIND),
    }),
    venues: z.object({
      count: figure,
      byType: z.array(z.object({ ...labelled(dictionaryValue('venue_type')), parentKey, count: figure })).max(MAX_ENTRIES_PER_KIND),
      byStatus: z.array(z.object({ ...labelled(venueStatus.schema), count: figure })).max(venueStatus.values.length),
      byDesignationLevel: z.array(z.object({ ...labelled(honourLevelBucket.schema), count: figure })).max(honourLevelBucket.values.length),
    }),
    designations: z.object({
      byKindAndLevel: z
        .array(HonourCount.extend({ bySubject: z.object({ region: figure, organisation: figure, venue: figure, event: figure }) }))
        .max(honourPairs),
    }),
    events: EventFigures,
    indicators: z.array(IndicatorFigure).max(MAX_ENTRIES_PER_KIND),
    meta: StatsMeta,
  })
  .meta({ id: 'StatsOverview' });

const optionalCount = bigFigure.optional();
const optionalSum = sumFigure.optional();
const optionalUnknown = unknownFigure.optional();
/** A breakdown's sum and unknown count, present when the dimension has that figure. */
const optionalWithUnknown = <K extends string>(name: K) =>
  ({ [name]: optionalSum, [unknownKey(name)]: optionalUnknown }) as Record<K, typeof optionalSum> & Record<`${K}Unknown`, typeof optionalUnknown>;

export const StatsBreakdownItem = z
  .object({
    ...labelled(breakdownKey),
    parentKey: parentKey.optional(),
    organisations: optionalCount,
    members: optionalCount,
    ...optionalWithUnknown('registeredVolunteers'),
    venues: optionalCount,
    ...optionalWithUnknown('events'),
    ...optionalWithUnknown('attendance'),
    ...optionalWithUnknown('participants'),
    ...optionalWithUnknown('onlineViews'),
    ...optionalWithUnknown('eventVolunteers'),
    honours: z
      .array(HonourCount)
      .max(honourPairs)
      .optional()
      .meta({ description: 'by=region: the honours held in the child, per kind × level; the same pairs in every item (meta.definitions.honours)' }),
  })
  .meta({ id: 'StatsBreakdownItem', description: 'one group; carries the figures that apply to the chosen dimension' });

export const StatsBreakdownResponse = z
  .object({
    region: StatsRegion,
    period: StatsPeriodResponse,
    by: breakdownDimension.schema,
    items: z.array(StatsBreakdownItem).max(breakdownGroups),
    meta: StatsMeta,
  })
  .meta({ id: 'StatsBreakdown' });

const Denominator = z.object({
  kind: dictionaryValue('indicator_kind'),
  value: z.number(),
  year: z.number().int().nullable(),
  source: indicatorSource,
});

export const StatsRatioItem = z.object({
  metric: ratioMetric.schema,
  label: labelText,
  value: z.number().nullable().meta({ description: 'null when the denominator (or numerator indicator) is missing; see reason' }),
  unit: unitText,
  numerator: z.number().nullable(),
  numeratorUnknown: unknownFigure,
  denominator: Denominator.nullable(),
  reason: kepuSentence.nullable(),
});

export const StatsCoverageItem = z.object({
  metric: z.enum(['townshipCoverage', 'villageCoverage']),
  label: labelText,
  value: z.number().nullable().meta({ description: 'percent, 0–100; null when the region has no such units' }),
  covered: count,
  total: count,
  denominatorSource: kepuSentence,
  reason: kepuSentence.nullable(),
});

export const StatsRatiosResponse = z
  .object({
    region: StatsRegion,
    period: StatsPeriodResponse,
    ratios: z.array(StatsRatioItem).max(ratioMetric.values.length),
    coverage: z.array(StatsCoverageItem).max(StatsCoverageItem.shape.metric.options.length),
    meta: StatsMeta,
  })
  .meta({ id: 'StatsRatios' });

export const StatsRankingItem = z.object({
  rank: z.number().int().min(1).nullable().meta({ description: 'competition ranking (1, 2, 2, 4); null when the value is missing' }),
  region: StatsRegion,
  value: z.number().nullable(),
  valueUnknown: unknownFigure.meta({
    description: 'records counted in value that have no value for the metric (meta.definitions.unknown); 0 for metrics that cannot be unknown',
  }),
  previousValue: z.number().nullable(),
  previousRank: z.number().int().min(1).nullable(),
  change: z.number().nullable().meta({ description: 'value − previousValue' }),
  changeRate: z.number().nullable().meta({ description: 'change ÷ previousValue × 100; null when previousValue is 0 or missing' }),
});

export const StatsRankingResponse = z
  .object({
    region: StatsRegion,
    period: StatsPeriodResponse,
    previousPeriod: z.object({ from: derivedDate, to: derivedDate, year: z.number().int() }),
    metric: rankingMetric,
    label: labelText,
    order: z.enum(['desc', 'asc']),
    items: z.array(StatsRankingItem).max(regionTreeBounds.children),
    meta: StatsMeta,
  })
  .meta({ id: 'StatsRanking' });

export const StatsTimeSeriesResponse = z
  .object({
    region: StatsRegion,
    period: StatsPeriodResponse,
    items: z
      .array(
        z.object({
          month,
          ...withUnknown('events'),
          ...withUnknown('attendance'),
          previousYear: z.object({ month, ...withUnknown('events'), ...withUnknown('attendance') }),
        }),
      )
      .max(MAX_SERIES_MONTHS),
    meta: StatsMeta,
  })
  .meta({ id: 'StatsTimeSeries' });

export type StatsOverview = z.infer<typeof StatsOverviewResponse>;
export type StatsBreakdown = z.infer<typeof StatsBreakdownResponse>;
export type StatsRatios = z.infer<typeof StatsRatiosResponse>;
export type StatsRanking = z.infer<typeof StatsRankingResponse>;
export type StatsTimeSeries = z.infer<typeof StatsTimeSeriesResponse>;
