import { barListOption, keyFigureComparisonOption, monthlyTrendOption } from '@kepu/charts';
import { honourLevelBucket, type StatsTimeSeries } from '@kepu/domain';
import { chartSvg } from './charts.js';
import { cellOf, columnsOf, type DistrictProfile } from './district-profile.js';
import { keyFiguresNote, type KeyFigure } from './key-figures.js';
import { renderPdf, type PdfChart, type PdfKeyFigure, type PdfKeyFigures, type PdfTable } from './pdf.js';

/**
 * Charts are laid out this many px wide and printed at the text width (495 pt): 12 px text prints at about 9 pt,
 * and the axes get the room they have on a screen, so their labels do not collide.
 */
const CHART_WIDTH = 640;
const BAR_HEIGHT = 15;

const subject = (profile: DistrictProfile) => profile.region.name;

function pdfKeyFigure(figure: KeyFigure): PdfKeyFigure {
  return {
    label: figure.label,
    value: figure.value,
    unit: figure.unit,
    ...(figure.valueUnknown > 0 ? { valueNote: `另${figure.valueUnknown}条未填报，未计入` } : {}),
    previous: { value: figure.previous, change: figure.change, changeRate: figure.changeRate },
    average: figure.cityAverage,
    rank: { rank: figure.rank, of: figure.rankedOf },
  };
}

const chart = (title: string, option: Parameters<typeof chartSvg>[0], height: number): PdfChart => ({
  title,
  svg: chartSvg(option, { width: CHART_WIDTH, height }),
  width: CHART_WIDTH,
  height,
});

/** The key figures as the cards every report for officials opens with. */
export const keyFiguresBlock = (figures: KeyFigure[], year: number, districts: number): PdfKeyFigures => ({
  heading: `关键指标（${year}年）`,
  labels: { previous: `${year - 1}年`, average: '全市区县平均', rank: '全市区县排名' },
  items: figures.map(pdfKeyFigure),
  note: `注：${keyFiguresNote(figures, districts)}`,
});

/** 活动场次 and 受众人次 by month, the year beside the year before. */
export const monthlyChart = (monthly: StatsTimeSeries['items'], year: number) =>
  chart(
    `月度活动场次与受众人次（${year}年与${year - 1}年）`,
    monthlyTrendOption(monthly, {
      thisYear: `${year}年`,
      lastYear: `${year - 1}年`,
      events: '场次',
      attendance: '人次',
      month: (month) => `${Number(month.slice(5))}月`,
    }),
    300,
  );

function charts(profile: DistrictProfile): PdfChart[] {
  const { items } = profile.districtRanking;
  return [
    monthlyChart(profile.monthly, profile.year),
    chart(
      `关键指标与全市区县平均对比（平均 = 100%）`,
      keyFigureComparisonOption(
        profile.keyFigures.map((figure) => ({ label: figure.label, value: figure.value, average: figure.cityAverage })),
        { subject: subject(profile), average: '全市区县平均' },
      ),
      50 + profile.keyFigures.length * 2 * BAR_HEIGHT,
    ),
    chart(
      `全市区县${profile.districtRanking.label}排名`,
      barListOption(
        items.map((item) => ({ label: item.name, value: item.value })),
        { name: profile.districtRanking.label, labelWidth: 150, highlight: subject(profile), topDown: true, margins: { top: 10, bottom: 30 } },
      ),
      40 + items.length * BAR_HEIGHT,
    ),
  ];
}

/** 认定荣誉 as one line per kind with a column per level: the dozens of kind × level rows of the full table, read at a glance. */
export function honoursTable(honours: DistrictProfile['honours'], year: number): PdfTable {
  const levels = honourLevelBucket.values.filter((level) => honours.some((item) => item.level === level));
  const kinds = [...new Map(honours.map((item) => [item.kind, item.kindLabel]))];
  const count = (kind: string, level: string) => honours.find((item) => item.kind === kind && item.level === level)?.count ?? 0;
  return {
    heading: `认定荣誉（截至 ${year}-12-31 有效）`,
    columns: ['认定类别', ...levels.map((level) => honourLevelBucket.labels[level]), '合计'],
    rows: kinds.map(([kind, label]) => {
      const counts = levels.map((level) => count(kind, level));
      return [label, ...counts, counts.reduce((sum, value) => sum + value, 0)];
    }),
    ...(kinds.length === 0 ? { note: '本年末没有有效的认定荣誉。' } : {}),
  };
}

/** Key figures, charts and the honours first (what an official reads), then the full tables with their rows of zeros folded. */
export function districtProfilePdf(profile: DistrictProfile): Promise<Buffer> {
  return renderPdf({
    title: profile.title,
    subtitle: profile.subtitle,
    keyFigures: keyFiguresBlock(profile.keyFigures, profile.year, profile.districtRanking.items.length),
    charts: charts(profile),
    tables: [
      honoursTable(profile.honours, profile.year),
      ...profile.sections.map((section): PdfTable => ({
        heading: section.heading,
        columns: columnsOf(profile),
        rows: section.rows.map((item) => [item.label, cellOf(item, 'current'), cellOf(item, 'previous'), item.unit, item.note]),
        foldZeroRows: { columns: [1, 2] },
        ...(section.note ? { note: `注：${section.note}` } : {}),
      })),
    ],
    footer: profile.footer,
  });
}
