import type { EChartsCoreOption } from 'echarts/core';

export interface BarListItem {
  label: string;
  /** null (not reported) draws no bar rather than a bar of 0. */
  value: number | null;
}

export interface BarListOptions {
  /** The series name, shown in the tooltip. */
  name: string;
  /** Room for the category labels on the left, in px: region names need less than event categories. */
  labelWidth: number;
  /** Draws this item in the accent colour, e.g. the district a report is about among all 区县. */
  highlight?: string;
  /** Lists the first item at the top, as a ranking reads; by default ECharts starts at the bottom. */
  topDown?: boolean;
  /** Space above and below the bars in px; a printed chart of every 区县 needs its height for the bars. ECharts' defaults otherwise. */
  margins?: { top: number; bottom: number };
}

const ACCENT = '#d4380d';

/** One horizontal bar per item, every label shown: events by category, figures by child region, a ranking. */
export function barListOption(items: readonly BarListItem[], options: BarListOptions): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: options.labelWidth, ...options.margins },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: options.topDown ?? false, data: items.map((item) => item.label), axisLabel: { interval: 0 } },
    series: [
      {
        name: options.name,
        type: 'bar',
        data: items.map((item) => (item.label === options.highlight ? { value: item.value, itemStyle: { color: ACCENT } } : item.value)),
      },
    ],
  };
}
