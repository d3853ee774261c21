export { loadDemoData } from './load.js';
