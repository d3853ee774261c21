// Scheduled runs render reports exactly as the routes do.
export { pdfType, renderReport } from './render.js';
