import { type Role, type User } from '@kepu/domain';
import { recordMetaOf } from '../shared/resource/spec.js';
import { schema, type Executor } from '@kepu/db';
import { hashPassword } from '../auth/secrets.js';

const { users } = schema;
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
