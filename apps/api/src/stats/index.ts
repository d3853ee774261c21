// The figures reports are built from.
export { breakdown, overview, ratios } from './reports.js';
