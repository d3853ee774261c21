import { schema, type Database } from '@kepu/db';
import { asc, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { fromDrizzle, type DrizzleTransactionLike, type PgBoss } from 'pg-boss';
import { addressPolicy } from './addresses.js';
import { fanOut } from './dispatch.js';
import { deliveryQueue, sendDelivery, type DeliveryContext, type DeliverySettings } from './deliver.js';

const { webhookDeliveries } = schema;
/** Deliveries queued per transaction: a large import's are queued in several. */
const queuedPerTransaction = 500;

export interface WebhookWorkerOptions extends DeliverySettings {
  /** The job queue (kernel/jobs.ts), started. */
  boss: PgBoss;
  /** How often each replica looks for changes to fan out and deliveries to queue. */
  pollMs: number;
  /** Deliveries each of the process's two workers takes and sends at once. */
  batchSize: number;
  /** WEBHOOK_ALLOW_HOSTS, as the routes were given it. */
  allowHosts: readonly string[];
}

/**
 * Queues a job for each delivery that has none (all start without: the dispatcher's, a ping, a
 * redelivery), in the transaction that marks them queued, so each gets exactly one job. Replicas
 * take disjoint rows (skip locked).
 */
async function queueDeliveries(db: Database, boss: PgBoss): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(sql`not ${webhookDeliveries.queued}`)
      .orderBy(asc(webhookDeliveries.createdAt))
      .limit(queuedPerTransaction)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    const ids = rows.map((row) => row.id);
    await boss.insert(
      deliveryQueue,
      ids.map((deliveryId) => ({ data: { deliveryId } })),
      { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) },
    );
    await tx.update(webhookDeliveries).set({ queued: true }).where(inArray(webhookDeliveries.id, ids));
    return rows.length;
  });
}

/** Starts sending deliveries and the clock that fans changes out and queues them; resolves with a stop function. */
export async function startWebhooks(app: FastifyInstance, options: WebhookWorkerOptions): Promise<() => Promise<void>> {
  const { boss } = options;
  // Job retries cover a worker that died mid-send or a database error; a receiver's failures are
  // retried by the delivery itself, on its own schedule. A job outlives the request's timeout.
  const settings = { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: Math.ceil(options.timeoutMs / 1000) + 60 };
  await boss.createQueue(deliveryQueue, settings);
  await boss.updateQueue(deliveryQueue, settings);
  const context: DeliveryContext = { ...options, policy: addressPolicy(options.allowHosts), db: app.db, records: app.webhookRecords };
  // Sent side by side, each settled on its own: one receiver's slow answer or a failure does not hold up or fail the rest.
  await boss.work<{ deliveryId: string }>(
    deliveryQueue,
    {
      pollingIntervalSeconds: Math.max(0.5, options.pollMs / 1000),
      batchSize: options.batchSize,
      localConcurrency: 2,
      burstWhenBatchFull: true,
      perJobResults: true,
    },
    async (jobs) => {
      const outcomes = await Promise.allSettled(jobs.map((job) => sendDelivery(context, job.data.deliveryId)));
      return jobs.map((job, index) => {
        const outcome = outcomes[index];
        return outcome?.status === 'fulfilled'
          ? { id: job.id, status: 'completed' as const }
          : { id: job.id, status: 'failed' as const, output: { message: String((outcome?.reason as Error | undefined)?.message) } };
      });
    },
  );

  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= (async () => {
      for (let more = true; more;) more = await fanOut(app.db);
      let queued: number;
      do queued = await queueDeliveries(app.db, boss);
      while (queued === queuedPerTransaction);
    })()
      .catch((error: unknown) => app.log.error({ err: error }, 'fanning out or queueing webhook deliveries failed'))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, options.pollMs);
  tick();
  return async () => {
    clearInterval(timer);
    await running;
    await boss.offWork(deliveryQueue);
  };
}
