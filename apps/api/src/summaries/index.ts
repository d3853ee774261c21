export { summariesResource } from './resource.js';
export { countedBySummary, placesEventAnew, summariesAbove, summaryCounting, type EventSlot } from './double-counting.js';
