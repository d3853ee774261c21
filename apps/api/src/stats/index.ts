// The figures reports are built from.
export {
  breakdown,
  describeMetric,
  overview,
  ranking,
  ratios,
  timeSeries,
  unitValues,
  unknownMetric,
  yearPeriod,
  type ChildValue,
  type MetricDescription,
} from './reports.js';
