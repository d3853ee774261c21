import type {} from '@fastify/cookie';
import { ChangePasswordBody, LoginBody, SessionResponse, cityRegionCode, toShanghaiIso, type Session } from '@kepu/domain';
import { schema } from '@kepu/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { AppError, problem } from '../kernel/errors.js';
import { problems } from '../kernel/openapi.js';
import { revokeUserSessions, toUserResponse, type UserRow } from '../users/index.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import { assertUnderLimits, clearLimit, countHit, type Limit } from './rate-limit.js';
import { hashPassword, verifyDecoy, verifyPassword } from '../kernel/secrets.js';
import { createSession, pruneExpired, revokeSession, sessionCookie } from './sessions.js';

const { users, apiKeys } = schema;
const tags = ['登录 auth'];
const fifteenMinutes = 15 * 60;

export interface AuthOptions {
  sessionTtlHours: number;
}

const loginLimits = (username: string, ip: string): Limit[] => [
  { bucket: `login:account:${username}`, max: 5, windowSeconds: fifteenMinutes },
  { bucket: `login:ip:${ip}`, max: 30, windowSeconds: fifteenMinutes },
];

function sessionBody(principal: Principal, user: UserRow | null, apiKey: { name: string; prefix: string } | null = null): Session {
  return {
    user: user ? toUserResponse(user) : null,
    apiKey: apiKey ? { id: principal.id, name: apiKey.name, prefix: apiKey.prefix } : null,
    permissions: [...principal.permissions],
    scopeRegionCode: principal.scopeRegionCode,
    csrfToken: principal.session?.csrfToken ?? null,
    expiresAt: principal.session ? toShanghaiIso(principal.session.expiresAt) : null,
  };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, ttlHours: number) {
  reply.setCookie(sessionCookie, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: ttlHours * 3600,
  });
}

export function registerAuthRoutes(app: FastifyInstance, options: AuthOptions) {
  const server = app.withTypeProvider<ZodTypeProvider>();

  server.post(
    '/api/v1/auth/login',
    {
      config: { access: { public: true } },
      schema: {
        operationId: 'login',
        security: [],
        tags,
        summary: 'Sign in with username and password',
        description:
          'Sets an HttpOnly session cookie and returns the CSRF token to send as X-CSRF-Token on writes. Five failures per account (or 30 per IP) in 15 minutes answer 429 with Retry-After.',
        body: LoginBody,
        response: { 200: SessionResponse, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const limits = loginLimits(username, request.ip);
      await assertUnderLimits(app.db, limits);
      const [user] = await app.db
        .select()
        .from(users)
        .where(and(eq(users.username, username), isNull(users.deletedAt)));
      const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyDecoy(password);
      if (!user || !valid) {
        await app.db.transaction(async (tx) => {
          for (const limit of limits) await countHit(tx, limit);
          await recordAudit(
            tx,
            { principal: null, ip: request.ip, label: username },
            {
              action: 'login_failed',
              entity: 'users',
              entityId: user?.id ?? null,
              regionCode: user?.scopeRegionCode ?? cityRegionCode,
            },
          );
        });
        throw new AppError(problem('invalidCredentials'));
      }
      const { token, principal } = await app.db.transaction(async (tx) => {
        await clearLimit(tx, `login:account:${username}`);
        await pruneExpired(tx);
        const created = await createSession(tx, user, {
          ttlHours: options.sessionTtlHours,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        await recordAudit(
          tx,
          { principal: created.principal, ip: request.ip },
          { action: 'login', entity: 'users', entityId: user.id, regionCode: user.scopeRegionCode },
        );
        return created;
      });
      setSessionCookie(request, reply, token, options.sessionTtlHours);
      return sessionBody(principal, user);
    },
  );

  server.post(
    '/api/v1/auth/logout',
    {
      config: { access: { authenticated: true } },
      schema: { operationId: 'logout', tags, summary: 'End this session', response: { 204: z.null(), ...problems(401, 403) } },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.session) {
        const sessionId = principal.session.id;
        await app.db.transaction(async (tx) => {
          await revokeSession(tx, sessionId);
          await recordAudit(
            tx,
            { principal, ip: request.ip },
            { action: 'logout', entity: 'users', entityId: principal.id, regionCode: principal.scopeRegionCode },
          );
        });
      }
      return reply.clearCookie(sessionCookie, { path: '/' }).code(204).send(null);
    },
  );

  server.get(
    '/api/v1/auth/me',
    {
      config: { access: { authenticated: true } },
      schema: {
        operationId: 'getSession',
        tags,
        summary: 'Who is signed in, with permissions and scope',
        response: { 200: SessionResponse, ...problems(401) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (principal.kind === 'api_key') {
        const [key] = await app.db.select({ name: apiKeys.name, prefix: apiKeys.prefix }).from(apiKeys).where(eq(apiKeys.id, principal.id));
        return sessionBody(principal, null, key ?? null);
      }
      const [user] = await app.db.select().from(users).where(eq(users.id, principal.id));
      return sessionBody(principal, user ?? null);
    },
  );

  server.post(
    '/api/v1/auth/password',
    {
      config: { access: { authenticated: true } },
      schema: {
        operationId: 'changePassword',
        tags,
        summary: 'Change your password',
        description: 'Ends every session of the user, then starts a new one for this browser.',
        body: ChangePasswordBody,
        response: { 200: SessionResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind !== 'user') throw new AppError(problem('apiKeysHaveNoPassword'));
      const [user] = await app.db.select().from(users).where(eq(users.id, principal.id));
      if (!user || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        throw new AppError(problem('currentPasswordWrong'), {
          errors: [{ field: 'body.currentPassword', message: { zh: '密码不正确', en: 'wrong password' } }],
        });
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      const {
        token,
        principal: renewed,
        updated,
      } = await app.db.transaction(async (tx) => {
        const [changed] = await tx
          .update(users)
          .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${users.version} + 1` })
          .where(eq(users.id, user.id))
          .returning();
        await revokeUserSessions(tx, user.id);
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'password_change', entity: 'users', entityId: user.id, regionCode: user.scopeRegionCode },
        );
        const created = await createSession(tx, changed ?? user, {
          ttlHours: options.sessionTtlHours,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        return { ...created, updated: changed ?? user };
      });
      setSessionCookie(request, reply, token, options.sessionTtlHours);
      return sessionBody(renewed, updated);
    },
  );
}
