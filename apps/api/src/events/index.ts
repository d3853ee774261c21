export { eventsResource } from './resource.js';
