import {
  CreateWebhookBody,
  CreatedWebhookResponse,
  IdParams,
  ListWebhooksQuery,
  UpdateWebhookBody,
  WebhookPage,
  WebhookResponse,
  entitiesOfFilters,
  webhookEntityPermission,
  type UpdateWebhook,
} from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { AppError, notFound, preconditionFailed, problem, type FieldError } from '../kernel/errors.js';
import { expectedVersion, withEtag } from '../kernel/http.js';
import { languageOf } from '../kernel/language.js';
import { problems } from '../kernel/openapi.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import { requireRegion } from '../kernel/references.js';
import { IfMatchHeaders } from '../kernel/resource/context.js';
import { assertInScope } from '../kernel/scope.js';
import type { AddressPolicy } from './addresses.js';
import { generateWebhookSecret } from './signature.js';
import { mayHearOf, toWebhookResponse, visibleTo, type SubscriptionRow } from './subscriptions.js';

const { webhookSubscriptions } = schema;
export const webhookTags = ['Webhooks'];
export const manageWebhooks = { access: { permission: 'webhooks:manage' } } as const;
/** How long the secret before a rotation keeps signing, so a receiver can switch without missing a delivery. */
const rotationOverlapMs = 24 * 3_600_000;

/** A subscription the caller may see, locked when it is about to change; 404 otherwise. */
export async function findSubscription(executor: Executor, principal: Principal, id: string, lock = false): Promise<SubscriptionRow> {
  const query = executor
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.id, id), visibleTo(principal)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('webhooks');
  return row;
}

/** The URL may receive deliveries and the caller may read every entity it names. */
async function checkSubscription(policy: AddressPolicy, principal: Principal, body: { url?: string; events?: string[] }) {
  if (body.url !== undefined) {
    const refusal = await policy.refusal(new URL(body.url));
    if (refusal) throw new AppError(problem('webhookUrlRefused'), { errors: [{ field: 'body.url', message: refusal }] });
  }
  // `*` is "every event I may read"; a filter naming an entity must name one the caller may read.
  const unreadable: FieldError[] = (body.events ?? [])
    .filter((filter) => filter !== '*')
    .flatMap((filter) => entitiesOfFilters([filter]).filter((entity) => !mayHearOf(principal, entity)))
    .map((entity) => {
      const permission = webhookEntityPermission[entity];
      return {
        field: 'body.events',
        message: { zh: `您没有 ${permission} 权限，不能订阅 ${entity} 的事件`, en: `you do not have ${permission} for ${entity}` },
      };
    });
  if (unreadable.length > 0) throw new AppError(problem('webhookEventsNotReadable'), { errors: unreadable });
}

const snapshot = (row: SubscriptionRow) => ({ name: row.name, url: row.url, events: row.events, active: row.active });

