import {
  dictionaryOf,
  flowMetric,
  statDefinitions,
  stockMetric,
  sumWithUnknowns,
  toShanghaiIso,
  type Region,
  type StatsOverview,
  type StatsPeriod,
} from '@kepu/domain';
import type { Executor } from '@kepu/db';
import { xlsxChunks, type Cell, type SheetSource } from '@kepu/sheets';
import { dictionaryEntriesFor } from '../kernel/dictionary.js';
import { breakdown, overview, ratios, yearPeriod } from '../stats/index.js';
import { submittedFigures, submittedSource } from './submitted.js';

/** What a report shows where a figure has no value, in every format. */
export const MISSING = '—';

/**
 * A figure's cell in every report: the number when every counted record gave it; otherwise the text
 * `sumWithUnknowns` writes — "1,234（另3条未填报）", or "未填报" when none did, never 0; "—" when there is
 * no value at all (an indicator nobody reported).
 */
export function figureCell(value: number | null, unknown = 0): number | string {
  if (unknown > 0) return sumWithUnknowns(value, unknown);
  return value ?? MISSING;
}

/** A sum read from an answer: absent is nothing counted (0); null stays unknown. */
export const sumOf = (value: number | null | undefined): number | null => (value === undefined ? 0 : value);

export interface FormRow {
  /** A stable name of the figure (`organisations.society`), for code that reads values rather than labels. */
  key: string;
  indicator: string;
  /** The figure as the form shows it (`figureCell`): a number, or text saying what it could not count. */
  value: number | string;
  /** The figure as a number: null when there is none ("—", "未填报"). */
  figure: number | null;
  /** Counted records without a value for the figure (statDefinitions.unknown). */
  unknown: number;
  unit: string;
  definition: string;
  /** How to list the exact rows the figure counts: the console list with its filters and the stats API query. */
  source: string;
}

export interface FormSection {
  title: string;
  rows: FormRow[];
}

