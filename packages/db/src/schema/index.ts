export * from './designations.js';
export * from './enums.js';
export * from './events.js';
export * from './idempotency.js';
export * from './indicators.js';
export * from './organisations.js';
export * from './regions.js';
export * from './venues.js';