/** Subscriptions: create (the secret shown once), list, read, change, delete, rotate the secret. */
export function registerSubscriptionRoutes(app: FastifyInstance, policy: AddressPolicy) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/webhooks';

  server.get(
    base,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'listWebhooks',
        tags: webhookTags,
        summary: 'Webhook subscriptions in your scope (an API key sees its own)',
        querystring: ListWebhooksQuery,
        response: { 200: WebhookPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const where = visibleTo(principalOf(request));
      const [rows, [total]] = await Promise.all([
        app.db
          .select()
          .from(webhookSubscriptions)
          .where(where)
          .orderBy(desc(webhookSubscriptions.createdAt), desc(webhookSubscriptions.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        app.db.select({ n: count() }).from(webhookSubscriptions).where(where),
      ]);
      const language = languageOf(request);
      return { items: rows.map((row) => toWebhookResponse(row, language)), page, pageSize, total: total?.n ?? 0 };
    },
  );

  server.post(
    base,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'createWebhook',
        tags: webhookTags,
        summary: 'Subscribe a URL to record events (the secret is shown once)',
        description:
          'Deliveries follow Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature` headers, a JSON body as `WebhookPayload`. They cover records in `regionCode` (default: your scope) that you may read.',
        body: CreateWebhookBody,
        response: { 201: CreatedWebhookResponse, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      const regionCode = body.regionCode ?? principal.scopeRegionCode;
      if (body.regionCode) {
        await requireRegion(body.regionCode, 'body.regionCode');
        assertInScope(principal, body.regionCode, 'body.regionCode');
      }
      await checkSubscription(policy, principal, body);
      const secret = generateWebhookSecret();
      const row = await app.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(webhookSubscriptions)
          .values({
            name: body.name,
            url: body.url,
            events: [...new Set(body.events)],
            regionCode,
            active: body.active,
            secret,
            ...(principal.kind === 'api_key' ? { ownerApiKeyId: principal.id } : { ownerUserId: principal.id }),
          })
          .returning();
        if (!created) throw new Error('insert returned no row');
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'create', entity: 'webhooks', entityId: created.id, regionCode, after: snapshot(created) },
        );
        return created;
      });
      return withEtag(reply, row.version)
        .code(201)
        .send({ ...toWebhookResponse(row, languageOf(request)), secret });
    },
  );

  server.get(
    `${base}/:id`,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'getWebhook',
        tags: webhookTags,
        summary: 'A webhook subscription',
        params: IdParams,
        response: { 200: WebhookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = await findSubscription(app.db, principalOf(request), request.params.id);
      return withEtag(reply, row.version).send(toWebhookResponse(row, languageOf(request)));
    },
  );

  server.patch(
    `${base}/:id`,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'updateWebhook',
        tags: webhookTags,
        summary: 'Change a webhook subscription (turning it on again clears an automatic disabling)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateWebhookBody,
        response: { 200: WebhookResponse, ...problems(400, 401, 403, 404, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const version = expectedVersion(request.headers['if-match']);
      const patch: UpdateWebhook = request.body;
      await checkSubscription(policy, principal, patch);
      const row = await app.db.transaction(async (tx) => {
        const current = await findSubscription(tx, principal, request.params.id, true);
        if (current.version !== version) throw preconditionFailed('webhooks', current.version);
        const [updated] = await tx
          .update(webhookSubscriptions)
          .set({
            ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.url !== undefined ? { url: patch.url } : {}),
            ...(patch.events !== undefined ? { events: [...new Set(patch.events)] } : {}),
            ...(patch.active !== undefined ? { active: patch.active } : {}),
            ...(patch.active ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}),
            version: sql`${webhookSubscriptions.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(eq(webhookSubscriptions.id, current.id))
          .returning();
        if (!updated) throw new Error('update returned no row');
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'update',
            entity: 'webhooks',
            entityId: current.id,
            regionCode: current.regionCode,
            before: snapshot(current),
            after: snapshot(updated),
          },
        );
        return updated;
      });
      return withEtag(reply, row.version).send(toWebhookResponse(row, languageOf(request)));
    },
  );

  server.delete(
    `${base}/:id`,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'deleteWebhook',
        tags: webhookTags,
        summary: 'Stop and remove a webhook subscription; deliveries not yet sent are cancelled',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: z.null().meta({ description: 'deleted' }), ...problems(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const version = expectedVersion(request.headers['if-match']);
      await app.db.transaction(async (tx) => {
        const current = await findSubscription(tx, principal, request.params.id, true);
        if (current.version !== version) throw preconditionFailed('webhooks', current.version);
        await tx
          .update(webhookSubscriptions)
          .set({ deletedAt: sql`now()`, version: sql`${webhookSubscriptions.version} + 1`, updatedAt: sql`now()` })
          .where(eq(webhookSubscriptions.id, current.id));
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'delete', entity: 'webhooks', entityId: current.id, regionCode: current.regionCode, before: snapshot(current) },
        );
      });
      return reply.code(204).send(null);
    },
  );

  server.post(
    `${base}/:id/rotate-secret`,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'rotateWebhookSecret',
        tags: webhookTags,
        summary: 'Make a new signing secret (shown once); the old one keeps signing for 24 hours',
        description:
          'Until `previousSecretExpiresAt`, `webhook-signature` carries a `v1,…` signature for each secret, so the receiver can switch at any time.',
        params: IdParams,
        response: { 200: CreatedWebhookResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const secret = generateWebhookSecret();
      const row = await app.db.transaction(async (tx) => {
        const current = await findSubscription(tx, principal, request.params.id, true);
        const [rotated] = await tx
          .update(webhookSubscriptions)
          .set({
            secret,
            previousSecret: current.secret,
            previousSecretExpiresAt: new Date(Date.now() + rotationOverlapMs),
            version: sql`${webhookSubscriptions.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(eq(webhookSubscriptions.id, current.id))
          .returning();
        if (!rotated) throw new Error('update returned no row');
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'secret_rotate', entity: 'webhooks', entityId: current.id, regionCode: current.regionCode },
        );
        return rotated;
      });
      return withEtag(reply, row.version).send({ ...toWebhookResponse(row, languageOf(request)), secret });
    },
  );
}
