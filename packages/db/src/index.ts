export * from './client.js';
export * from './regions.js';
export * as schema from './schema/index.js';
export * from './admin.js';
