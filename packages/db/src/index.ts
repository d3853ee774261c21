export * from './client.js';
export * from './faults.js';
export * from './regions.js';
export * as schema from './schema/index.js';
export * from './admin.js';
export { naturalKey } from './schema/columns.js';
export { insertMany, insertStatements, reuseWritePlans, runInTurn, updateStatements } from './bulk.js';
export { inlineParameters, readWholeResult } from './copy.js';
