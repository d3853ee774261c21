import { databaseFault, type DatabaseFault } from '@kepu/db';
import type { ProblemDetails } from '@kepu/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError, sqlState, type FieldError } from '../shared/errors.js';
import type { RouteEntry } from './route-table.js';
import { securityHeaders } from './security-headers.js';

const contextNames: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

function fieldPath(context: string | undefined, instancePath: string, extraKey?: string): string {
  const segments = instancePath.split('/').filter(Boolean);
  if (extraKey) segments.push(extraKey);
  return [contextNames[context ?? ''] ?? context ?? 'request', ...segments].join('.');
}

function validationErrors(error: FastifyError & { validation: { instancePath: string; message?: string; params?: Record<string, unknown> }[] }): FieldError[] {
  const context = error.validationContext;
  return error.validation.flatMap((issue) => {
    const unknownKeys = issue.params?.keys;
    if (Array.isArray(unknownKeys)) {
      return unknownKeys.map((key) => ({ field: fieldPath(context, issue.instancePath, String(key)), message: 'unknown field' }));
    }
    return [{ field: fieldPath(context, issue.instancePath), message: issue.message ?? 'invalid' }];
  });
}

/** PostgreSQL errors that mean the request was wrong, not the server: SQLSTATE → status and code. */
const databaseErrors: Record<string, { status: number; code: string; title: string }> = {
  '23505': { status: 409, code: 'request.conflict', title: 'A live record with the same unique value already exists' },
  '23503': { status: 422, code: 'request.unprocessable', title: 'The request refers to a record that does not exist' },
  '23514': { status: 422, code: 'request.unprocessable', title: 'The values break a rule of the data model' },
  '22P02': { status: 400, code: 'request.invalid', title: 'A value has the wrong format' },
  '22003': { status: 400, code: 'request.invalid', title: 'A number is out of range' },
  '22007': { status: 400, code: 'request.invalid', title: 'A date or time is invalid' },
  '22008': { status: 400, code: 'request.invalid', title: 'A date or time is out of range' },
};

/**
 * The database is away (restarting, unreachable, no connection free within the acquire timeout) or
 * cut a statement off (statement_timeout, an idle transaction; PGlite's thread deadline): 503 with
 * Retry-After, never a 500, so clients and proxies know to retry. `databaseFault` in @kepu/db knows
 * which driver errors (SQLSTATE 57014, 57P01–05, 08xxx, refused sockets, …) are which.
 */
const databaseFaults: Record<DatabaseFault, { code: string; title: string }> = {
  unavailable: { code: 'database.unavailable', title: 'The database cannot take requests right now; try again in a few seconds' },
  timeout: { code: 'database.timeout', title: 'The database took too long and the statement was stopped; try again, or ask for less at once' },
};
/** A PostgreSQL restart takes a few seconds, and the pool reconnects on the next request. */
const databaseRetryAfterSeconds = 5;

/** Which request fields a named constraint guards, so a conflict points at them. */
const constraintFields: Record<string, string[]> = {
  organisations_credit_code_live_key: ['body.creditCode'],
  indicators_region_year_kind_live_key: ['body.regionCode', 'body.year', 'body.kind'],
  users_username_live_key: ['body.username'],
};

function constraintErrors(error: unknown): FieldError[] | undefined {
  const constraint = (error as { cause?: { constraint?: unknown } }).cause?.constraint ?? (error as { constraint?: unknown }).constraint;
  if (typeof constraint !== 'string') return undefined;
  return (constraintFields[constraint] ?? ['body']).map((field) => ({ field, message: `conflicts with ${constraint}` }));
}

function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Omit<ProblemDetails, 'type' | 'instance'> & Record<string, unknown>) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ type: `urn:kepu:problem:${problem.code}`, instance: request.url, ...problem });
}

