import type { Permission } from '@kepu/domain';
import { schema, type Database } from '@kepu/db';
import { eq, sql } from 'drizzle-orm';
import type { AnswerOf } from '../kernel/kept-answers.js';
import type { Principal } from '../kernel/principal.js';
import { randomToken, sameSecret, sha256 } from '../kernel/secrets.js';

const { apiKeys } = schema;
const keyPattern = /^kepu_([A-Za-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

/** A new key: `kepu_<prefix>_<secret>`. Only the prefix and a hash are stored. */
export function generateApiKey() {
  const prefix = randomToken(16)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 10)
    .padEnd(10, '0');
  const secret = `kepu_${prefix}_${randomToken(32)}`;
  return { prefix, secret, secretHash: sha256(secret) };
}

export type KeyLookup = { principal: Principal } | { problem: 'unknown' | 'expired' | 'revoked' };

// Every key-signed request runs this lookup: a named prepared statement is built and planned once per connection.
const lookups = new WeakMap<Database, ReturnType<typeof prepareLookup>>();
const prepareLookup = (db: Database) =>
  db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.prefix, sql.placeholder('prefix')))
    .prepare('api_key_by_prefix');

/** The key a secret names; its state (hash, revocation, expiry) is checked on every use, whether its row was read now or kept. */
export async function findApiKey(db: Database, secret: string, storedKey: AnswerOf<KeyRow | undefined>): Promise<KeyLookup> {
  const prefix = keyPattern.exec(secret)?.[1];
  if (!prefix) return { problem: 'unknown' };
  const key = await storedKey(prefix, async () => {
    let lookup = lookups.get(db);
    if (!lookup) lookups.set(db, (lookup = prepareLookup(db)));
    const [row] = await lookup.execute({ prefix });
    return row;
  });
  if (!key || !sameSecret(key.secretHash, sha256(secret))) return { problem: 'unknown' };
  const problem = keyProblem(key);
  if (problem) return { problem };
  // Recording every use would make each read a write; a minute's precision is enough to spot unused keys.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiKeys.id, key.id));
  }
  return { principal: apiKeyPrincipal(key) };
}

export type KeyRow = typeof apiKeys.$inferSelect;

/** Why a stored key no longer acts, or null while it does. */
export const keyProblem = (key: KeyRow): 'revoked' | 'expired' | null =>
  key.revokedAt || key.deletedAt ? 'revoked' : key.expiresAt.getTime() <= Date.now() ? 'expired' : null;

export function apiKeyPrincipal(key: KeyRow): Principal {
  return {
    kind: 'api_key',
    id: key.id,
    label: `${key.name} (${key.prefix})`,
    role: null,
    permissions: new Set<Permission>(key.scopes),
    scopeRegionCode: key.scopeRegionCode,
    session: null,
  };
}
