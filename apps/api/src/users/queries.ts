import { type Role, type User } from '@kepu/domain';
import { recordMetaOf, responseJson } from '../kernel/resource/spec.js';
import { schema, type Executor } from '@kepu/db';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { hashPassword } from '../kernel/secrets.js';

const { users, sessions } = schema;
export type UserRow = typeof users.$inferSelect;

/** The public view of a user: never the password hash. */
export function toUserResponse(row: UserRow): User {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    scopeRegionCode: row.scopeRegionCode,
    ...recordMetaOf(row),
  };
}

/** The same view written by PostgreSQL, for lists of users. */
export const userResponseJson = responseJson(users, { username: {}, displayName: {}, role: {}, scopeRegionCode: {} } satisfies Record<
  Exclude<keyof User, keyof ReturnType<typeof recordMetaOf>>,
  object
>);

/** Creates a user directly (first admin, demo accounts, tests); the API path is the users resource. */
export async function insertUser(
  executor: Executor,
  user: { username: string; displayName: string; role: Role; scopeRegionCode: string; password: string },
): Promise<UserRow> {
  const [row] = await executor
    .insert(users)
    .values({ ...user, username: user.username.toLowerCase(), passwordHash: await hashPassword(user.password) })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * On a password, role or scope change every other session of the user ends. It lives with the user,
 * whose changes call for it; auth uses it too (changing one's own password), so auth depends on users, not back.
 */
export async function revokeUserSessions(executor: Executor, userId: string, keepSessionId?: string) {
  await executor
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keepSessionId ? ne(sessions.id, keepSessionId) : undefined));
}
