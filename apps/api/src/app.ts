import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '@kepu/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import { registerApiKeyRoutes } from './api-keys/routes.js';
import { consolePlugin } from './console/plugin.js';
import { registerAuditRoutes } from './audit/routes.js';
import { designationsResource } from './designations/resource.js';
import { registerDictionaryRoutes } from './dictionary/index.js';
import { eventsResource } from './events/resource.js';
import { registerExportRoute } from './exports/routes.js';
import { authPlugin } from './auth/plugin.js';
import { registerAuthRoutes } from './auth/routes.js';
import { registerHealthRoutes } from './health/routes.js';
import { importRoutes } from './imports/routes.js';
import { indicatorsResource } from './indicators/resource.js';
import { summariesResource } from './summaries/index.js';
import { organisationsResource } from './organisations/resource.js';
import { databasePlugin } from './kernel/plugins/database.js';
import { openapiPlugin } from './kernel/plugins/openapi.js';
import { defaultRateLimits, rateLimitsPlugin, type RateLimitSettings } from './kernel/plugins/rate-limits.js';
import { problemsPlugin, sendFrameworkError } from './kernel/plugins/problems.js';
import { routeTablePlugin } from './kernel/plugins/route-table.js';
import { securityHeaders, securityHeadersPlugin } from './kernel/plugins/security-headers.js';
import { parseQueryStrictly, textRulePlugin } from './kernel/plugins/text-rule.js';
import { responseSerializerCompiler } from './kernel/plugins/serializer.js';
import { validatorCompiler } from './kernel/plugins/validator.js';
import { registerRegionRoutes } from './regions/routes.js';
import { registerReportRoutes } from './reports/routes.js';
import { registerReportingRoutes } from './reporting/index.js';
import { linkSigner, type RunLinks } from './schedules/links.js';
import { registerScheduleRoutes } from './schedules/routes.js';
import { directoryStore } from './kernel/files.js';
import { createMailer, type MailSettings } from './kernel/mail.js';
import { problem } from './kernel/errors.js';
import { contentLanguages } from './kernel/language.js';
import { registerResource } from './kernel/resource/routes.js';
import { registerSettingsRoutes } from './settings/routes.js';
import { registerStatsRoutes } from './stats/routes.js';
import { registerSyncRoute } from './sync/routes.js';
import { registerTrashRoutes } from './trash/routes.js';
import { usersResource } from './users/resource.js';
import { venuesResource } from './venues/resource.js';
import { registerWebhookRecords, registerWebhookRoutes } from './webhooks/index.js';

export interface AppOptions {
  database: DatabaseHandle;
  logger?: FastifyServerOptions['logger'];
  /** Which proxies' X-Forwarded-* headers to believe: all (`true`), none, or these addresses/CIDRs. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  sessionTtlHours?: number;
  /** The built console to serve at `/` (apps/web/dist); null serves a hint instead. */
  consoleDirectory?: string | null;
  /** Where scheduled exports keep their files (default: a temporary directory). */
  exportsDirectory?: string;
  /** How long a download link of a scheduled export works. */
  downloadLinkTtlHours?: number;
  /** Request budgets per principal (default: defaultRateLimits). */
  rateLimits?: RateLimitSettings;
  /** Outgoing mail (default: off). */
  mail?: MailSettings;
  /** Hosts, addresses or CIDR ranges webhooks may reach although private or loopback (WEBHOOK_ALLOW_HOSTS). */
  webhookAllowHosts?: readonly string[];
}

/**
 * Requests Node cannot even parse still get problem+json with the usual headers. Node's parser
 * caps the request line and headers at 16 KiB together (HPE_HEADER_OVERFLOW): that is a URL or a
 * cookie too long, not bad encoding; anything else is malformed (raw non-ASCII in the URL, broken headers).
 * With no headers to negotiate from, the answer is in Chinese, the language of a request without Accept-Language.
 */
function rejectMalformedRequest(error: Error & { code?: string }, socket: Socket) {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const { status, code, title } = problem(tooLarge ? 'headersTooLarge' : 'malformed');
  const body = JSON.stringify({
    type: `urn:kepu:problem:${code}`,
    title: title.zh,
    status,
    code,
    errors: [{ field: tooLarge ? 'url' : 'request', message: title.zh }],
  });
  const headers = Object.entries({
    ...securityHeaders('/api/', 'http'),
    'content-type': 'application/problem+json',
    'content-language': contentLanguages.zh,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n${headers}\r\n${body}`);
}

/** Runs `make` once, on first use, and shares its promise; a failure is retried on the next call. */
function memoise<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}

/** 1 MiB is ample for any record; larger bodies are refused before parsing. */
const bodyLimit = 1024 * 1024;

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
    clientErrorHandler: rejectMalformedRequest,
    // Long enough that an overlong id reaches its schema (400 naming params.id) instead of the router's 414.
    routerOptions: { maxParamLength: 1000, querystringParser: parseQueryStrictly },
    frameworkErrors: sendFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);

  await app.register(routeTablePlugin);
  await app.register(problemsPlugin);
  await app.register(textRulePlugin);
  await app.register(securityHeadersPlugin);
  await app.register(cookie);
  await app.register(databasePlugin, { database: options.database });
  // Before auth: its onRequest hook refuses spent addresses before a key lookup; it counts principals after auth.
  await app.register(rateLimitsPlugin, options.rateLimits ?? defaultRateLimits);
  await app.register(authPlugin);
  await app.register(openapiPlugin);

  registerHealthRoutes(app);
  registerAuthRoutes(app, { sessionTtlHours: options.sessionTtlHours ?? 8 });
  registerRegionRoutes(app);
  registerDictionaryRoutes(app);
  // Records can be exported and synced; scheduled exports run the exporters the export routes leave here,
  // webhook deliveries read records through the readers left beside them. User accounts are neither.
  app.decorate('recordExporters', new Map());
  app.decorate('webhookRecords', new Map());
  const recordRoutes = [registerExportRoute, registerSyncRoute, registerWebhookRecords];
  registerResource(app, organisationsResource, recordRoutes);
  registerResource(app, venuesResource, recordRoutes);
  registerResource(app, eventsResource, recordRoutes);
  registerResource(app, summariesResource, recordRoutes);
  registerResource(app, designationsResource, recordRoutes);
  registerResource(app, indicatorsResource, recordRoutes);
  registerResource(app, usersResource);
  registerApiKeyRoutes(app);
  registerWebhookRoutes(app, { allowHosts: options.webhookAllowHosts ?? [] });
  registerAuditRoutes(app);
  registerTrashRoutes(app);
  registerStatsRoutes(app);
  await app.register(importRoutes);
  registerReportRoutes(app);
  app.decorate('files', directoryStore(options.exportsDirectory ?? join(tmpdir(), 'kepu-exports')));
  const mailer = createMailer(options.mail ?? {});
  app.decorate('mail', mailer);
  app.addHook('onClose', (_instance, done) => {
    mailer.close();
    done();
  });
  registerSettingsRoutes(app);
  const runLinks: RunLinks = { signer: memoise(() => linkSigner(app.db)), ttlHours: options.downloadLinkTtlHours ?? 24 * 7 };
  app.decorate('runLinks', runLinks);
  const schedules = registerScheduleRoutes(app);
  // A finished scheduled run reaches its webhook subscribers with its download link.
  app.webhookRecords.set('export-runs', schedules.readRun);
  await registerReportingRoutes(app);
  await app.register(consolePlugin, { directory: options.consoleDirectory ?? null });

  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
