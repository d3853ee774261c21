import { setFlagsFromString } from 'node:v8';
import { openConfiguredDatabase, prepareDatabase } from './database.js';
import { loadConfig } from './env.js';

// Imports and exports work through batches that stay alive across awaits, so they die in the old
// generation, and by default V8 lets that grow to up to four times what is live before marking it
// again: an import of 100,000 events peaked at 830 MiB with under 180 MiB live. Growing it by 30 %
// keeps a replica near what it holds for a few more (concurrent) markings (`npm run bench -- import`;
// docs/architecture.md).
setFlagsFromString('--heap-growing-percent=30');

// Milliseconds per start-up phase, logged once listening (`npm run bench -- startup` reads them).
// `modules` runs from the process's start to here: Node itself and the two modules above.
const startup: Record<string, number> = {};
let phaseStarted = 0;
const phaseEnded = (phase: string) => {
  const now = performance.now();
  startup[phase] = Math.round(now - phaseStarted);
  phaseStarted = now;
};
phaseEnded('modules');

// Opening PGlite is the longest phase of a first start and runs in PGlite's own thread, so the app's
// modules are imported only once it has begun: this thread loads them meanwhile. (The built server
// keeps them in a chunk of their own for this; see build.ts.)
const config = loadConfig();
const opening = openConfiguredDatabase(config);
const [
  { createDemoAccounts, createFirstAdmin, noUsersYet },
  { buildApp },
  { loadDemoData },
  { describeSmtpUrl },
  { openJobQueue },
  { startScheduler },
  { startWebhooks },
] = await Promise.all([
  import('./accounts/bootstrap.js'),
  import('./app.js'),
  import('./demo/load.js'),
  import('./kernel/mail.js'),
  import('./kernel/jobs.js'),
  import('./schedules/index.js'),
  import('./webhooks/index.js'),
]);
phaseEnded('app modules');
const database = await opening;
phaseEnded('database');
await prepareDatabase(database, phaseEnded);
const app = await buildApp({
  database,
  logger: { level: config.LOG_LEVEL },
  trustProxy: config.TRUST_PROXY,
  sessionTtlHours: config.SESSION_TTL_HOURS,
  consoleDirectory: config.CONSOLE_DIR,
  exportsDirectory: config.EXPORTS_DIR,
  downloadLinkTtlHours: config.DOWNLOAD_LINK_TTL_HOURS,
  mail: {
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    attachmentLimitBytes: config.MAIL_ATTACHMENT_LIMIT_BYTES,
    publicUrl: config.PUBLIC_URL,
  },
  rateLimits: {
    perMinute: config.RATE_LIMIT_PER_MINUTE,
    anonymousPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    heavyPer10Minutes: config.RATE_LIMIT_HEAVY_PER_10_MINUTES,
    heavyConcurrent: config.RATE_LIMIT_HEAVY_CONCURRENT,
  },
  webhookAllowHosts: config.WEBHOOK_ALLOW_HOSTS,
});
phaseEnded('app');

const accountNotes: string[] = [];
if (config.KEPU_ADMIN_USERNAME && config.KEPU_ADMIN_PASSWORD) {
  const created = await createFirstAdmin(database.db, { username: config.KEPU_ADMIN_USERNAME, password: config.KEPU_ADMIN_PASSWORD });
  if (created)
    accountNotes.push(`  Created the first city administrator "${config.KEPU_ADMIN_USERNAME}" from KEPU_ADMIN_USERNAME/KEPU_ADMIN_PASSWORD.`);
}
if (config.KEPU_DEMO_DATA) {
  const demo = await loadDemoData(database.db);
  if (demo.loaded) app.log.info(demo.counts, 'loaded the demo dataset (set KEPU_DEMO_DATA=false to start empty)');
  const accounts = await createDemoAccounts(database.db);
  if (accounts.length > 0) {
    accountNotes.push('  Demo accounts (shown only now; change the passwords or delete the users before real use):');
    for (const account of accounts)
      accountNotes.push(`    ${account.username.padEnd(22)} ${account.password}   ${account.role} ${account.scopeRegionCode} ${account.displayName}`);
  }
}
phaseEnded('demo');
if (await noUsersYet(database.db)) {
  accountNotes.push(
    '  No users yet: set KEPU_ADMIN_USERNAME and KEPU_ADMIN_PASSWORD, or run `npm run user:create -- --username … --role city_admin --region 500000`.',
  );
}

const jobs =
  config.KEPU_SCHEDULER || config.KEPU_WEBHOOKS
    ? await openJobQueue(database, { databaseUrl: config.DATABASE_URL, superviseSeconds: config.JOB_SUPERVISE_SECONDS }, app.log)
    : null;
const stopScheduler =
  jobs && config.KEPU_SCHEDULER
    ? await startScheduler(app, {
        boss: jobs,
        tickMs: config.SCHEDULER_TICK_MS,
        expireSeconds: config.JOB_EXPIRE_SECONDS,
        retryLimit: config.JOB_RETRY_LIMIT,
        retryDelaySeconds: config.JOB_RETRY_DELAY_SECONDS,
        mailRetryLimit: config.MAIL_RETRY_LIMIT,
        mailRetryDelaySeconds: config.MAIL_RETRY_DELAY_SECONDS,
        holdMs: config.KEPU_RUN_HOLD_MS,
      })
    : () => Promise.resolve();
const stopWebhooks =
  jobs && config.KEPU_WEBHOOKS
    ? await startWebhooks(app, {
        boss: jobs,
        pollMs: config.WEBHOOK_POLL_MS,
        batchSize: 8,
        allowHosts: config.WEBHOOK_ALLOW_HOSTS,
        timeoutMs: config.WEBHOOK_TIMEOUT_MS,
        retryDelaysSeconds: config.WEBHOOK_RETRY_DELAYS_SECONDS,
        disableAfterFailures: config.WEBHOOK_DISABLE_AFTER_FAILURES,
      })
    : () => Promise.resolve();
phaseEnded('jobs');

async function shutdown(signal: string) {
  app.log.info({ signal }, 'shutting down');
  await stopScheduler();
  await stopWebhooks();
  await jobs?.stop({ graceful: true, timeout: 10_000 });
  await app.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.PORT, host: config.HOST });
phaseEnded('listen');
app.log.info({ startupMs: startup }, 'started');
const origin = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${(app.server.address() as { port: number }).port}`;
const mail = config.SMTP_URL
  ? `${describeSmtpUrl(config.SMTP_URL)}, from ${config.MAIL_FROM}${config.PUBLIC_URL ? '' : ' (no PUBLIC_URL: files too large to attach are not linked)'}`
  : 'off (set SMTP_URL to mail scheduled exports)';
const where = database.driver === 'pglite' ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)';
console.log(
  `\nKepu is running on ${where}\n  Console  ${origin}/\n  API      ${origin}/api/v1\n  Docs     ${origin}/api/docs\n  OpenAPI  ${origin}/api/openapi.json\n  Health   ${origin}/api/health\n  Mail     ${mail}\n${accountNotes.join('\n')}\n`,
);
