import { z } from 'zod';
import { permissions, role } from './access.js';
import { id, isoDateTime, listQueryBase, multiValue, nonEmptyPatch, pageOf, recordMeta, sortParam, stored } from './common.js';
import { bilingual, matching } from './messages.js';
import { apiKeyName, apiKeyPrefix } from './api-keys.js';
import { regionCode } from './regions.js';

export const username = matching(z.string().trim().toLowerCase(), /^[a-z0-9][a-z0-9._-]{2,39}$/, {
  zh: '须为 3–40 个字符，只能用字母、数字、点、短横线或下划线，且以字母或数字开头',
  en: 'must be 3–40 letters, digits, dots, dashes or underscores',
}).max(40);

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
const minPasswordLength = 10;
export const password = z
  .string()
  .max(128)
  // Counted in characters as people type them, as `.min` would; a refinement so the message has both languages.
  .refine(
    (text) => [...text].length >= minPasswordLength,
    bilingual({ zh: `至少 ${minPasswordLength} 个字符`, en: `must be at least ${minPasswordLength} characters` }),
  )
  .meta({ minLength: minPasswordLength });

export const displayName = z.string().trim().min(1).max(50);

const userFields = z.strictObject({
  username,
  displayName,
  role: role.schema,
  scopeRegionCode: regionCode.meta({ description: 'the region subtree this user may see and change' }),
  password,
});

export const CreateUserBody = userFields.meta({ id: 'CreateUser' });
export const UpdateUserBody = userFields.omit({ username: true }).partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateUser' });

export const UserResponse = z
  .object({
    ...recordMeta,
    username: stored(username),
    displayName: stored(displayName),
    role: role.schema,
    scopeRegionCode: regionCode,
  })
  .meta({ id: 'User' });

export const ListUsersQuery = z.strictObject({
  ...listQueryBase,
  role: multiValue(role.schema).optional(),
  sort: sortParam(['username', 'createdAt'], 'username'),
});

export const UserPage = pageOf(UserResponse).meta({ id: 'UserPage' });

export const LoginBody = z.strictObject({ username, password: z.string().min(1).max(128) }).meta({ id: 'Login' });
export const ChangePasswordBody = z
  .strictObject({ currentPassword: z.string().min(1).max(128), newPassword: password })
  .meta({ id: 'ChangePassword' });

/** 32 random bytes in base64url (apps/api/src/auth/sessions.ts). */
const csrfTokenLength = 43;

export const SessionResponse = z
  .object({
    user: UserResponse.nullable().meta({ description: 'null when the caller is an API key' }),
    apiKey: z.object({ id, name: stored(apiKeyName), prefix: apiKeyPrefix }).nullable(),
    permissions: z.array(z.enum(permissions)).max(permissions.length),
    scopeRegionCode: regionCode,
    csrfToken: z.string().length(csrfTokenLength).nullable().meta({ description: 'send as X-CSRF-Token on every cookie-authenticated write' }),
    expiresAt: isoDateTime.nullable(),
  })
  .meta({ id: 'Session' });

export type CreateUser = z.infer<typeof CreateUserBody>;
export type UpdateUser = z.infer<typeof UpdateUserBody>;
export type User = z.infer<typeof UserResponse>;
export type ListUsers = z.infer<typeof ListUsersQuery>;
export type Session = z.infer<typeof SessionResponse>;
