import { Problem, type LocalText } from '@kepu/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, problem } from '../errors.js';
import { isApiPath } from '../http.js';
import { windowCounters, type WindowLimit, type WindowState } from '../window-counters.js';

/**
 * What one caller may ask of the API. The defaults are sized for Kepu's callers:
 * - a 镇街 clerk in the console: a dashboard view is ~5 stats requests, a list page 2–4 (list,
 *   regions, references; a search box asks on every keystroke), so even brisk clicking is ~150 a minute;
 * - a district admin editing record after record: read, PATCH, list and stats refresh, ~6 an edit, a
 *   few edits a minute; bulk changes go through imports (check, error sheet, commit: ~5 heavy requests);
 * - a partner's nightly sync paging a list at pageSize 100: the city's 200,000 events are 2,000 pages,
 *   3½ minutes at 600 a minute.
 * 600 a minute is four times what the console needs and costs the server ~2.5% of a core per caller
 * (the events bench serves ~800 list pages a second on two cores). Exports, reports and imports get a
 * budget of their own. What bounds their cost is that at most 2 run at once per caller: a whole-city
 * export of 200,000 events takes ~11 s of server time (the export bench streams 17,600 rows/s). The
 * count per 10 minutes bounds how often small ones can be pulled back to back, and leaves room for a
 * person exporting view after view (~2 a minute), several import rounds, or a sweep of every list with
 * each of its filters and sorts (~140 downloads, as the from-nothing test makes): 300.
 */
export interface RateLimitSettings {
  /** Ordinary API requests per principal (a user, whichever session, or an API key) per minute. */
  perMinute: number;
  /** Requests per client address per minute that no principal made: public routes, refused credentials. */
  anonymousPerMinute: number;
  /** Exports, reports and import checks and commits per principal per 10 minutes. */
  heavyPer10Minutes: number;
  /** Exports, reports and imports of one principal running at once, per API process. */
  heavyConcurrent: number;
  /** How often counts are settled with the database (so replicas share them). */
  syncIntervalMs?: number;
  /** The clock windows are cut from (tests fix it so a window cannot end mid-test). */
  now?: () => number;
}

export const defaultRateLimits = { perMinute: 600, anonymousPerMinute: 300, heavyPer10Minutes: 300, heavyConcurrent: 2 } satisfies RateLimitSettings;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Exports, reports and imports: a budget of their own, and only a few at once per principal. */
    heavy?: boolean;
  }
  interface FastifyInstance {
    rateLimits: { sync(): Promise<void> };
  }
  interface FastifyRequest {
    /** Whether the limiter has counted (or refused) this request. */
    rateLimitCounted: boolean;
  }
}

interface Policy extends WindowLimit {
  name: string;
  /** The RateLimit-Policy field (draft-ietf-httpapi-ratelimit-headers-10). */
  field: string;
  /** What is counted and over how long, as the 429's title says it. */
  what: LocalText;
  per: LocalText;
}

const policy = (name: string, quota: number, windowSeconds: number, what: LocalText, per: LocalText): Policy => ({
  name,
  quota,
  windowSeconds,
  field: `"${name}";q=${quota};w=${windowSeconds}`,
  what,
  per,
});

function announce(reply: FastifyReply, limit: Policy, state: WindowState) {
  reply.header('ratelimit-policy', limit.field).header('ratelimit', `"${limit.name}";r=${state.remaining};t=${state.resetSeconds}`);
}

const rateLimited = (limit: Policy, state: WindowState) =>
  new AppError(problem('rateLimited', { what: limit.what, quota: limit.quota, per: limit.per, seconds: state.resetSeconds }), {
    retryAfter: state.resetSeconds,
  });

/**
 * Per-principal request budgets over the whole /api surface (OWASP API4), counted in memory and
 * shared by replicas through PostgreSQL (see window-counters.ts), announced with the IETF RateLimit
 * headers, and refused with 429 problem+json and Retry-After. Register it before the auth plugin:
 * its onRequest hook turns away an address that spent its anonymous budget before any key lookup,
 * and its preParsing hook, which runs after every onRequest hook, counts by the principal auth found.
 */
