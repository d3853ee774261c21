import { entitiesOfFilters, isInRegionSubtree, webhookFilterMatches, type ChangeEntity } from '@kepu/domain';
import { insertMany, schema, type Database } from '@kepu/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { readChanges, type Change } from '../kernel/changes.js';
import type { Principal } from '../kernel/principal.js';
import { disableSubscription } from './deliver.js';
import { mayHearOf, subscriberOf, subscriptionsWithOwners, type SubscriptionRow } from './subscriptions.js';

const { webhookDeliveries, webhookDispatch, webhookSubscriptions } = schema;
/** Changes read per transaction: an import of 10,000 rows fans out in twenty short ones. */
const changesPerBatch = 500;
export const dispatchCursor = 'changes';

/**
 * How a change reaches a subscription whose region is `scope`, or null when it does not. A record
 * that left the region is, to this subscriber, deleted (and named by where it was, not where it
 * went); one that came into it, created. A purge follows a deletion already sent.
 */
export function deliveredAs(change: Change, scope: string): { type: string; regionCode: string | null } | null {
  if (change.action === 'purged') return null;
  const inside = change.regionCode !== null && isInRegionSubtree(change.regionCode, scope);
  const before = change.previousRegionCode;
  const wasInside = before !== null && isInRegionSubtree(before, scope);
  if (inside) {
    const arrived = change.action === 'updated' && before !== null && !wasInside;
    return { type: `${change.entity}.${arrived ? 'created' : change.action}`, regionCode: change.regionCode };
  }
  return wasInside ? { type: `${change.entity}.deleted`, regionCode: before } : null;
}

interface Listener {
  subscription: SubscriptionRow;
  principal: Principal;
  entities: ChangeEntity[];
}

/**
 * Reads the change log past the dispatcher's cursor and makes one delivery per change and
 * subscription that hears of it, then moves the cursor, all in one transaction: a crash leaves both
 * as they were, so nothing is lost or fanned out twice. The cursor row is locked (skip locked), so
 * replicas take turns. True when more changes are waiting.
 */
export async function fanOut(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [cursor] = await tx.select().from(webhookDispatch).where(eq(webhookDispatch.id, dispatchCursor)).for('update', { skipLocked: true });
    if (!cursor) return false;
    const listeners: Listener[] = [];
    for (const owned of await subscriptionsWithOwners(tx, and(eq(webhookSubscriptions.active, true), isNull(webhookSubscriptions.deletedAt)))) {
      const subscriber = subscriberOf(owned);
      if ('problem' in subscriber) await disableSubscription(tx, owned.subscription.id, subscriber.problem);
      else {
        const entities = entitiesOfFilters(owned.subscription.events).filter((entity) => mayHearOf(subscriber.principal, entity));
        listeners.push({ subscription: owned.subscription, principal: subscriber.principal, entities });
      }
    }
    // Only entities someone hears of are read; with no listener the cursor moves straight to the horizon.
    const page = await readChanges(tx, {
      after: cursor.tx !== null && cursor.seq !== null ? { tx: cursor.tx, seq: cursor.seq } : null,
      entities: [...new Set(listeners.flatMap((listener) => listener.entities))],
      limit: changesPerBatch,
    });
    const deliveries = page.changes.flatMap((change) =>
      listeners.flatMap(({ subscription, entities }) => {
        // A subscription hears of what happened after it was made.
        if (change.occurredAt < subscription.createdAt || !entities.includes(change.entity as ChangeEntity)) return [];
        const delivered = deliveredAs(change, subscription.regionCode);
        if (!delivered || !webhookFilterMatches(subscription.events, delivered.type)) return [];
        return [
          {
            subscriptionId: subscription.id,
            changeSeq: change.seq,
            type: delivered.type,
            recordId: change.recordId,
            version: change.version,
            regionCode: delivered.regionCode,
            occurredAt: change.occurredAt,
            nextAttemptAt: change.occurredAt,
          },
        ];
      }),
    );
    // One document per 10,000 rows: a large import times many subscriptions would overflow a statement's parameters.
    await insertMany(tx, webhookDeliveries, deliveries);
    await tx
      .update(webhookDispatch)
      .set({ tx: page.resumeAt.tx, seq: page.resumeAt.seq, updatedAt: sql`now()` })
      .where(eq(webhookDispatch.id, dispatchCursor));
    return !page.horizonReached;
  });
}
