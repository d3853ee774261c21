import { databaseFault, type DatabaseFault } from '@kepu/db';
import { clip, problemBounds, type LocalText, type ProblemDetails } from '@kepu/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { z } from 'zod';
import { isAppError, issueErrors, preconditionRequired, problem, sqlState, type FieldError, type Problem, type ProblemExtras } from '../errors.js';
import { contentLanguages, languageOf } from '../language.js';
import type { RouteEntry } from './route-table.js';
import { securityHeaders } from './security-headers.js';

const contextNames: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

/** A request schema's refusal, as `validatorCompiler` raises it. */
const isValidationError = (error: FastifyError): error is FastifyError & { issues: z.core.$ZodIssue[] } =>
  error.code === 'FST_ERR_VALIDATION' && Array.isArray((error as { issues?: unknown }).issues);

/** A write sent without If-Match: the header schemas require it, and its absence is a 428, not a 400. */
const lacksIfMatch = (error: FastifyError & { issues: z.core.$ZodIssue[] }) =>
  error.validationContext === 'headers' &&
  error.issues.every((issue) => issue.path[0] === 'if-match' && issue.code === 'invalid_type' && issue.input === undefined);

/** PostgreSQL errors that mean the request was wrong, not the server: SQLSTATE → catalogued problem. */
const databaseErrors: Record<string, Problem> = {
  '23505': problem('conflict'),
  '23503': problem('referenceMissing'),
  '23514': problem('modelRuleBroken'),
  '22P02': problem('valueFormat'),
  '22003': problem('numberOutOfRange'),
  '22007': problem('dateTimeInvalid'),
  '22008': problem('dateTimeOutOfRange'),
};

/**
 * The database is away (restarting, unreachable, no connection free within the acquire timeout) or
 * cut a statement off (statement_timeout, an idle transaction; PGlite's thread deadline): 503 with
 * Retry-After, never a 500, so clients and proxies know to retry. `databaseFault` in @kepu/db knows
 * which driver errors (SQLSTATE 57014, 57P01–05, 08xxx, refused sockets, …) are which.
 */
const databaseFaults: Record<DatabaseFault, Problem> = {
  unavailable: problem('databaseUnavailable'),
  timeout: problem('databaseTimeout'),
};
/** A PostgreSQL restart takes a few seconds, and the pool reconnects on the next request. */
const databaseRetryAfterSeconds = 5;

/** Which request fields a named constraint guards, so a conflict points at them. */
const constraintFields: Record<string, string[]> = {
  organisations_credit_code_live_key: ['body.creditCode'],
  indicators_region_year_kind_live_key: ['body.regionCode', 'body.year', 'body.yearTo', 'body.kind'],
  users_username_live_key: ['body.username'],
  reporting_campaigns_name_live_key: ['body.name', 'body.year'],
  assessment_criteria_code_live_key: ['body.code'],
};

function constraintErrors(error: unknown): FieldError[] | undefined {
  const constraint = (error as { cause?: { constraint?: unknown } }).cause?.constraint ?? (error as { constraint?: unknown }).constraint;
  if (typeof constraint !== 'string') return undefined;
  const message = { zh: `与已有记录冲突（${constraint}）`, en: `conflicts with ${constraint}` };
  return (constraintFields[constraint] ?? ['body']).map((field) => ({ field, message }));
}

/** A problem as the handler answers it: catalogued fields, the extras an AppError carries, extension members. */
type Answer = { status: number; code: string; title: LocalText } & Omit<ProblemExtras, 'retryAfter'> & Record<string, unknown>;

/** Sends a problem in the request's language: the title and every field message, labelled with Content-Language. */
function sendProblem(reply: FastifyReply, request: FastifyRequest, answer: Answer) {
  const language = languageOf(request);
  const vary = String(reply.getHeader('vary') ?? '');
  if (!/\baccept-language\b/i.test(vary)) reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
  const { title, errors, ...rest } = answer;
  const body: ProblemDetails & Record<string, unknown> = {
    type: `urn:kepu:problem:${answer.code}`,
    instance: clip(request.url, problemBounds.instance),
    ...rest,
    title: clip(title[language], problemBounds.title),
    ...(errors
      ? {
          errors: errors
            .slice(0, problemBounds.errors)
            .map((error) => ({ field: clip(error.field, problemBounds.field), message: clip(error.message[language], problemBounds.message) })),
        }
      : {}),
  };
  return reply.code(answer.status).header('content-language', contentLanguages[language]).type('application/problem+json').send(body);
}

