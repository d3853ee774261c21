import { z } from 'zod';
import { recordEntities, recordEntityLabels, type Permission, type RecordEntity } from './access.js';
import {
  applicationChanges,
  recordChangeActions,
  type ApplicationChangeAction,
  type ApplicationChangeEntity,
  type ChangeEntity,
  type RecordChangeAction,
} from './changes.js';
import { id, isoDateTime, nonEmptyPatch, pageOf, recordMeta, stored } from './common.js';
import { regionCode } from './regions.js';

/** What a partner can subscribe to: every entity of the change log. */
export const changeEntities: readonly ChangeEntity[] = [...recordEntities, ...(Object.keys(applicationChanges) as ApplicationChangeEntity[])];

const perRecordEntity = <T>(value: (entity: RecordEntity) => T) =>
  Object.fromEntries(recordEntities.map((entity) => [entity, value(entity)])) as Record<RecordEntity, T>;

/** The actions a subscriber hears of per entity. A purge follows a deletion the subscriber was already sent, so it is not one. */
const recordActions: readonly string[] = recordChangeActions.filter((action) => action !== 'purged');
export const webhookActions: Record<ChangeEntity, readonly string[]> = { ...perRecordEntity(() => recordActions), ...applicationChanges };

export const webhookEventTypes = changeEntities.flatMap((entity) => webhookActions[entity].map((action) => `${entity}.${action}`));

/** Sent by `POST /webhooks/{id}/ping` only; nobody subscribes to it. */
export const pingEventType = 'webhooks.ping';
const eventType = z.string().max(40);

/**
 * What a subscriber may hear of follows what it may read: records need `{entity}:read`, submissions
 * `stats:read` (as their routes do); imports and scheduled runs are readable by anyone signed in, within scope.
 */
export const webhookEntityPermission: Record<ChangeEntity, Permission | null> = {
  ...perRecordEntity((entity): Permission => `${entity}:read`),
  imports: null,
  'export-runs': null,
  submissions: 'stats:read',
};

export const changeEntityLabels: Record<ChangeEntity, string> = {
  ...recordEntityLabels,
  imports: '导入',
  'export-runs': '定时导出',
  submissions: '填报',
};

export const webhookActionLabels: Record<string, string> = {
  created: '新增',
  updated: '修改',
  deleted: '删除',
  restored: '恢复',
  committed: '导入完成',
  succeeded: '运行成功',
  failed: '运行失败',
  submitted: '提交',
  approved: '通过',
  returned: '退回',
  reopened: '重新打开',
};

/** What a subscription may list: an event type, every event of one entity (`events.*`) or every event (`*`). */
export type WebhookEventType =
  | `${RecordEntity}.${Exclude<RecordChangeAction, 'purged'>}`
  | { [E in ApplicationChangeEntity]: `${E}.${ApplicationChangeAction<E>}` }[ApplicationChangeEntity];
export type WebhookEventFilter = '*' | `${ChangeEntity}.*` | WebhookEventType;
export const webhookEventFilters = ['*', ...changeEntities.map((entity) => `${entity}.*`), ...webhookEventTypes] as [
  WebhookEventFilter,
  ...WebhookEventFilter[],
];
export const webhookEventFilter = z
  .enum(webhookEventFilters)
  .meta({ description: 'an event type, `{entity}.*` for every event of one entity, or `*` for every event', example: 'events.*' });

/** Whether a subscription's filters take an event type. */
export const webhookFilterMatches = (filters: readonly string[], type: string) =>
  filters.some((filter) => filter === '*' || filter === type || (filter.endsWith('.*') && type.startsWith(filter.slice(0, -1))));

/** The entities a set of filters can match, to check the subscriber may read each. */
export const entitiesOfFilters = (filters: readonly string[]): ChangeEntity[] =>
  changeEntities.filter((entity) => webhookActions[entity].some((action) => webhookFilterMatches(filters, `${entity}.${action}`)));

/** Longest reason Kepu gives for turning a subscription off, and longest error it keeps of an attempt. */
export const maxReasonLength = 500;
/** The start of a receiver's answer kept with each attempt. */
export const keptResponseLength = 2048;
/** The attempts a delivery's answer lists: the newest, when redeliveries made more. */
export const listedAttempts = 50;

const webhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .meta({
    description: 'https, or http for hosts in the WEBHOOK_ALLOW_HOSTS setting; must not resolve to a loopback, private or link-local address',
    example: 'https://partner.example.com/kepu/webhooks',
  });

const webhookFields = {
  name: z.string().trim().min(1).max(100).meta({ example: '区融媒体中心活动同步' }),
  url: webhookUrl,
  events: z
    .array(webhookEventFilter)
    .min(1)
    .max(webhookEventFilters.length)
    .meta({ description: 'what to send; the subscriber needs read access to each entity' }),
  active: z.boolean(),
};

