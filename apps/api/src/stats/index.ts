// The figures reports are built from.
export { breakdown, overview, ranking, ratios, timeSeries } from './reports.js';