export const rateLimitsPlugin = fp(
  (app: FastifyInstance, settings: RateLimitSettings) => {
    const counters = windowCounters(app.db, settings.now);
    const perMinute = { zh: '每分钟', en: 'a minute' };
    const requests = policy('requests', settings.perMinute, 60, { zh: '请求', en: 'requests' }, perMinute);
    const heavy = policy(
      'heavy',
      settings.heavyPer10Minutes,
      600,
      { zh: '导出、报表和导入', en: 'exports, reports and imports' },
      { zh: '每 10 分钟', en: 'per 10 minutes' },
    );
    const anonymous = policy(
      'anonymous',
      settings.anonymousPerMinute,
      60,
      { zh: '从您的地址发出的未登录（或凭据无效的）请求', en: 'requests without a valid session or key from your address' },
      perMinute,
    );
    const running = new Map<string, number>();

    /** Whose budget a request spends: its principal's (users by user, whichever session), else its address's. */
    function budgetOf(request: FastifyRequest): { limit: Policy; bucket: string; who?: string } {
      const principal = request.principal;
      if (!principal) return { limit: anonymous, bucket: `api:anonymous:${request.ip}` };
      const who = `${principal.kind}:${principal.id}`;
      return request.routeOptions.config.heavy
        ? { limit: heavy, bucket: `api:heavy:${who}`, who }
        : { limit: requests, bucket: `api:requests:${who}`, who };
    }

    function spend(reply: FastifyReply, limit: Policy, bucket: string) {
      const state = counters.take(bucket, limit);
      announce(reply, limit, state);
      if (!state.allowed) throw rateLimited(limit, state);
    }

    app.decorateRequest('rateLimitCounted', false);
    app.decorate('rateLimits', { sync: () => counters.sync() });

    // Every /api operation documents the 429 it may answer.
    app.addHook('onRoute', (route) => {
      const response = route.schema?.response as Record<number, unknown> | undefined;
      if (route.schema && response && isApiPath(route.url) && !(429 in response)) route.schema.response = { ...response, 429: Problem };
    });

    // An address that spent its anonymous budget (a script guessing keys, say) is turned away before
    // its credentials cost a lookup. People behind one NAT spend a few of these per sign-in, as the
    // sign-in limits (which also count per address) already assume.
    app.addHook('onRequest', async (request, reply) => {
      if (!isApiPath(request.url)) return;
      const state = counters.peek(`api:anonymous:${request.ip}`, anonymous);
      if (state.allowed) return;
      request.rateLimitCounted = true;
      announce(reply, anonymous, state);
      throw rateLimited(anonymous, state);
    });

    app.addHook('preParsing', async (request, reply, payload) => {
      if (request.rateLimitCounted || !isApiPath(request.url)) return payload;
      request.rateLimitCounted = true;
      const { limit, bucket, who } = budgetOf(request);
      if (limit !== heavy || !who) {
        spend(reply, limit, bucket);
        return payload;
      }
      // Counted per process: a cap across replicas would need a lease in the database per download.
      const inFlight = running.get(who) ?? 0;
      if (inFlight >= settings.heavyConcurrent) {
        announce(reply, heavy, counters.peek(bucket, heavy));
        throw new AppError(problem('tooManyRunning', { count: inFlight }));
      }
      spend(reply, heavy, bucket);
      running.set(who, inFlight + 1);
      // 'finish' when the last byte is handed to the network, 'close' when the client went away first.
      let done = false;
      const release = () => {
        if (done) return;
        done = true;
        const left = (running.get(who) ?? 1) - 1;
        if (left > 0) running.set(who, left);
        else running.delete(who);
      };
      reply.raw.once('finish', release).once('close', release);
      return payload;
    });

    // A request refused before the limiter saw it (bad credentials, no permission, a malformed query)
    // still cost something: it spends its principal's budget, or with none its address's. A request
    // that brought no credentials at all to a route that needs them cost nothing but the 401.
    app.addHook('onResponse', (request, reply, done) => {
      const bareRefusal = reply.statusCode === 401 && request.headers.authorization === undefined && request.headers.cookie === undefined;
      if (!request.rateLimitCounted && !bareRefusal && isApiPath(request.url)) {
        const { limit, bucket } = budgetOf(request);
        counters.take(bucket, limit);
      }
      done();
    });

    let syncing: Promise<void> | undefined;
    let failing = false;
    const timer = setInterval(() => {
      syncing ??= counters
        .sync()
        .then(() => {
          failing = false;
        })
        .catch((error: unknown) => {
          if (!failing)
            app.log.warn({ err: error }, 'rate limit counts could not be settled with the database; each process limits on its own until it answers');
          failing = true;
        })
        .finally(() => (syncing = undefined));
    }, settings.syncIntervalMs ?? 1000);
    timer.unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await syncing;
    });
  },
  { name: 'rate-limits', dependencies: ['database'] },
);

type Responses = Record<string, { description?: string; headers?: Record<string, unknown> }>;

const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** Adds the RateLimit headers to the OpenAPI document, on every successful /api answer (the shared error responses carry them too). */
export function documentRateLimits<Document extends object>(document: Document): Document {
  const loose = document as { paths?: Record<string, Record<string, { responses?: Responses }>>; components?: Record<string, unknown> };
  loose.components = {
    ...loose.components,
    headers: {
      ...(loose.components?.headers as object | undefined),
      RateLimit: {
        description:
          'What is left of the budget this request spent: `"requests";r=<remaining>;t=<seconds until the window ends>` (draft-ietf-httpapi-ratelimit-headers)',
        // A policy's name and two whole numbers: well under 100 characters.
        schema: { type: 'string', maxLength: 100 },
      },
      'RateLimit-Policy': {
        description: `The budget spent: by default \`"requests";q=${defaultRateLimits.perMinute};w=60\`, \`"heavy";q=${defaultRateLimits.heavyPer10Minutes};w=600\` (exports, reports, imports) or \`"anonymous";q=${defaultRateLimits.anonymousPerMinute};w=60\` (per address, without credentials)`,
        schema: { type: 'string', maxLength: 100 },
      },
      // Budgets start again within 10 minutes, sign-in lockouts within 15, the database's Retry-After is seconds: a day bounds them all.
      'Retry-After': {
        description: 'Seconds to wait: until the budget starts again (429), or before retrying while the database recovers (503)',
        schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86_400 },
      },
    },
  };
  for (const [path, item] of Object.entries(loose.paths ?? {})) {
    if (!isApiPath(path)) continue;
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (status.startsWith('2'))
          response.headers = { ...response.headers, RateLimit: headerRef('RateLimit'), 'RateLimit-Policy': headerRef('RateLimit-Policy') };
      }
    }
  }
  return document;
}