export const CreateWebhookBody = z
  .strictObject({
    ...webhookFields,
    active: webhookFields.active.default(true),
    regionCode: regionCode.optional().meta({ description: "which records' events to send: default and widest, your own scope" }),
  })
  .meta({ id: 'CreateWebhook' });

export const UpdateWebhookBody = z
  .strictObject(webhookFields)
  .partial()
  .superRefine(nonEmptyPatch)
  .meta({ id: 'UpdateWebhook', description: 'Setting `active` to true again also clears an automatic disabling.' });

export const WebhookResponse = z
  .object({
    name: stored(webhookFields.name),
    url: stored(webhookUrl),
    events: stored(webhookFields.events),
    regionCode,
    active: z.boolean(),
    ownerType: z.enum(['user', 'api_key']),
    ownerId: id,
    disabledAt: isoDateTime.nullable().meta({ description: 'when Kepu turned it off after repeated failures' }),
    disabledReason: z.string().max(maxReasonLength).nullable(),
    consecutiveFailures: z.number().int().meta({ description: 'deliveries that failed in a row (every retry spent); a success resets it' }),
    previousSecretExpiresAt: isoDateTime
      .nullable()
      .meta({ description: 'until then, deliveries are also signed with the secret before the last rotation' }),
    ...recordMeta,
  })
  .meta({ id: 'Webhook' });

/** `whsec_` and 32 bytes in base64, as apps/api/src/webhooks/signature.ts makes them. */
const secret = z
  .string()
  .length('whsec_'.length + 44)
  .meta({
    description: 'the signing secret, `whsec_` + base64 of 32 bytes; shown this once',
    example: 'whsec_IMqUhibdll+UEqYZM5KwZbW9nHrMOopGDJQU4c+2+WU=',
  });
export const CreatedWebhookResponse = WebhookResponse.extend({ secret }).meta({ id: 'CreatedWebhook' });

export const deliveryStatus = z.enum(['pending', 'succeeded', 'failed', 'cancelled']);

export const WebhookAttemptResponse = z
  .object({
    number: z.number().int(),
    at: isoDateTime,
    durationMs: z.number().int(),
    statusCode: z.number().int().nullable().meta({ description: "the receiver's HTTP status; null when no answer came" }),
    error: z.string().max(maxReasonLength).nullable().meta({ description: 'why no answer came (timeout, refused address, connection error)' }),
    responseBody: z.string().max(keptResponseLength).nullable().meta({ description: 'the first 2 KB of the answer' }),
  })
  .meta({ id: 'WebhookAttempt' });

export const WebhookDeliveryResponse = z
  .object({
    id: id.meta({ description: 'sent as the webhook-id header, the same on every attempt' }),
    type: eventType.meta({ example: 'events.updated' }),
    entity: z.string().max(40).nullable(),
    recordId: id.nullable(),
    status: deliveryStatus,
    nextAttemptAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    attempts: z
      .array(WebhookAttemptResponse)
      .max(listedAttempts)
      .meta({ description: `every attempt, oldest first; the newest ${listedAttempts} when there were more` }),
  })
  .meta({ id: 'WebhookDelivery' });

export const ListWebhooksQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const ListDeliveriesQuery = ListWebhooksQuery.extend({ status: deliveryStatus.optional() });
export const DeliveryParams = z.strictObject({ id, deliveryId: id });

export const WebhookPage = pageOf(WebhookResponse).meta({ id: 'WebhookPage' });
export const WebhookDeliveryPage = pageOf(WebhookDeliveryResponse).meta({ id: 'WebhookDeliveryPage' });

/** The body of every delivery (Standard Webhooks): documented in the OpenAPI document, built by the sender. */
export const WebhookPayload = z
  .object({
    type: eventType.meta({ example: 'events.updated' }),
    timestamp: isoDateTime.meta({ description: 'when the change happened' }),
    data: z.object({
      id: id.meta({ description: "the record's id (the subscription's, for a ping)" }),
      entity: z.string().max(40),
      action: z.string().max(40),
      version: recordMeta.version.nullable(),
      regionCode: regionCode.nullable(),
      record: z.record(z.string().max(100), z.unknown()).optional().meta({
        description:
          'the record as the subscriber may read it when it is sent (an export run with its download link); absent for deletions, records no longer in scope, imports and submissions',
      }),
    }),
  })
  .meta({ id: 'WebhookPayload' });

export type CreateWebhook = z.infer<typeof CreateWebhookBody>;
export type UpdateWebhook = z.infer<typeof UpdateWebhookBody>;
export type Webhook = z.infer<typeof WebhookResponse>;
export type CreatedWebhook = z.infer<typeof CreatedWebhookResponse>;
export type WebhookDelivery = z.infer<typeof WebhookDeliveryResponse>;
export type WebhookAttempt = z.infer<typeof WebhookAttemptResponse>;
export type DeliveryStatus = z.infer<typeof deliveryStatus>;
export type WebhookPayloadBody = z.infer<typeof WebhookPayload>;
