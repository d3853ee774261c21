export { summariesResource } from './resource.js';
export { countedBySummary, summariesAbove, summaryCounting } from './double-counting.js';
