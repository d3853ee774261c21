import { role, type ApiKeyScope } from '@kepu/domain';
import { bigserial, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { live, recordColumns } from './columns.js';
import { regions } from './regions.js';

export const roleEnum = pgEnum('user_role', role.values);

export const users = pgTable(
  'users',
  {
    ...recordColumns(),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull(),
    scopeRegionCode: text()
      .notNull()
      .references(() => regions.code),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_live_key').on(t.username).where(live(t))],
);

/** Cookie sessions live here, so every API replica can serve every session. The id is the SHA-256 of the cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    csrfToken: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    ...recordColumns(),
    name: text().notNull(),
    prefix: text().notNull(),
    secretHash: text().notNull(),
    scopes: text().array().notNull().$type<ApiKeyScope[]>(),
    scopeRegionCode: text()
      .notNull()
      .references(() => regions.code),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex('api_keys_prefix_key').on(t.prefix)],
);

/** Fixed-window counters (login attempts per account and per IP), shared by all replicas. */
export const rateLimits = pgTable('rate_limits', {
  bucket: text().primaryKey(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
  hits: integer().notNull(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorType: text({ enum: ['user', 'api_key', 'system'] }).notNull(),
    actorId: uuid(),
    actorLabel: text().notNull(),
    ip: text(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    // Scope of the entry: the record's region, or for sign-ins the user's scope.
    regionCode: text().notNull(),
    // Null for an entry with nothing before it (a creation): its changes are every field of `after`, from
    // null, derived when read (apps/api/src/kernel/audit/queries.ts) instead of stored twice. An import
    // of 100,000 events wrote its audit entries in 12 s with them, about half that without.
    changes: jsonb().$type<Record<string, { from: unknown; to: unknown }>>(),
    after: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.id),
    index('audit_log_region_idx').using('btree', t.regionCode.op('text_pattern_ops'), t.id),
    index('audit_log_at_idx').on(t.at),
  ],
);
