export { venuesResource } from './resource.js';