function toProblem(error: FastifyError): Omit<ProblemDetails, 'type' | 'instance'> | undefined {
  if (isAppError(error)) {
    const { retryAfter, ...details } = error.details;
    return { status: error.status, code: error.code, title: error.message, ...details };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return { status: 400, code: 'request.invalid', title: 'The request has invalid fields', errors: validationErrors(error) };
  }
  const state = sqlState(error);
  const known = state ? databaseErrors[state] : undefined;
  if (known) return { status: known.status, code: known.code, title: known.title, errors: constraintErrors(error) };
  const fault = databaseFault(error);
  if (fault) return { status: 503, ...databaseFaults[fault] };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors (body too large, wrong media type, bad URL) carry safe messages.
    const code = `request.${(error.code ?? 'invalid').replace(/^FST_ERR_(CTP_)?/, '').toLowerCase()}`;
    return { status: error.statusCode, code, title: error.message, errors: [{ field: frameworkErrorFields[error.code] ?? 'request', message: error.message }] };
  }
  return undefined;
}

/** The part of the request each of Fastify's own client errors is about. */
const frameworkErrorFields: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'headers.content-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'headers.content-length',
  FST_ERR_BAD_URL: 'params',
  FST_ERR_MAX_PARAM_LENGTH: 'params',
};

/**
 * Errors Fastify's router raises before any route or hook runs (a path segment that is not valid
 * percent-encoding, or longer than the router keeps): the same problem+json and headers as the rest.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.headers(securityHeaders(request.url, request.protocol));
  void sendProblem(reply, request, toProblem(error) ?? { status: 400, code: 'request.malformed', title: error.message });
}

/** The 503 of a database fault, with `extension` members beside the usual ones (health adds `database`). */
export function sendDatabaseFault(reply: FastifyReply, request: FastifyRequest, fault: DatabaseFault, extension: Record<string, unknown> = {}) {
  reply.header('retry-after', String(databaseRetryAfterSeconds));
  return sendProblem(reply, request, { ...extension, status: 503, ...databaseFaults[fault] });
}

/** A matcher per API path pattern, so a known path with the wrong method answers 405 with `Allow`. */
function methodsByPath(routes: RouteEntry[]) {
  const patterns = new Map<string, { matcher: RegExp; methods: Set<string> }>();
  for (const route of routes) {
    if (!route.url.startsWith('/api/') || route.url.includes('*')) continue;
    const source = route.url.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
    const entry = patterns.get(route.url) ?? { matcher: new RegExp(`^${source}$`), methods: new Set<string>() };
    entry.methods.add(route.method);
    if (route.method === 'GET') entry.methods.add('HEAD');
    patterns.set(route.url, entry);
  }
  return (path: string) => {
    const allowed = new Set<string>();
    for (const { matcher, methods } of patterns.values()) if (matcher.test(path)) for (const method of methods) allowed.add(method);
    return [...allowed].sort();
  };
}

export const problemsPlugin = fp(
  (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const problem = toProblem(error);
      if (isAppError(error) && error.details.retryAfter) reply.header('retry-after', String(error.details.retryAfter));
      if (problem?.status === 503) {
        reply.header('retry-after', String(databaseRetryAfterSeconds));
        request.log.warn({ err: error }, 'database fault');
      }
      if (problem?.status === 401) reply.header('www-authenticate', 'Bearer realm="kepu"');
      if (problem) return sendProblem(reply, request, problem);
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, request, { status: 500, code: 'server.error', title: 'Something went wrong on our side; it has been logged' });
    });
    let allowedMethods: ((path: string) => string[]) | undefined;
    app.addHook('onReady', (done) => {
      allowedMethods = methodsByPath(app.routeTable);
      done();
    });
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const allowed = allowedMethods?.(path) ?? [];
      if (allowed.length > 0) {
        reply.header('allow', allowed.join(', '));
        return sendProblem(reply, request, {
          status: 405,
          code: 'route.method_not_allowed',
          title: `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}`,
          errors: [{ field: 'method', message: `must be one of ${allowed.join(', ')}` }],
        });
      }
      return sendProblem(reply, request, { status: 404, code: 'route.not_found', title: `No route ${request.method} ${path}` });
    });
  },
  { name: 'problems', dependencies: ['route-table'] },
);
