import type { LocalText, WebhookEventFilter } from '@kepu/domain';
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { live, recordColumns } from './columns.js';
import { apiKeys, users } from './access.js';
import { regions } from './regions.js';

/**
 * A URL that hears of changes to records in its region subtree. It belongs to the user or API key
 * that made it: deliveries read records with that owner's permissions, and stop when it is gone.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    ...recordColumns(),
    name: text().notNull(),
    url: text().notNull(),
    events: text().array().notNull().$type<WebhookEventFilter[]>(),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    ownerUserId: uuid().references(() => users.id),
    ownerApiKeyId: uuid().references(() => apiKeys.id),
    // The key that signs deliveries, kept readable: an HMAC key must be at hand to sign with, and
    // encrypting it under a key kept in this same database would protect nothing.
    secret: text().notNull(),
    /** The secret before the last rotation, which still signs alongside the new one until it expires. */
    previousSecret: text(),
    previousSecretExpiresAt: timestamp({ withTimezone: true }),
    active: boolean().notNull().default(true),
    disabledAt: timestamp({ withTimezone: true }),
    /** Why Kepu turned it off, in both languages: answers are in the reader's. */
    disabledReason: jsonb().$type<LocalText>(),
    consecutiveFailures: integer().notNull().default(0),
  },
  (t) => [
    index('webhook_subscriptions_region_idx').using('btree', t.regionCode.op('text_pattern_ops')).where(live(t)),
    check('webhook_subscriptions_one_owner', sql`(${t.ownerUserId} is null) <> (${t.ownerApiKeyId} is null)`),
  ],
);

/**
 * One event for one subscription: its id is the `webhook-id` header, the same on every attempt.
 * `queued` says a job will send it; deliveries made outside the dispatcher's transaction (a ping, a
 * redelivery) start unqueued and the dispatcher queues them.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id),
    /** The change-log row it was made from; null for pings. Unique per subscription, so a change fans out once. */
    changeSeq: bigint({ mode: 'bigint' }),
    type: text().notNull(),
    recordId: text(),
    version: integer(),
    regionCode: text(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    status: text().notNull().default('pending'),
    queued: boolean().notNull().default(false),
    /** Attempts since it was last queued by the dispatcher or a redelivery: picks the next retry delay. */
    roundAttempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_change_key').on(t.subscriptionId, t.changeSeq),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt),
    index('webhook_deliveries_unqueued_idx')
      .on(t.createdAt)
      .where(sql`not ${t.queued}`),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending', 'succeeded', 'failed', 'cancelled')`),
  ],
);

/** What each attempt to send a delivery got back. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id),
    number: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    durationMs: integer().notNull(),
    statusCode: integer(),
    error: text(),
    responseBody: text(),
  },
  (t) => [uniqueIndex('webhook_attempts_delivery_key').on(t.deliveryId, t.number)],
);

/**
 * How far the webhook dispatcher has read the change log: one row, moved in the transaction that
 * makes the deliveries of what it read. Null before the first read.
 */
export const webhookDispatch = pgTable('webhook_dispatch', {
  id: text().primaryKey(),
  /** The change log's cursor: a transaction id (xid8) and a sequence number, as decimal text. */
  tx: text(),
  seq: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
