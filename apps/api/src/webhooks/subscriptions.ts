import { toShanghaiIso, webhookEntityPermission, type ChangeEntity, type Language, type LocalText, type Webhook } from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { apiKeyPrincipal, keyProblem } from '../api-keys/index.js';
import { userPrincipal } from '../auth/index.js';
import type { Principal } from '../kernel/principal.js';
import { recordMetaOf } from '../kernel/resource/spec.js';
import { isInScope, withinScope } from '../kernel/scope.js';

const { apiKeys, users, webhookSubscriptions } = schema;
export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;

export function toWebhookResponse(row: SubscriptionRow, language: Language): Webhook {
  return {
    name: row.name,
    url: row.url,
    events: row.events,
    regionCode: row.regionCode,
    active: row.active,
    ownerType: row.ownerApiKeyId ? 'api_key' : 'user',
    ownerId: row.ownerApiKeyId ?? row.ownerUserId ?? '',
    disabledAt: row.disabledAt ? toShanghaiIso(row.disabledAt) : null,
    disabledReason: row.disabledReason?.[language] ?? null,
    consecutiveFailures: row.consecutiveFailures,
    previousSecretExpiresAt:
      row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date() ? toShanghaiIso(row.previousSecretExpiresAt) : null,
    ...recordMetaOf(row),
  };
}

/**
 * Subscriptions a caller may see and change: staff with `webhooks:manage` see every one in their
 * scope; a partner's key sees only its own, since another partner's URL is none of its business.
 */
export const visibleTo = (principal: Principal): SQL | undefined =>
  and(
    isNull(webhookSubscriptions.deletedAt),
    withinScope(principal, webhookSubscriptions.regionCode),
    principal.kind === 'api_key' ? eq(webhookSubscriptions.ownerApiKeyId, principal.id) : undefined,
  );

/** Whether a principal may hear of an entity's changes: as it may read them. */
export const mayHearOf = (principal: Principal, entity: ChangeEntity) => {
  const permission = webhookEntityPermission[entity];
  return permission === null || principal.permissions.has(permission);
};

export interface SubscriptionWithOwner {
  subscription: SubscriptionRow;
  user: typeof users.$inferSelect | null;
  key: typeof apiKeys.$inferSelect | null;
}

/** Subscriptions with their owners, for deliveries to act as. */
export const subscriptionsWithOwners = (executor: Executor, where: SQL | undefined) =>
  executor
    .select({ subscription: webhookSubscriptions, user: users, key: apiKeys })
    .from(webhookSubscriptions)
    .leftJoin(users, eq(users.id, webhookSubscriptions.ownerUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, webhookSubscriptions.ownerApiKeyId))
    .where(where);

/**
 * Who a subscription's deliveries act as: its owner as the owner is now, narrowed to the
 * subscription's region; or why it cannot act any more (the subscription is then turned off).
 */
export function subscriberOf({ subscription, user, key }: SubscriptionWithOwner): { principal: Principal } | { problem: LocalText } {
  let owner: Principal;
  if (user) {
    if (user.deletedAt) return { problem: { zh: '创建者的账号已被删除', en: "its owner's account was deleted" } };
    owner = userPrincipal(user, null);
  } else if (key) {
    if (keyProblem(key)) return { problem: { zh: '创建它的 API 密钥已被吊销或已过期', en: 'the API key that made it was revoked or has expired' } };
    owner = apiKeyPrincipal(key);
  } else return { problem: { zh: '找不到创建者', en: 'its owner no longer exists' } };
  if (!owner.permissions.has('webhooks:manage')) {
    return { problem: { zh: '创建者已没有 webhooks:manage 权限', en: 'its owner no longer has webhooks:manage' } };
  }
  if (!isInScope(owner, subscription.regionCode)) {
    return {
      problem: {
        zh: `创建者的权限范围（${owner.scopeRegionCode}）已不包含 ${subscription.regionCode}`,
        en: `its owner's scope (${owner.scopeRegionCode}) no longer covers ${subscription.regionCode}`,
      },
    };
  }
  return { principal: { ...owner, scopeRegionCode: subscription.regionCode } };
}
