// app.ts registers the routes and lets resources register their record readers; server.ts starts the worker.
export { registerWebhookRoutes } from './register.js';
export { registerWebhookRecords } from './records.js';
export { startWebhooks } from './worker.js';
// What a receiver does with a delivery, for partners and tests.
export { signWebhook } from './signature.js';
