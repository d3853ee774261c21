import { cityRegionCode, ratioMetric, stockMetric, type OwnRankingMetric, type Region, type StatsPeriod, type StatsRanking } from '@kepu/domain';
import type { Executor } from '@kepu/db';
import { findRegion } from '../kernel/regions.js';
import { ranking } from '../stats/index.js';

/** A headline figure of a 区县 for the year: against the year before, the mean over the 区县 and its rank among them. */
export interface KeyFigure {
  metric: OwnRankingMetric;
  label: string;
  unit: string;
  value: number | null;
  /** Counted records without a value for the figure (statDefinitions.unknown). */
  valueUnknown: number;
  /** The year before; null when unknown, always for counts of the present (Kepu keeps no history of them). */
  previous: number | null;
  change: number | null;
  changeRate: number | null;
  /** The arithmetic mean of the 区县 values, over the `averagedOver` 区县 that have one. */
  cityAverage: number | null;
  averagedOver: number;
  /** 1 = the highest; equal values share a rank (competition ranking); null without a value. */
  rank: number | null;
  rankedOf: number;
  previousRank: number | null;
}

/** A 区县 in the ranking the report charts. */
export interface RankedDistrict {
  code: string;
  name: string;
  value: number | null;
  rank: number | null;
}

/** What an official reads first, in the order the article tells a district: activity, reach, places, coverage, people, money. */
const keyMetrics: { metric: OwnRankingMetric; unit: string }[] = [
  { metric: 'events', unit: '场' },
  { metric: 'attendance', unit: '人次' },
  { metric: 'venues', unit: '个' },
  { metric: 'townshipCoverage', unit: '%' },
  { metric: 'registeredVolunteers', unit: '人' },
  { metric: 'fundingPerCapita', unit: '元/人' },
];

/** The figure the report's ranking chart shows: reach is what the article ranks districts by. */
export const chartedMetric: OwnRankingMetric = 'attendance';

const isStock = (metric: OwnRankingMetric) => (stockMetric.values as readonly string[]).includes(metric);
const isRatio = (metric: OwnRankingMetric) => (ratioMetric.values as readonly string[]).includes(metric);

function keyFigureOf(region: Region, unit: string, answer: StatsRanking): KeyFigure {
  const own = answer.items.find((item) => item.region.code === region.code);
  const values = answer.items.map((item) => item.value).filter((value): value is number => value !== null);
  const metric = answer.metric as OwnRankingMetric;
  return {
    metric,
    // As the full tables name it: 人均科普经费 alone is the reported indicator, this one is computed from 常住人口.
    label: isRatio(metric) ? `${answer.label}（测算）` : answer.label,
    unit,
    value: own?.value ?? null,
    valueUnknown: own?.valueUnknown ?? 0,
    previous: isStock(metric) ? null : (own?.previousValue ?? null),
    change: own?.change ?? null,
    changeRate: own?.changeRate ?? null,
    cityAverage: values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
    averagedOver: values.length,
    rank: own?.rank ?? null,
    rankedOf: values.length,
    previousRank: own?.previousRank ?? null,
  };
}

/**
 * The key figures of a 区县 from the stats module's ranking of every 区县 of the city, so the value, the
 * average and the rank come from one computation and cannot disagree with /api/v1/stats/ranking.
 */
export async function keyFigures(db: Executor, region: Region, period: StatsPeriod) {
  const city = await findRegion(cityRegionCode);
  if (!city) throw new Error(`the city region ${cityRegionCode} is missing from the bundled regions`);
  const answers = await Promise.all(keyMetrics.map(async ({ metric, unit }) => ({ unit, answer: await ranking(db, city, period, metric, 'desc') })));
  const charted = answers.find(({ answer }) => answer.metric === chartedMetric)?.answer;
  return {
    figures: answers.map(({ unit, answer }) => keyFigureOf(region, unit, answer)),
    ranking: {
      label: charted?.label ?? '',
      items: (charted?.items ?? []).map((item): RankedDistrict => ({
        code: item.region.code,
        name: item.region.name,
        value: item.value,
        rank: item.rank,
      })),
    },
  };
}

/** How the comparisons are computed, said once under the figures (in the PDF and the XLSX alike). */
export function keyFiguresNote(figures: KeyFigure[], districts: number): string {
  const fewer = figures.filter((figure) => figure.averagedOver < districts);
  const partial = fewer
    .map((figure) => (figure.averagedOver > 0 ? `${figure.label}仅 ${figure.averagedOver} 个区县有数值` : `${figure.label}没有区县有数值`))
    .join('，');
  const present = figures.filter((figure) => isStock(figure.metric)).map((figure) => figure.label);
  return [
    `全市区县平均为全市 ${districts} 个区县各自数值的算术平均（不是全市合计），没有数值（未填报或无法测算）的区县不计入${partial ? `：${partial}` : ''}。`,
    `排名为在有数值的区县中由高到低的名次，数值相同者并列。`,
    present.length > 0 ? `${present.join('、')}按现状计数，系统不保存其历史，故无上年值。` : '',
  ].join('');
}
