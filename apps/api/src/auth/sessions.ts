import { rolePermissions } from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { UserRow } from '../users/index.js';
import type { AnswerOf } from '../kernel/kept-answers.js';
import type { Principal } from '../kernel/principal.js';
import { randomToken, sha256 } from '../kernel/secrets.js';

const { sessions, users } = schema;

export const sessionCookie = 'kepu_session';

export function userPrincipal(user: UserRow, session: Principal['session']): Principal {
  return {
    kind: 'user',
    id: user.id,
    label: user.username,
    role: user.role,
    permissions: new Set(rolePermissions[user.role]),
    scopeRegionCode: user.scopeRegionCode,
    session,
  };
}

export async function createSession(executor: Executor, user: UserRow, options: { ttlHours: number; ip: string; userAgent: string | undefined }) {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + options.ttlHours * 3_600_000);
  const id = sha256(token);
  await executor
    .insert(sessions)
    .values({ id, userId: user.id, csrfToken, expiresAt, ip: options.ip, userAgent: options.userAgent?.slice(0, 300) ?? null });
  return { token, principal: userPrincipal(user, { id, csrfToken, expiresAt }) };
}

export type SessionLookup = { principal: Principal } | { problem: 'unknown' | 'expired' | 'revoked' };

export type StoredSession = { session: typeof sessions.$inferSelect; user: UserRow };

/** The session a token names; its state (revocation, expiry) is checked on every use, whether its row was read now or kept. */
export async function findSession(executor: Executor, token: string, storedSession: AnswerOf<StoredSession | undefined>): Promise<SessionLookup> {
  const sessionId = sha256(token);
  const found = await storedSession(sessionId, async () => {
    const [row] = await executor
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sessionId));
    return row;
  });
  if (!found) return { problem: 'unknown' };
  if (found.session.revokedAt || found.user.deletedAt) return { problem: 'revoked' };
  if (found.session.expiresAt.getTime() <= Date.now()) return { problem: 'expired' };
  const { id, csrfToken, expiresAt } = found.session;
  return { principal: userPrincipal(found.user, { id, csrfToken, expiresAt }) };
}

export async function revokeSession(executor: Executor, sessionId: string) {
  await executor
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Sessions ended a month ago and sign-in counters of past windows are of no use; sign-ins sweep them. */
export async function pruneExpired(executor: Executor) {
  await executor.delete(sessions).where(lt(sessions.expiresAt, sql`now() - interval '30 days'`));
  await executor.delete(schema.rateLimits).where(lt(schema.rateLimits.windowStartedAt, sql`now() - interval '1 day'`));
}
