import {
  dictionaryOf,
  qualifiedFigure,
  toShanghaiDate,
  toShanghaiIso,
  type DictionaryEntry,
  type Region,
  type StatsOverview,
  type StatsRatios,
  type StatsTimeSeries,
} from '@kepu/domain';
import { dictionaryEntriesFor } from '../kernel/dictionary.js';
import type { Executor } from '@kepu/db';
import { xlsxChunks, type Cell } from '@kepu/sheets';
import { breakdown, overview, ratios, timeSeries } from '../stats/index.js';
import { keyFigures, keyFiguresNote, type KeyFigure, type RankedDistrict } from './key-figures.js';
import { associationOf, figureCell, indicatorYearText, MISSING, reportPeriod, sumOf } from './statistics-form.js';
import { submittedFigures, submittedSource } from './submitted.js';

export interface ProfileRow {
  /** A stable name of the figure (`organisations.society`), for code that reads values rather than labels. */
  key: string;
  label: string;
  unit: string;
  /** The year's value; null when there is none. */
  current: number | null;
  /** The previous year's value; null when there is none or, for counts of the present, cannot be known. */
  previous: number | null;
  /** Counted records without a value for the figure, this year and the year before (statDefinitions.unknown). */
  currentUnknown: number;
  previousUnknown: number;
  note: string;
}

export interface ProfileSection {
  heading: string;
  rows: ProfileRow[];
  note?: string;
}

export interface DistrictProfile {
  region: Region;
  year: number;
  title: string;
  subtitle: string;
  footer: string;
  sections: ProfileSection[];
  /** The figures the report opens with, each against the year before, the mean over the 区县 and its rank. */
  keyFigures: KeyFigure[];
  /** Every 区县 ranked by one figure, for the chart beside the key figures. */
  districtRanking: { label: string; items: RankedDistrict[] };
  /** 活动场次 and 受众人次 by month beside the same month a year earlier (/api/v1/stats/timeseries). */
  monthly: StatsTimeSeries['items'];
  /** The honours held at the end of the year, by kind × level, those held at all. */
  honours: StatsOverview['designations']['byKindAndLevel'];
}

/** Categories the article reports for every district; others appear when they had events in either year. */
const flagshipCategories = new Set(['national_science_day', 'science_week']);

const present = (key: string, label: string, unit: string, value: number | null, note = '', unknown = 0): ProfileRow => ({
  key,
  label,
  unit,
  current: value,
  previous: null,
  currentUnknown: unknown,
  previousUnknown: 0,
  note,
});

function organisationRows(now: StatsOverview, rates: StatsRatios): ProfileRow[] {
  const { organisations } = now;
  const teams = organisations.byType.find((item) => item.key === 'volunteer_team');
  return [
    present('organisations', '科协组织总数', '个', organisations.count),
    ...organisations.byType.map((item) => present(`organisations.${item.key}`, item.label, '个', item.count)),
    present('members', '会员数', '人', organisations.members),
    present('registeredVolunteers', '注册志愿者', '人', organisations.registeredVolunteers, '', organisations.registeredVolunteersUnknown),
    present(
      'registeredVolunteers.volunteer_team',
      '其中：科技志愿服务队注册志愿者',
      '人',
      sumOf(teams?.registeredVolunteers),
      '',
      teams?.registeredVolunteersUnknown ?? 0,
    ),
    ...rates.coverage.map((item) => present(item.metric, item.label, '%', item.value, item.reason ?? `${item.covered} / ${item.total}`)),
  ];
}

function venueRows(now: StatsOverview): ProfileRow[] {
  return [
    present('venues', '开放科普阵地总数', '个', now.venues.count),
    ...now.venues.byType.map((item) => present(`venues.${item.key}`, item.label, '个', item.count)),
    ...now.venues.byDesignationLevel.map((item) => present(`designatedVenues.${item.key}`, `${item.label}认定阵地`, '个', item.count)),
    ...now.designations.byKindAndLevel
      .filter((item) => item.count > 0)
      .map((item) => present(`designations.${item.kind}.${item.level}`, `${item.levelLabel}${item.kindLabel}`, '个', item.count)),
  ];
}

type Categories = Awaited<ReturnType<typeof breakdown>>['items'];
type FlowFigure = 'events' | 'attendance' | 'participants' | 'onlineViews' | 'eventVolunteers';

