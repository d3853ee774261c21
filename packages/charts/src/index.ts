// ECharts options that the console draws on a canvas and the API renders to SVG for PDF reports:
// one definition of each chart, so a printed report looks like the dashboard it came from.
export { barListOption, type BarListItem, type BarListOptions } from './bar-list.js';
export { keyFigureComparisonOption, percentOfAverage, type ComparedFigure, type ComparisonLabels } from './key-figure-comparison.js';
export { monthlyTrendOption, type MonthlyFigures, type MonthlyTrendLabels } from './monthly-trend.js';
