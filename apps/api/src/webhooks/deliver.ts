import { clip, maxReasonLength, pingEventType, toShanghaiIso, type ChangeEntity, type LocalText, type WebhookPayloadBody } from '@kepu/domain';
import { schema, type Database, type Executor } from '@kepu/db';
import { and, eq, sql } from 'drizzle-orm';
import { fromDrizzle, type DrizzleTransactionLike, type PgBoss } from 'pg-boss';
import type { Principal } from '../kernel/principal.js';
import type { AddressPolicy } from './addresses.js';
import type { RecordReader } from './records.js';
import { postWebhook, type SendResult } from './send.js';
import { signWebhook } from './signature.js';
import { mayHearOf, subscriberOf, subscriptionsWithOwners, type SubscriptionRow } from './subscriptions.js';

const { webhookAttempts, webhookDeliveries, webhookSubscriptions } = schema;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export const deliveryQueue = 'webhook-delivery';

export interface DeliverySettings {
  timeoutMs: number;
  /** The wait before each retry; a delivery gets one attempt more than there are delays. */
  retryDelaysSeconds: readonly number[];
  /** Deliveries failing in a row (every retry spent) that turn a subscription off. */
  disableAfterFailures: number;
}

export interface DeliveryContext extends DeliverySettings {
  policy: AddressPolicy;
  db: Database;
  boss: PgBoss;
  records: ReadonlyMap<ChangeEntity, RecordReader>;
}

/** `events.updated` → entity `events`, action `updated`; `export-runs.succeeded` keeps its dash. */
export function splitType(type: string): { entity: string; action: string } {
  const dot = type.indexOf('.');
  return { entity: type.slice(0, dot), action: type.slice(dot + 1) };
}

/** The body of a delivery. The record is read now, as the subscriber may see it now; a deletion carries none. */
async function payloadOf(context: DeliveryContext, delivery: DeliveryRow, subscription: SubscriptionRow, principal: Principal) {
  const { entity, action } = splitType(delivery.type);
  const data: WebhookPayloadBody['data'] = {
    id: delivery.recordId ?? subscription.id,
    entity,
    action,
    version: delivery.version,
    regionCode: delivery.regionCode,
  };
  const reader = context.records.get(entity as ChangeEntity);
  if (reader && action !== 'deleted' && delivery.recordId && mayHearOf(principal, entity as ChangeEntity)) {
    const record = await reader(context.db, principal, delivery.recordId);
    if (record) data.record = record;
  }
  const payload: WebhookPayloadBody = { type: delivery.type, timestamp: toShanghaiIso(delivery.occurredAt), data };
  return JSON.stringify(payload);
}

const secretsOf = (subscription: SubscriptionRow, now: Date) =>
  subscription.previousSecret && subscription.previousSecretExpiresAt && subscription.previousSecretExpiresAt > now
    ? [subscription.secret, subscription.previousSecret]
    : [subscription.secret];

/** Turns a subscription off and says why; its pending deliveries are cancelled as their jobs come up. */
export async function disableSubscription(executor: Executor, subscriptionId: string, reason: LocalText) {
  await executor
    .update(webhookSubscriptions)
    .set({ active: false, disabledAt: sql`now()`, disabledReason: reason, version: sql`${webhookSubscriptions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(webhookSubscriptions.id, subscriptionId), eq(webhookSubscriptions.active, true)));
}

const setStatus = (executor: Executor, id: string, status: 'succeeded' | 'failed' | 'cancelled') =>
  executor.update(webhookDeliveries).set({ status, nextAttemptAt: null }).where(eq(webhookDeliveries.id, id));

/**
 * Sends one delivery once and records the attempt; then, in one transaction, marks it delivered,
 * queues its retry, or gives up and counts the failure against the subscription. A delivery of a
 * subscription that was turned off or deleted is cancelled unsent (a ping is sent regardless: it
 * is how a receiver is tested before turning it back on).
 */
export async function sendDelivery(context: DeliveryContext, deliveryId: string): Promise<void> {
  const [delivery] = await context.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
  if (!delivery || delivery.status !== 'pending') return;
  const [owned] = await subscriptionsWithOwners(context.db, eq(webhookSubscriptions.id, delivery.subscriptionId));
  if (!owned) return;
  const { subscription } = owned;
  const isPing = delivery.type === pingEventType;
  if (subscription.deletedAt || (!subscription.active && !isPing)) {
    await setStatus(context.db, delivery.id, 'cancelled');
    return;
  }
  const subscriber = subscriberOf(owned);
  if ('problem' in subscriber) {
    await context.db.transaction(async (tx) => {
      await disableSubscription(tx, subscription.id, subscriber.problem);
      await setStatus(tx, delivery.id, 'cancelled');
    });
    return;
  }

  const now = new Date();
  const body = await payloadOf(context, delivery, subscription, subscriber.principal);
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers = {
    'user-agent': 'Kepu-Webhooks/1.0',
    'webhook-id': delivery.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secretsOf(subscription, now), delivery.id, timestamp, body),
  };
  const result = await postWebhook(subscription.url, headers, body, context);
  await context.db.transaction((tx) => recordAttempt(tx, context, delivery, now, result, isPing));
}

async function recordAttempt(tx: Executor, context: DeliveryContext, delivery: DeliveryRow, at: Date, result: SendResult, isPing: boolean) {
  await tx.insert(webhookAttempts).values({
    deliveryId: delivery.id,
    number: sql`(select count(*) + 1 from ${webhookAttempts} where ${webhookAttempts.deliveryId} = ${delivery.id})`,
    at,
    durationMs: result.durationMs,
    statusCode: result.statusCode,
    error: result.error === null ? null : clip(result.error, maxReasonLength),
    responseBody: result.responseBody,
  });
  const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const delay = context.retryDelaysSeconds[delivery.roundAttempts];
  // A ping tests the receiver now: one attempt, and it neither counts against the subscription nor clears its failures.
  if (delivered) {
    await setStatus(tx, delivery.id, 'succeeded');
    if (!isPing) {
      await tx
        .update(webhookSubscriptions)
        .set({ consecutiveFailures: 0 })
        .where(and(eq(webhookSubscriptions.id, delivery.subscriptionId), sql`${webhookSubscriptions.consecutiveFailures} > 0`));
    }
  } else if (delay !== undefined && !isPing) {
    await tx
      .update(webhookDeliveries)
      .set({ roundAttempts: delivery.roundAttempts + 1, nextAttemptAt: new Date(at.getTime() + delay * 1000) })
      .where(eq(webhookDeliveries.id, delivery.id));
    await context.boss.send(
      deliveryQueue,
      { deliveryId: delivery.id },
      { startAfter: delay, db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) },
    );
  } else {
    await setStatus(tx, delivery.id, 'failed');
    if (!isPing) await countFailure(tx, context, delivery.subscriptionId);
  }
}

async function countFailure(tx: Executor, context: DeliveryContext, subscriptionId: string) {
  const [counted] = await tx
    .update(webhookSubscriptions)
    .set({ consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1` })
    .where(eq(webhookSubscriptions.id, subscriptionId))
    .returning({ failures: webhookSubscriptions.consecutiveFailures });
  const failures = counted?.failures ?? 0;
  if (failures >= context.disableAfterFailures) {
    await disableSubscription(tx, subscriptionId, {
      zh: `连续 ${failures} 次投递失败（每次均已重试），已自动停用；请检查接收地址后重新启用`,
      en: `${failures} deliveries in a row failed after every retry; check the receiver, then turn it back on`,
    });
  }
}