function eventRows(now: StatsOverview, before: StatsOverview, categories: Categories, categoriesBefore: Categories): ProfileRow[] {
  const flow = (key: FlowFigure, label: string, unit: string): ProfileRow => ({
    key,
    label,
    unit,
    current: now.events[key],
    previous: before.events[key],
    currentUnknown: now.events[`${key}Unknown`],
    previousUnknown: before.events[`${key}Unknown`],
    note: '',
  });
  const earlier = new Map(categoriesBefore.map((item) => [item.key, item]));
  // A category with events, even of unknown 场次 (null), is shown.
  const held = (item: Categories[number] | undefined) => item !== undefined && sumOf(item.events) !== 0;
  const shown = categories.filter((item) => flagshipCategories.has(item.key) || held(item) || held(earlier.get(item.key)));
  return [
    flow('events', '科普活动场次', '场'),
    flow('attendance', '受众人次', '人次'),
    flow('participants', '受众人数', '人'),
    flow('onlineViews', '线上浏览量', '次'),
    flow('eventVolunteers', '志愿服务人次', '人次'),
    ...shown.flatMap((item): ProfileRow[] => [
      {
        key: `events.${item.key}`,
        label: `${item.label} 场次`,
        unit: '场',
        current: sumOf(item.events),
        previous: sumOf(earlier.get(item.key)?.events),
        currentUnknown: item.eventsUnknown ?? 0,
        previousUnknown: earlier.get(item.key)?.eventsUnknown ?? 0,
        note: '',
      },
      {
        key: `attendance.${item.key}`,
        label: `${item.label} 受众人次`,
        unit: '人次',
        current: sumOf(item.attendance),
        previous: sumOf(earlier.get(item.key)?.attendance),
        currentUnknown: item.attendanceUnknown ?? 0,
        previousUnknown: earlier.get(item.key)?.attendanceUnknown ?? 0,
        note: '',
      },
    ]),
  ];
}

/** Indicators are reported, not counted: a year without a report shows the latest earlier one, and the note says which. */
function indicatorRows(
  year: number,
  now: StatsOverview,
  before: StatsOverview,
  rates: StatsRatios,
  ratesBefore: StatsRatios,
  dictionary: readonly DictionaryEntry[],
): ProfileRow[] {
  const kinds = dictionaryOf(dictionary, 'indicator_kind');
  const held = new Set([...now.indicators, ...before.indicators].map((item) => item.kind));
  // The built-in indicators always have a row; a catalogue entry (App 注册用户, 读本册数 …) when it was reported.
  const listed = [...kinds.entries.filter((entry) => entry.official || held.has(entry.code)).map((entry) => entry.code)];
  for (const kind of held) if (!kinds.get(kind)) listed.push(kind);
  const reported = listed.map((kind): ProfileRow => {
    const current = now.indicators.find((item) => item.kind === kind);
    // A value of unknown year is shown once, as the current one: nothing says it was also the year before's.
    const previous = before.indicators.find((item) => item.kind === kind && item.year !== null);
    const note = [
      current && current.year !== year ? `${year}年列为${indicatorYearText(current)}值` : '',
      previous && previous.year !== year - 1 ? `${year - 1}年列为${indicatorYearText(previous)}值` : '',
      current?.qualifier ? `填报为“${qualifiedFigure(current.value, current.qualifier)}”` : '',
      current ? `来源：${current.source ?? '未注明'}` : '',
    ].filter(Boolean);
    return {
      key: `indicators.${kind}`,
      label: kinds.label(kind),
      unit: kinds.get(kind)?.unit ?? '',
      current: current?.value ?? null,
      previous: previous?.value ?? null,
      currentUnknown: 0,
      previousUnknown: 0,
      note: note.join('；'),
    };
  });
  const computed = rates.ratios
    .filter((item) => item.metric !== 'venuesPer10k')
    .map((item): ProfileRow => {
      const earlier = ratesBefore.ratios.find((other) => other.metric === item.metric);
      const note = item.denominator ? `常住人口取${indicatorYearText({ year: item.denominator.year, yearTo: null })}值` : '缺常住人口，无法测算';
      return {
        key: `ratios.${item.metric}`,
        label: `${item.label}（测算）`,
        unit: item.unit,
        current: item.value,
        previous: earlier?.value ?? null,
        currentUnknown: item.numeratorUnknown,
        previousUnknown: earlier?.numeratorUnknown ?? 0,
        note: item.numeratorUnknown > 0 ? `${note}；另${item.numeratorUnknown}条记录未填报，未计入` : note,
      };
    });
  return [...reported, ...computed];
}

