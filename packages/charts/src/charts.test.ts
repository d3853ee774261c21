import { describe, expect, it } from 'vitest';
import { barListOption, keyFigureComparisonOption, monthlyTrendOption, percentOfAverage, type MonthlyFigures } from './index.js';

interface Series {
  name: string;
  type: string;
  yAxisIndex?: number;
  data: unknown[];
  markLine?: { data: unknown[] };
}
interface Axis {
  type: string;
  name?: string;
  data?: string[];
  inverse?: boolean;
}
// The builders return ECharts' loose option type; the tests read back the parts they set.
const partsOf = (option: object) => option as { xAxis: Axis; yAxis: Axis | Axis[]; series: Series[] };

const months: MonthlyFigures[] = [
  { month: '2024-01', events: 3, attendance: 120, previousYear: { events: 1, attendance: null } },
  { month: '2024-02', events: null, attendance: 0, previousYear: { events: 2, attendance: 80 } },
];
const labels = { thisYear: '本年', lastYear: '上年', events: '场次', attendance: '人次', month: (month: string) => `${Number(month.slice(5))}月` };

describe('monthlyTrendOption', () => {
  it('when given two months, it labels the axis by month and has 场次 bars and 人次 lines for both years, 人次 on the second axis', () => {
    const { xAxis, yAxis, series } = partsOf(monthlyTrendOption(months, labels));
    expect(xAxis.data).toEqual(['1月', '2月']);
    expect((yAxis as Axis[]).map((axis) => axis.name)).toEqual(['场次', '人次']);
    expect(series.map(({ name, type, yAxisIndex }) => ({ name, type, yAxisIndex }))).toEqual([
      { name: '本年 场次', type: 'bar', yAxisIndex: undefined },
      { name: '上年 场次', type: 'bar', yAxisIndex: undefined },
      { name: '本年 人次', type: 'line', yAxisIndex: 1 },
      { name: '上年 人次', type: 'line', yAxisIndex: 1 },
    ]);
    // Unknown stays null (no bar), never 0.
    expect(series.map((item) => item.data)).toEqual([
      [3, null],
      [1, 2],
      [120, 0],
      [null, 80],
    ]);
  });
});

describe('barListOption', () => {
  const items = [
    { label: '渝北区', value: 40 },
    { label: '沙坪坝区', value: 30 },
    { label: '北碚区', value: null },
  ];

  it('when a ranking highlights one region, it lists the labels top-down and colours only that bar', () => {
    const { yAxis, series } = partsOf(barListOption(items, { name: '活动场次', labelWidth: 80, highlight: '沙坪坝区', topDown: true }));
    expect(yAxis).toMatchObject({ type: 'category', inverse: true, data: ['渝北区', '沙坪坝区', '北碚区'] });
    expect(series[0]).toMatchObject({ name: '活动场次', type: 'bar', data: [40, { value: 30, itemStyle: {} }, null] });
    expect(series[0]?.data[1]).toHaveProperty('itemStyle.color');
  });

  it('when nothing is highlighted, it has the plain values bottom-up, as the dashboard draws them', () => {
    const { yAxis, series } = partsOf(barListOption(items, { name: '活动场次', labelWidth: 120 }));
    expect(yAxis).toMatchObject({ inverse: false });
    expect(series[0]?.data).toEqual([40, 30, null]);
  });
});

describe('keyFigureComparisonOption', () => {
  it('when figures of different units are compared, each bar is its percent of the average, with a line at 100', () => {
    const figures = [
      { label: '活动场次', value: 30, average: 20 },
      { label: '镇街科协覆盖率', value: 50, average: 100 },
      { label: '人均科普经费', value: 3, average: null },
      { label: '注册志愿者', value: 5, average: 0 },
    ];
    const { yAxis, series } = partsOf(keyFigureComparisonOption(figures, { subject: '本区', average: '全市区县平均' }));
    expect((yAxis as Axis).data).toEqual(['活动场次', '镇街科协覆盖率', '人均科普经费', '注册志愿者']);
    expect(series[0]?.data).toEqual([150, 50, null, null]);
    expect(series[0]?.name).toBe('本区（全市区县平均 = 100%）');
    expect(series[0]?.markLine?.data).toEqual([{ xAxis: 100 }]);
    expect(percentOfAverage({ label: '', value: 0, average: 7 })).toBe(0);
  });
});
