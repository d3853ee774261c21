import {
  CreateUserBody,
  ListUsersQuery,
  UpdateUserBody,
  UserPage,
  UserResponse,
  role,
  roleRank,
  type CreateUser,
  type ListUsers,
  type User,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { hashPassword } from '../kernel/secrets.js';
import { AppError, problem } from '../kernel/errors.js';
import { requireRegion } from '../kernel/references.js';
import { anyOf } from '../kernel/resource/bind.js';
import type { ResourceSpec } from '../kernel/resource/spec.js';
import { revokeUserSessions, toUserResponse, userResponseJson, type UserRow } from './queries.js';

const { users } = schema;

/**
 * Users are managed like any record, scoped by the region they may see: an admin manages users
 * inside its own subtree and never grants a role above its own.
 */
/** A user as validated on write: a PATCH need not set a new password. */
type UserInput = Omit<CreateUser, 'password'> & { password?: string | undefined };

export const usersResource: ResourceSpec<UserRow, UserInput, ListUsers, User> = {
  entity: 'users',
  singular: 'User',
  tag: '用户 users',
  table: users,
  regionColumn: users.scopeRegionCode,
  regionField: 'scopeRegionCode',
  regionOf: (row) => row.scopeRegionCode,
  permissions: { read: 'users:manage', write: 'users:manage' },
  schemas: {
    create: CreateUserBody,
    update: UpdateUserBody,
    // A stored user has no password to merge; a PATCH sets one only when it sends one.
    merged: CreateUserBody.partial({ password: true }),
    query: ListUsersQuery,
    response: UserResponse,
    page: UserPage,
  },
  searchColumn: users.username,
  sortColumns: { username: users.username, createdAt: users.createdAt },
  filters: (query, bind) => [query.role ? anyOf(users.role, bind('role', query.role)) : undefined],
  async prepare(input, { principal }) {
    await requireRegion(input.scopeRegionCode, 'body.scopeRegionCode');
    if (!principal.role || roleRank[input.role] > roleRank[principal.role]) {
      const highest = principal.role ? { zh: role.labels[principal.role], en: principal.role } : { zh: '无', en: 'none' };
      throw new AppError(problem('roleTooHigh'), {
        errors: [{ field: 'body.role', message: { zh: `最高只能是${highest.zh}`, en: `at most ${highest.en}` } }],
      });
    }
    return {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      scopeRegionCode: input.scopeRegionCode,
      ...(input.password ? { passwordHash: await hashPassword(input.password), passwordChangedAt: new Date() } : {}),
    };
  },
  toResponse: toUserResponse,
  responseJson: userResponseJson,
  // Someone whose access changed, or who is gone, must sign in again.
  async afterWrite(executor, { before, after }) {
    if (!before) return;
    const accessChanged =
      after.deletedAt !== null ||
      before.role !== after.role ||
      before.scopeRegionCode !== after.scopeRegionCode ||
      before.passwordChangedAt.getTime() !== after.passwordChangedAt.getTime();
    if (accessChanged) await revokeUserSessions(executor, after.id);
  },
};
