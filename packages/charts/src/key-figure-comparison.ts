import type { EChartsCoreOption } from 'echarts/core';

export interface ComparedFigure {
  label: string;
  value: number | null;
  /** The mean over the 区县 (or whatever the report compares with); null or 0 leaves the figure without a bar. */
  average: number | null;
}

export interface ComparisonLabels {
  /** The series name, e.g. 本区. */
  subject: string;
  /** What 100 stands for, e.g. 全市区县平均. */
  average: string;
}

/** A figure as a percentage of its average, rounded to a whole percent: the bar's label reads like "135%". */
export const percentOfAverage = ({ value, average }: ComparedFigure): number | null =>
  value === null || !average ? null : Math.round((value / average) * 100);

/**
 * Figures of different units (场, 人次, %, 元/人) on one axis: each as a percentage of its average,
 * with a line at 100, so "above or below the average, and by how much" reads at a glance.
 */
export function keyFigureComparisonOption(figures: readonly ComparedFigure[], labels: ComparisonLabels): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 110, right: 50, top: 20, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: figures.map((figure) => figure.label), axisLabel: { interval: 0 } },
    series: [
      {
        name: `${labels.subject}（${labels.average} = 100%）`,
        type: 'bar',
        data: figures.map(percentOfAverage),
        // No text outline: it is drawn over the text, not under it, once the SVG is printed.
        label: { show: true, position: 'right', formatter: '{c}%', textBorderWidth: 0 },
        markLine: {
          symbol: 'none',
          silent: true,
          data: [{ xAxis: 100 }],
          label: { formatter: labels.average, position: 'insideEndTop' },
          lineStyle: { type: 'dashed' },
        },
      },
    ],
  };
}
