// The figures reports are built from.
export { breakdown, describeMetric, overview, ratios, unitValues, yearPeriod, type ChildValue, type MetricDescription } from './reports.js';
