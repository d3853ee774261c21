import type {} from '@fastify/cookie';
import type { Database } from '@kepu/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { findApiKey, type KeyRow } from '../api-keys/index.js';
import { AppError, forbidden, problem } from '../kernel/errors.js';
import { isApiPath } from '../kernel/http.js';
import { keptAnswers, type AnswerOf } from '../kernel/kept-answers.js';
import type { Access, Principal } from '../kernel/principal.js';
import { findSession, sessionCookie, type StoredSession } from './sessions.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const credentialProblems = { unknown: 'credentialUnknown', expired: 'credentialExpired', revoked: 'credentialRevoked' } as const;

/** A session or API key that no longer lets its holder in: `auth.session_expired`, `auth.key_revoked` …. */
const refusedCredential = (credential: 'key' | 'session', reason: keyof typeof credentialProblems) =>
  new AppError(problem(credentialProblems[reason], { credential }));

/** Routes served by plugins (the docs page's assets) that are public by nature. */
const pluginRoutePrefixes = ['/api/docs'];

interface StoredCredentials {
  keys: AnswerOf<KeyRow | undefined>;
  sessions: AnswerOf<StoredSession | undefined>;
}

async function resolvePrincipal(db: Database, stored: StoredCredentials, request: FastifyRequest): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const [scheme, secret] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !secret) throw new AppError(problem('authorizationMalformed'));
    const found = await findApiKey(db, secret, stored.keys);
    if ('problem' in found) throw refusedCredential('key', found.problem);
    return found.principal;
  }
  const token = request.cookies[sessionCookie];
  if (!token) return null;
  const found = await findSession(db, token, stored.sessions);
  if ('problem' in found) throw refusedCredential('session', found.problem);
  return found.principal;
}

function enforce(access: Exclude<Access, { public: true }>, principal: Principal | null, request: FastifyRequest) {
  if (!principal) throw new AppError(problem('authenticationRequired'));
  if ('permission' in access && !principal.permissions.has(access.permission)) throw forbidden();
  // Cookies ride along on cross-site requests; the CSRF token in a header proves the page is ours.
  if (principal.session && unsafeMethods.has(request.method) && request.headers['x-csrf-token'] !== principal.session.csrfToken) {
    throw new AppError(problem('csrf'), {
      errors: [{ field: 'headers.x-csrf-token', message: { zh: '缺少或不正确', en: 'missing or wrong' } }],
    });
  }
}

/**
 * Authentication and function-level access for every route, in one place: each /api route must
 * declare `config.access`, or the app refuses to start.
 */
export const authPlugin = fp(
  (app: FastifyInstance) => {
    app.decorateRequest('principal', null);
    // Every request reads its credential. The embedded database keeps the rows read until something is
    // written (kept-answers.ts); PostgreSQL, shared with other replicas, is asked each time.
    const stored: StoredCredentials = {
      keys: keptAnswers(app, { capacity: 1_000, maxAgeMs: 60_000 }),
      sessions: keptAnswers(app, { capacity: 1_000, maxAgeMs: 60_000 }),
    };
    app.addHook('onRoute', (route) => {
      const covered = isApiPath(route.url) && !pluginRoutePrefixes.some((prefix) => route.url.startsWith(prefix));
      if (covered && !route.config?.access) throw new Error(`${String(route.method)} ${route.url} declares no config.access`);
    });
    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      if (!access || 'public' in access) return;
      request.principal = await resolvePrincipal(app.db, stored, request);
      enforce(access, request.principal, request);
    });
  },
  { name: 'auth', dependencies: ['database'] },
);
