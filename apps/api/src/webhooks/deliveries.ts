import {
  DeliveryParams,
  IdParams,
  ListDeliveriesQuery,
  WebhookDeliveryPage,
  WebhookDeliveryResponse,
  listedAttempts,
  pingEventType,
  toShanghaiIso,
  type WebhookDelivery,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, notFound, problem } from '../kernel/errors.js';
import { problems } from '../kernel/openapi.js';
import { principalOf } from '../kernel/principal.js';
import { findSubscription, manageWebhooks, webhookTags } from './routes.js';

const { webhookAttempts, webhookDeliveries } = schema;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;
type AttemptRow = typeof webhookAttempts.$inferSelect;

const entityOf = (type: string) => type.slice(0, type.indexOf('.'));

function toDeliveryResponse(row: DeliveryRow, attempts: AttemptRow[]): WebhookDelivery {
  return {
    id: row.id,
    type: row.type,
    entity: row.type === pingEventType ? null : entityOf(row.type),
    recordId: row.recordId,
    status: row.status as WebhookDelivery['status'],
    nextAttemptAt: row.nextAttemptAt ? toShanghaiIso(row.nextAttemptAt) : null,
    createdAt: toShanghaiIso(row.createdAt),
    attempts: attempts.slice(-listedAttempts).map((attempt) => ({
      number: attempt.number,
      at: toShanghaiIso(attempt.at),
      durationMs: attempt.durationMs,
      statusCode: attempt.statusCode,
      error: attempt.error,
      responseBody: attempt.responseBody,
    })),
  };
}

/** Deliveries of a subscription with their attempts, newest first; redelivery and ping. */
export function registerDeliveryRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/webhooks/:id';

  async function withAttempts(rows: DeliveryRow[]) {
    const attempts =
      rows.length === 0
        ? []
        : await app.db
            .select()
            .from(webhookAttempts)
            .where(
              inArray(
                webhookAttempts.deliveryId,
                rows.map((row) => row.id),
              ),
            )
            .orderBy(asc(webhookAttempts.number));
    return rows.map((row) =>
      toDeliveryResponse(
        row,
        attempts.filter((attempt) => attempt.deliveryId === row.id),
      ),
    );
  }

  server.get(
    `${base}/deliveries`,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'listWebhookDeliveries',
        tags: webhookTags,
        summary: "A subscription's deliveries, newest first, each with the status and answer of every attempt",
        params: IdParams,
        querystring: ListDeliveriesQuery,
        response: { 200: WebhookDeliveryPage, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const subscription = await findSubscription(app.db, principalOf(request), request.params.id);
      const { page, pageSize, status } = request.query;
      const where = and(eq(webhookDeliveries.subscriptionId, subscription.id), status ? eq(webhookDeliveries.status, status) : undefined);
      const [rows, [total]] = await Promise.all([
        app.db
          .select()
          .from(webhookDeliveries)
          .where(where)
          .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        app.db.select({ n: count() }).from(webhookDeliveries).where(where),
      ]);
      return { items: await withAttempts(rows), page, pageSize, total: total?.n ?? 0 };
    },
  );

  server.post(
    `${base}/deliveries/:deliveryId/redeliver`,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'redeliverWebhook',
        tags: webhookTags,
        summary: 'Send a finished delivery again, with the same webhook-id and a fresh round of retries',
        description: 'The record is read again when it is sent. Refused while the delivery is still pending or the subscription is off.',
        params: DeliveryParams,
        response: { 202: WebhookDeliveryResponse, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await app.db.transaction(async (tx) => {
        const subscription = await findSubscription(tx, principal, request.params.id, true);
        if (!subscription.active) throw new AppError(problem('webhookInactive'));
        const [current] = await tx
          .select()
          .from(webhookDeliveries)
          .where(and(eq(webhookDeliveries.id, request.params.deliveryId), eq(webhookDeliveries.subscriptionId, subscription.id)))
          .for('update');
        if (!current) throw notFound('deliveries');
        if (current.status === 'pending') throw new AppError(problem('deliveryPending'));
        const [reset] = await tx
          .update(webhookDeliveries)
          .set({ status: 'pending', queued: false, roundAttempts: 0, nextAttemptAt: new Date() })
          .where(eq(webhookDeliveries.id, current.id))
          .returning();
        return reset as DeliveryRow;
      });
      const attempts = await app.db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, row.id)).orderBy(asc(webhookAttempts.number));
      return reply.code(202).send(toDeliveryResponse(row, attempts));
    },
  );

  server.post(
    `${base}/ping`,
    {
      config: manageWebhooks,
      schema: {
        operationId: 'pingWebhook',
        tags: webhookTags,
        summary: 'Send a webhooks.ping delivery now, once, to test the receiver',
        description: 'Sent even while the subscription is off, so a receiver can be tested before turning it back on. Not retried.',
        params: IdParams,
        response: { 202: WebhookDeliveryResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const subscription = await findSubscription(app.db, principalOf(request), request.params.id);
      const [row] = await app.db
        .insert(webhookDeliveries)
        .values({
          subscriptionId: subscription.id,
          type: pingEventType,
          regionCode: subscription.regionCode,
          occurredAt: new Date(),
          nextAttemptAt: new Date(),
        })
        .returning();
      return reply.code(202).send(toDeliveryResponse(row as DeliveryRow, []));
    },
  );
}
