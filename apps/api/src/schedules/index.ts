// server.ts starts the scheduler, and so do tests of what scheduled runs set off (webhook deliveries of their end).
export { startScheduler } from './scheduler.js';