const districtFigures = [
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
type DistrictFigure = (typeof districtFigures)[number];

export interface DistrictRow {
  code: string;
  name: string;
  figures: Record<DistrictFigure, number | null>;
  /** Per figure, the counted records without a value (0 for figures that cannot be unknown). */
  unknown: Record<DistrictFigure, number>;
}

export interface StatisticsForm {
  region: Region;
  period: StatsPeriod;
  title: string;
  scope: string;
  generatedAt: string;
  sections: FormSection[];
  /** The city roll-up only: one row per 区县, then 市本级 and 合计. */
  districts: DistrictRow[] | null;
}

/** Which year an indicator value is for, as a note says it: `2023 年`, `2012—2025 年`, `年度未注明的`. */
export const indicatorYearText = (value: { year: number | null; yearTo: number | null }) =>
  value.year === null ? '年度未注明的' : value.yearTo !== null ? ` ${value.year}—${value.yearTo} 年` : ` ${value.year} 年`;

/** The filing unit as its seal reads, e.g. 重庆市沙坪坝区科学技术协会. */
export const associationOf = (region: Region) => `${region.fullName}科学技术协会`;

/** The period every report uses: the whole calendar year, completed events, designations as at its end (or today). */
export const reportPeriod = yearPeriod;

const query = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');

/** Where to find the rows behind each figure; the console lists take the API's list filters in their URL. */
function tracer(region: Region, period: StatsPeriod) {
  const scope = { region: region.code };
  const api = (path: string, field: string, extra: Record<string, string> = {}) =>
    `接口 GET /api/v1/stats/${path}?${query({ ...scope, year: period.year, ...extra })} → ${field}`;
  const eventList = (extra: Record<string, string>, what: string) =>
    `控制台 /events?${query({ ...scope, from: period.from, to: period.to, status: period.statuses.join(','), ...extra })}（${what}）`;
  return {
    organisations: (type: string | null, what: string, field: string) =>
      `控制台 /organisations?${query({ ...scope, ...(type ? { type } : {}) })}（${what}）；${api('overview', field)}`,
    venues: (type: string | null, field: string) =>
      `控制台 /venues?${query({ ...scope, status: 'open', ...(type ? { type } : {}) })}（条数）；${api('overview', field)}`,
    designated: (level: string) =>
      `${api('overview', `venues.byDesignationLevel[${level}].count`)}（认定截至 ${period.asOf}）；控制台 /venues?${query({ ...scope, status: 'open', level })} 按今日有效的认定筛选，统计截止日为今日时与本数一致`,
    honours: (kind: string, level: string) =>
      `控制台 /designations?${query({ ...scope, kind, level, validOn: period.asOf })}（条数，同一对象计一次）；${api('overview', `designations.byKindAndLevel[kind=${kind},level=${level}].count`)}`,
    indicator: (kind: string, year: number | null) =>
      `控制台 /indicators?${query({ ...scope, kind, ...(year ? { year } : {}) })}（区划代码为 ${region.code} 的记录）；${api('overview', `indicators[kind=${kind}]`)}`,
    ratio: (metric: string) => api('ratios', `ratios[metric=${metric}]`),
    events: (what: string, field: string) => `${eventList({}, what)}；${api('overview', field)}`,
    category: (category: string, what: string, field: string) =>
      `${eventList({ category }, what)}；${api('breakdown', `items[key=${category}].${field}`, { by: 'eventCategory' })}`,
  };
}

const row = (key: string, indicator: string, value: number | null, unit: string, definition: string, source: string, unknown = 0): FormRow => ({
  key,
  indicator,
  value: figureCell(value, unknown),
  figure: value,
  unknown,
  unit,
  definition,
  source,
});

interface TypeCount {
  key: string;
  label: string;
  parentKey: string | null;
  count: number;
}

/**
 * The 其中 rows of a figure by type. A type staff added under an official one (its dictionary
 * parent) is counted in that row, and follows it as a row of its own, so the official rows of the
 * form stay complete while the new type stays visible. `types` is the row's codes, comma-separated.
 */
function typeRows<T extends TypeCount>(items: T[], build: (item: T, label: string, count: number, types: string) => FormRow): FormRow[] {
  const listed = new Set(items.map((item) => item.key));
  const childrenOf = (item: T) => items.filter((child) => child.parentKey === item.key);
  return items
    .filter((item) => !item.parentKey || !listed.has(item.parentKey))
    .flatMap((item) => {
      const children = childrenOf(item);
      const total = children.reduce((sum, child) => sum + child.count, item.count);
      const types = [item.key, ...children.map((child) => child.key)].join(',');
      const includes = children.length > 0 ? `（含${children.map((child) => child.label).join('、')}）` : '';
      return [
        build(item, `其中：${item.label}${includes}`, total, types),
        ...children.map((child) => build(child, `\u3000\u3000其中：${child.label}`, child.count, child.key)),
      ];
    });
}

function people(now: StatsOverview, trace: ReturnType<typeof tracer>): FormSection {
  const { organisations } = now;
  const volunteerTeams = organisations.byType.find((item) => item.key === 'volunteer_team');
  return {
    title: '一、科普人员',
    rows: [
      row(
        'organisations',
        '科普组织总数',
        organisations.count,
        '个',
        statDefinitions.organisations,
        trace.organisations(null, '条数', 'organisations.count'),
      ),
      ...typeRows(organisations.byType, (item, label, count, types) =>
        row(
          `organisations.${item.key}`,
          label,
          count,
          '个',
          statDefinitions.organisations,
          trace.organisations(
            types,
            '条数',
            types
              .split(',')
              .map((type) => `organisations.byType[${type}].count`)
              .join(' + '),
          ),
        ),
      ),
      row(
        'members',
        '会员数',
        organisations.members,
        '人',
        statDefinitions.members,
        trace.organisations(null, '会员数合计', 'organisations.members'),
      ),
      row(
        'registeredVolunteers',
        '注册志愿者数',
        organisations.registeredVolunteers,
        '人',
        statDefinitions.registeredVolunteers,
        trace.organisations(null, '注册志愿者数合计', 'organisations.registeredVolunteers'),
        organisations.registeredVolunteersUnknown,
      ),
      row(
        'registeredVolunteers.volunteer_team',
        '其中：科技志愿服务队注册志愿者',
        sumOf(volunteerTeams?.registeredVolunteers),
        '人',
        statDefinitions.registeredVolunteers,
        trace.organisations('volunteer_team', '注册志愿者数合计', 'organisations.byType[volunteer_team].registeredVolunteers'),
        volunteerTeams?.registeredVolunteersUnknown ?? 0,
      ),
      row(
        'eventVolunteers',
        '志愿服务人次',
        now.events.eventVolunteers,
        '人次',
        statDefinitions.eventVolunteers,
        trace.events('志愿者人次合计', 'events.eventVolunteers'),
        now.events.eventVolunteersUnknown,
      ),
    ],
  };
}

function venues(now: StatsOverview, trace: ReturnType<typeof tracer>): FormSection {
  return {
    title: '二、科普场地',
    rows: [
      row('venues', '开放科普阵地总数', now.venues.count, '个', statDefinitions.venues, trace.venues(null, 'venues.count')),
      ...typeRows(now.venues.byType, (item, label, count, types) =>
        row(
          `venues.${item.key}`,
          label,
          count,
          '个',
          statDefinitions.venues,
          trace.venues(
            types,
            types
              .split(',')
              .map((type) => `venues.byType[${type}].count`)
              .join(' + '),
          ),
        ),
      ),
      // Honours by kind and level (国家级科普教育基地, 全国科普示范社区 …), the ones held: a 国家体育总局科普基地 is not a 科普教育基地.
      ...now.designations.byKindAndLevel
        .filter((item) => item.count > 0)
        .map((item) =>
          row(
            `designations.${item.kind}.${item.level}`,
            `认定荣誉：${item.levelLabel}${item.kindLabel}（截至 ${now.period.asOf}）`,
            item.count,
            '个',
            statDefinitions.designations,
            trace.honours(item.kind, item.level),
          ),
        ),
      ...now.venues.byDesignationLevel.map((item) =>
        row(
          `designatedVenues.${item.key}`,
          `${item.label}认定阵地（截至 ${now.period.asOf}）`,
          item.count,
          '个',
          statDefinitions.designatedVenues,
          trace.designated(item.key),
        ),
      ),
    ],
  };
}

const fundingKinds = ['funding_total', 'social_investment', 'per_capita_funding'];

async function funding(
  db: Executor,
  region: Region,
  period: StatsPeriod,
  now: StatsOverview,
  trace: ReturnType<typeof tracer>,
): Promise<FormSection> {
  const [rates, dictionary] = await Promise.all([ratios(db, region, period), dictionaryEntriesFor(db)]);
  const perCapita = rates.ratios.find((item) => item.metric === 'fundingPerCapita');
  const kinds = dictionaryOf(dictionary, 'indicator_kind');
  const indicatorRows = fundingKinds.map((kind) => {
    const found = now.indicators.find((item) => item.kind === kind);
    const used = found ? `取${indicatorYearText(found)}值，填报来源：${found.source ?? '未注明'}` : `本区划截至 ${period.year} 年无填报`;
    return row(
      `indicators.${kind}`,
      kinds.label(kind),
      found?.value ?? null,
      kinds.get(kind)?.unit ?? '',
      `${statDefinitions.indicators} ${used}。`,
      trace.indicator(kind, found?.year ?? null),
    );
  });
  return {
    title: '三、科普经费',
    rows: [
      ...indicatorRows,
      row(
        'ratios.fundingPerCapita',
        '人均科普经费（按常住人口测算）',
        perCapita?.value ?? null,
        perCapita?.unit ?? '元/人',
        perCapita?.reason ? `${statDefinitions.fundingPerCapita} 未能测算：${perCapita.reason}。` : statDefinitions.fundingPerCapita,
        trace.ratio('fundingPerCapita'),
      ),
    ],
  };
}

function media(now: StatsOverview, trace: ReturnType<typeof tracer>): FormSection {
  const modes = '统计接口不按活动形式（线下/线上/混合）分组，线上、混合活动场次不在本表填报；在活动列表加 mode=online 或 mode=hybrid 可逐条查看。';
  return {
    title: '四、科普传媒',
    rows: [
      row(
        'onlineViews',
        '活动线上浏览量',
        now.events.onlineViews,
        '次',
        `${statDefinitions.onlineViews} ${modes}`,
        trace.events('线上浏览量合计', 'events.onlineViews'),
        now.events.onlineViewsUnknown,
      ),
    ],
  };
}

async function activities(
  db: Executor,
  region: Region,
  period: StatsPeriod,
  now: StatsOverview,
  trace: ReturnType<typeof tracer>,
): Promise<FormSection> {
  const categories = (await breakdown(db, region, period, 'eventCategory')).items;
  return {
    title: '五、科普活动',
    rows: [
      row('events', '科普活动场次', now.events.events, '场', statDefinitions.events, trace.events('条数', 'events.events'), now.events.eventsUnknown),
      row(
        'attendance',
        '受众人次',
        now.events.attendance,
        '人次',
        statDefinitions.attendance,
        trace.events('受众人次合计', 'events.attendance'),
        now.events.attendanceUnknown,
      ),
      row(
        'participants',
        '受众人数',
        now.events.participants,
        '人',
        statDefinitions.participants,
        trace.events('受众人数合计', 'events.participants'),
        now.events.participantsUnknown,
      ),
      ...categories.flatMap((item) => [
        row(
          `events.${item.key}`,
          `${item.label} 场次`,
          sumOf(item.events),
          '场',
          statDefinitions.events,
          trace.category(item.key, '条数', 'events'),
          item.eventsUnknown,
        ),
        row(
          `attendance.${item.key}`,
          `${item.label} 受众人次`,
          sumOf(item.attendance),
          '人次',
          statDefinitions.attendance,
          trace.category(item.key, '受众人次合计', 'attendance'),
          item.attendanceUnknown,
        ),
      ]),
    ],
  };
}

/** Each 区县's figures, then what is recorded on the city itself (the 市科协 and its own events), then the city's total. */
async function districtRows(db: Executor, region: Region, period: StatsPeriod, now: StatsOverview): Promise<DistrictRow[]> {
  const items = (await breakdown(db, region, period, 'region')).items;
  const unknownOf = (item: Partial<Record<`${DistrictFigure}Unknown`, number>>) =>
    Object.fromEntries(districtFigures.map((name) => [name, item[`${name}Unknown`] ?? 0])) as DistrictRow['unknown'];
  const children: DistrictRow[] = items.map((item) => ({
    code: item.key,
    name: item.label,
    figures: Object.fromEntries(districtFigures.map((name) => [name, sumOf(item[name])])) as DistrictRow['figures'],
    unknown: unknownOf(item),
  }));
  const total: DistrictRow = {
    code: region.code,
    name: '合计',
    figures: {
      organisations: now.organisations.count,
      members: now.organisations.members,
      registeredVolunteers: now.organisations.registeredVolunteers,
      venues: now.venues.count,
      ...now.events,
    },
    unknown: unknownOf({ ...now.events, registeredVolunteersUnknown: now.organisations.registeredVolunteersUnknown }),
  };
  const childSum = (name: DistrictFigure, pick: (child: DistrictRow) => number | null) =>
    children.reduce((sum, child) => sum + (pick(child) ?? 0), 0);
  // What is left after the districts: known sums and unknown counts both subtract (a summary is in one district or the city).
  const ownUnknown = Object.fromEntries(districtFigures.map((name) => [name, total.unknown[name] - childSum(name, (child) => child.unknown[name])]));
  const own = Object.fromEntries(
    districtFigures.map((name) => {
      const known = (total.figures[name] ?? 0) - childSum(name, (child) => child.figures[name]);
      // Nothing known left, but unknowns: the city's own records gave no value.
      return [name, known === 0 && (ownUnknown[name] ?? 0) > 0 ? null : known];
    }),
  ) as DistrictRow['figures'];
  return [...children, { code: region.code, name: '市本级', figures: own, unknown: ownUnknown as DistrictRow['unknown'] }, total];
}

/** The annual 科普统计 form of a 区县, or of the city with its 区县 beside it: the stats figures, and approved submissions where they have none. */
export async function statisticsForm(db: Executor, region: Region, year: number): Promise<StatisticsForm> {
  const period = reportPeriod(year);
  const now = await overview(db, region, period);
  const trace = tracer(region, period);
  const [fundingSection, activitySection, districts, submitted] = await Promise.all([
    funding(db, region, period, now, trace),
    activities(db, region, period, now, trace),
    region.level === 'city' ? districtRows(db, region, period, now) : null,
    submittedFigures(db, region.code, year),
  ]);
  const sections = [people(now, trace), venues(now, trace), fundingSection, media(now, trace), activitySection].map((section) => ({
    ...section,
    rows: section.rows.map((item): FormRow => {
      const approved = submitted(item.key, item.figure, item.unknown);
      return approved
        ? { ...item, value: approved.value, figure: approved.value, unknown: 0, source: `${submittedSource(approved)}。记录的出处：${item.source}` }
        : item;
    }),
  }));
  return {
    region,
    period,
    title: `${region.fullName} ${year}年度 科普统计表`,
    scope:
      `填报单位：${associationOf(region)}（${region.code}）；统计口径：${period.from} 至 ${period.to}（北京时间），活动按开始日期计入，仅计状态为已完成的活动；` +
      `组织、会员、注册志愿者与开放阵地为生成时的现状数；认定阵地截至 ${period.asOf}。`,
    generatedAt: toShanghaiIso(new Date()),
    sections,
    districts,
  };
}

const header = (labels: string[]): Cell[] => labels.map((value) => ({ value, style: 'header' }));
const wrap = (value: string): Cell => ({ value, style: 'wrap' });

function formRows(form: StatisticsForm): Cell[][] {
  const rows: Cell[][] = [[{ value: form.title, style: 'title' }], [form.scope], [`生成时间：${form.generatedAt}`], []];
  for (const section of form.sections) {
    rows.push([{ value: section.title, style: 'bold' }], header(['指标', '数值', '单位', '口径', '来源']));
    for (const item of section.rows) rows.push([item.indicator, item.value, item.unit, wrap(item.definition), wrap(item.source)]);
    rows.push([]);
  }
  return rows;
}

const figureLabels: Record<DistrictFigure, string> = { ...stockMetric.labels, ...flowMetric.labels, venues: '开放阵地数' };

function districtSheetRows(form: StatisticsForm, districts: DistrictRow[]): Cell[][] {
  const source = `来源：接口 GET /api/v1/stats/breakdown?${query({ region: form.region.code, year: form.period.year, by: 'region' })}（各区县）；合计行为 GET /api/v1/stats/overview?${query({ region: form.region.code, year: form.period.year })}；市本级 = 合计 − 各区县之和，即登记在市级区划本身的记录。`;
  return [
    [{ value: `${form.region.fullName} ${form.period.year}年度 科普统计分区县表`, style: 'title' }],
    [form.scope],
    [source],
    [],
    header(['区划代码', '区县', ...districtFigures.map((name) => figureLabels[name])]),
    ...districts.map((district): Cell[] => [
      district.code,
      district.name,
      ...districtFigures.map((name) => figureCell(district.figures[name], district.unknown[name])),
    ]),
  ];
}

/** The workbook's sheets, each with its rows in memory: a form is a few hundred rows at most. */
export function statisticsFormSheets(form: StatisticsForm): SheetSource[] {
  const sheets: SheetSource[] = [{ layout: { name: '科普统计表', widths: [40, 14, 8, 60, 70] }, rows: formRows(form) }];
  if (form.districts) {
    sheets.push({
      layout: { name: '分区县', widths: [12, 16, ...districtFigures.map(() => 14)], frozenRows: 5 },
      rows: districtSheetRows(form, form.districts),
    });
  }
  return sheets;
}

export const statisticsFormChunks = (form: StatisticsForm) => xlsxChunks(statisticsFormSheets(form));
