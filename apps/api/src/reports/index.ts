// Scheduled runs render reports exactly as the routes do.
export { renderReport } from './render.js';
