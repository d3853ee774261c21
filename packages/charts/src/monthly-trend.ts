import type { EChartsCoreOption } from 'echarts/core';

/** A month's figures beside the same month a year earlier: the shape of /api/v1/stats/timeseries items. */
export interface MonthlyFigures {
  month: string;
  events: number | null;
  attendance: number | null;
  previousYear: { events: number | null; attendance: number | null };
}

export interface MonthlyTrendLabels {
  thisYear: string;
  lastYear: string;
  events: string;
  attendance: string;
  /** The axis label of a `YYYY-MM` month: the console shows `09`, a printed report `9月`. */
  month(month: string): string;
}

/**
 * 场次 as bars and 人次 as lines on a second axis, this year solid and last year dashed: the two
 * figures differ by orders of magnitude, so one axis would flatten the 场次 to nothing.
 */
export function monthlyTrendOption(items: readonly MonthlyFigures[], labels: MonthlyTrendLabels): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 60, right: 60 },
    xAxis: { type: 'category', data: items.map((item) => labels.month(item.month)), axisLabel: { interval: 0 } },
    yAxis: [
      { type: 'value', name: labels.events },
      { type: 'value', name: labels.attendance },
    ],
    series: [
      { name: `${labels.thisYear} ${labels.events}`, type: 'bar', data: items.map((item) => item.events) },
      { name: `${labels.lastYear} ${labels.events}`, type: 'bar', data: items.map((item) => item.previousYear.events) },
      { name: `${labels.thisYear} ${labels.attendance}`, type: 'line', yAxisIndex: 1, data: items.map((item) => item.attendance) },
      {
        name: `${labels.lastYear} ${labels.attendance}`,
        type: 'line',
        yAxisIndex: 1,
        lineStyle: { type: 'dashed' },
        data: items.map((item) => item.previousYear.attendance),
      },
    ],
  };
}