type FrameworkProblem = 'bodyTooLarge' | 'emptyJsonBody' | 'invalidMediaType' | 'invalidContentLength' | 'badUrl' | 'paramTooLong';

/** Fastify's own client errors (body too large, wrong media type, bad URL): the problem and the part of the request each is about. */
const frameworkErrors: Record<string, { name: FrameworkProblem; field: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { name: 'bodyTooLarge', field: 'body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { name: 'emptyJsonBody', field: 'body' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { name: 'invalidMediaType', field: 'headers.content-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { name: 'invalidContentLength', field: 'headers.content-length' },
  FST_ERR_BAD_URL: { name: 'badUrl', field: 'params' },
  FST_ERR_MAX_PARAM_LENGTH: { name: 'paramTooLong', field: 'params' },
};

function frameworkProblem(error: FastifyError & { statusCode: number }): Answer {
  const known = frameworkErrors[error.code];
  // Fastify's messages are safe to show, and English: they are the English titles.
  const message = error.message;
  const answer = known
    ? problem(known.name, { message })
    : {
        ...problem('frameworkError', { message, name: (error.code ?? 'invalid').replace(/^FST_ERR_(CTP_)?/, '').toLowerCase() }),
        status: error.statusCode,
      };
  return { ...answer, errors: [{ field: known?.field ?? 'request', message: answer.title }] };
}

function toProblem(error: FastifyError): Answer | undefined {
  if (isAppError(error)) {
    const { retryAfter, ...details } = error.details;
    return { status: error.status, code: error.code, title: error.title, ...details };
  }
  if (isValidationError(error)) {
    if (lacksIfMatch(error)) return toProblem(preconditionRequired());
    return { ...problem('invalidFields'), errors: issueErrors(error.issues, contextNames[error.validationContext ?? ''] ?? 'request') };
  }
  const state = sqlState(error);
  const known = state ? databaseErrors[state] : undefined;
  if (known) return { ...known, errors: constraintErrors(error) };
  const fault = databaseFault(error);
  if (fault) return databaseFaults[fault];
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return frameworkProblem(error as FastifyError & { statusCode: number });
  return undefined;
}

/**
 * Errors Fastify's router raises before any route or hook runs (a path segment that is not valid
 * percent-encoding, or longer than the router keeps): the same problem+json and headers as the rest.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.headers(securityHeaders(request.url, request.protocol));
  void sendProblem(reply, request, toProblem(error) ?? problem('malformed'));
}

/** The 503 of a database fault, with `extension` members beside the usual ones (health adds `database`). */
export function sendDatabaseFault(reply: FastifyReply, request: FastifyRequest, fault: DatabaseFault, extension: Record<string, unknown> = {}) {
  reply.header('retry-after', String(databaseRetryAfterSeconds));
  return sendProblem(reply, request, { ...extension, ...databaseFaults[fault] });
}

/** A matcher per API path pattern, so a known path with the wrong method answers 405 with `Allow`. */
function methodsByPath(routes: RouteEntry[]) {
  const patterns = new Map<string, { matcher: RegExp; methods: Set<string> }>();
  for (const route of routes) {
    if (!route.url.startsWith('/api/') || route.url.includes('*')) continue;
    const source = route.url
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
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
      const answer = toProblem(error);
      if (isAppError(error) && error.details.retryAfter) reply.header('retry-after', String(error.details.retryAfter));
      if (answer?.status === 503) {
        reply.header('retry-after', String(databaseRetryAfterSeconds));
        request.log.warn({ err: error }, 'database fault');
      }
      if (answer?.status === 401) reply.header('www-authenticate', 'Bearer realm="kepu"');
      if (answer) return sendProblem(reply, request, answer);
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, request, problem('serverError'));
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
        const methods = allowed.join(', ');
        return sendProblem(reply, request, {
          ...problem('methodNotAllowed', { method: request.method, path, allowed: methods }),
          errors: [{ field: 'method', message: { zh: `须为 ${methods} 之一`, en: `must be one of ${methods}` } }],
        });
      }
      return sendProblem(reply, request, problem('routeNotFound', { method: request.method, path }));
    });
  },
  { name: 'problems', dependencies: ['route-table'] },
);