/** A district's figures as the article tells them, the year beside the year before. */
export async function districtProfile(db: Executor, region: Region, year: number): Promise<DistrictProfile> {
  const period = reportPeriod(year);
  const earlier = reportPeriod(year - 1);
  const [now, before, categories, categoriesBefore, rates, ratesBefore, dictionary, key, monthly] = await Promise.all([
    overview(db, region, period),
    overview(db, region, earlier),
    breakdown(db, region, period, 'eventCategory'),
    breakdown(db, region, earlier, 'eventCategory'),
    ratios(db, region, period),
    ratios(db, region, earlier),
    dictionaryEntriesFor(db),
    keyFigures(db, region, period),
    timeSeries(db, region, period),
  ]);
  const [submittedNow, submittedBefore] = await Promise.all([submittedFigures(db, region.code, year), submittedFigures(db, region.code, year - 1)]);
  /** A row whose records have no figure takes the approved submission of that year, and its note says so. */
  const withSubmissions = (row: ProfileRow): ProfileRow => {
    const current = submittedNow(row.key, row.current, row.currentUnknown);
    const previous = submittedBefore(row.key, row.previous, row.previousUnknown);
    if (!current && !previous) return row;
    const notes = [current && `${year}年${submittedSource(current)}`, previous && `${year - 1}年${submittedSource(previous)}`, row.note];
    return {
      ...row,
      ...(current ? { current: current.value, currentUnknown: 0 } : {}),
      ...(previous ? { previous: previous.value, previousUnknown: 0 } : {}),
      note: notes.filter(Boolean).join('；'),
    };
  };
  const generatedAt = toShanghaiIso(new Date());
  const presentNote = `组织与阵地按生成时（${toShanghaiDate(new Date())}）的现状计数；系统不保存它们的历史状态，故 ${year - 1} 年列为“${MISSING}”。`;
  return {
    region,
    year,
    title: `${region.fullName} ${year}年 科普概况`,
    subtitle: `${associationOf(region)}（${region.code}）；${year}年与${year - 1}年对照；活动按开始日期（北京时间）计入年度，仅计已完成的活动`,
    footer: `生成时间：${generatedAt}；数据来自 Kepu 统计接口（/api/v1/stats）`,
    sections: [
      { heading: '一、科协组织与志愿者', rows: organisationRows(now, rates), note: presentNote },
      { heading: '二、科普阵地', rows: venueRows(now), note: `${presentNote}认定阵地为持有 ${period.asOf} 有效认定的开放阵地，每个级别计一次。` },
      { heading: '三、科普活动', rows: eventRows(now, before, categories.items, categoriesBefore.items) },
      {
        heading: '四、指标',
        rows: indicatorRows(year, now, before, rates, ratesBefore, dictionary),
        note: '指标为填报值（调查、预算），不由系统记录推算；标“测算”的由系统记录与常住人口指标计算。',
      },
    ].map((section) => ({ ...section, rows: section.rows.map(withSubmissions) })),
    keyFigures: key.figures,
    districtRanking: key.ranking,
    monthly: monthly.items,
    honours: now.designations.byKindAndLevel.filter((item) => item.count > 0),
  };
}

/** A year's cell of a row, as every report writes figures (`figureCell`). */
export const cellOf = (row: ProfileRow, year: 'current' | 'previous') => figureCell(row[year], row[`${year}Unknown`]);

export const columnsOf = (profile: DistrictProfile) => ['指标', `${profile.year}年`, `${profile.year - 1}年`, '单位', '说明'];

/** The key figures as the sheet's first block; numbers stay numbers (a rate in percent, one decimal) for whoever computes with them. */
function keyFigureSheetRows(profile: DistrictProfile): Cell[][] {
  const header = ['关键指标', `${profile.year}年`, `${profile.year - 1}年`, '单位', '说明', '增减', '增减%', '全市区县平均', '全市区县排名'];
  const round = (value: number | null, digits: number) => (value === null ? MISSING : Number(value.toFixed(digits)));
  return [
    [{ value: `关键指标（${profile.year}年）`, style: 'bold' }],
    header.map((value): Cell => ({ value, style: 'header' })),
    ...profile.keyFigures.map((figure): Cell[] => [
      figure.label,
      figureCell(figure.value, figure.valueUnknown),
      figure.previous ?? MISSING,
      figure.unit,
      figure.averagedOver < profile.districtRanking.items.length ? `全市区县平均计入 ${figure.averagedOver} 个区县` : '',
      round(figure.change, 2),
      round(figure.changeRate, 1),
      round(figure.cityAverage, 2),
      figure.rank === null ? MISSING : `${figure.rank}/${figure.rankedOf}`,
    ]),
    [`注：${keyFiguresNote(profile.keyFigures, profile.districtRanking.items.length)}`],
    [],
  ];
}

function profileSheetRows(profile: DistrictProfile): Cell[][] {
  const rows: Cell[][] = [[{ value: profile.title, style: 'title' }], [profile.subtitle], [profile.footer], [], ...keyFigureSheetRows(profile)];
  for (const section of profile.sections) {
    rows.push(
      [{ value: section.heading, style: 'bold' }],
      columnsOf(profile).map((value): Cell => ({ value, style: 'header' })),
    );
    for (const item of section.rows) rows.push([item.label, cellOf(item, 'current'), cellOf(item, 'previous'), item.unit, item.note]);
    if (section.note) rows.push([`注：${section.note}`]);
    rows.push([]);
  }
  return rows;
}

export const districtProfileChunks = (profile: DistrictProfile) =>
  xlsxChunks([{ layout: { name: '区县科普概况', widths: [36, 14, 14, 8, 50, 12, 10, 14, 14] }, rows: profileSheetRows(profile) }]);
