import type { CreatedWebhook, WebhookDelivery } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../src/env.js';
import { verifyWebhook } from '../../../examples/partner-sync/src/webhooks.js';
import { buildTestApp, type AuthHeaders, type TestApp } from './app.js';
import { create, eventInput, organisationInput } from './fixtures.js';
import { startReceiver, type Receiver } from './receiver.js';
import { startReplica, stopReplica, type Replica } from './replica.js';
import { until } from './until.js';

// Two API processes over one PostgreSQL both dispatch and send webhook deliveries, as configured by
// the environment alone. Every change must reach the receiver once, also after one process is
// killed. PGlite is one process, so this runs on the PostgreSQL pass of the suite.

let t: TestApp;
let receiver: Receiver;
const replicas: Replica[] = [];

describe.runIf(testDatabaseUrl())('webhooks sent by two API processes', () => {
  let admin: AuthHeaders;
  let organiserId: string;

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await buildTestApp({ webhookAllowHosts: ['127.0.0.1'] });
    const { userId: _, ...headers } = await t.signIn('district_admin', '500106');
    admin = headers;
    organiserId = (await create(t, 'organisations', organisationInput(), admin)).id;
    const environment = {
      KEPU_WEBHOOKS: 'true',
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      WEBHOOK_POLL_MS: '200',
      WEBHOOK_RETRY_DELAYS_SECONDS: '0,0',
      JOB_SUPERVISE_SECONDS: '1',
    };
    replicas.push(...(await Promise.all([1, 2].map(() => startReplica(t.database.url ?? '', environment)))));
  }, 120_000);

  afterAll(async () => {
    for (const replica of replicas) await stopReplica(replica);
    await t.close();
    await receiver.close();
  });

  it('when both dispatch and send, and one is killed, every change still reaches the receiver exactly once', async () => {
    const subscription = await create<CreatedWebhook>(
      t,
      'webhooks',
      { name: '双副本', url: receiver.url('/replicas'), events: ['events.created'] },
      admin,
    );
    const events = async (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, index) => create(t, 'events', eventInput(organiserId, { title: `副本活动 ${from + index}` }), admin)),
      );
    const receivedIds = () =>
      receiver
        .at('/replicas')
        .map((request) => (verifyWebhook(subscription.secret, request.headers, request.body) as { data: { id: string } }).data.id);

    const delivered = (count: number) =>
      until(
        `${count} deliveries made`,
        async () => {
          const items = (await t.inject({ url: `/api/v1/webhooks/${subscription.id}/deliveries?pageSize=100`, headers: admin })).json<{
            items: WebhookDelivery[];
          }>().items;
          return items.length >= count && items.every((delivery) => delivery.status === 'succeeded') ? items : undefined;
        },
        60_000,
      );

    const first = await events(0, 10);
    // Killed once its deliveries are recorded: one killed mid-send would be sent again after its job expires, as at-least-once allows.
    await delivered(10);
    await stopReplica(replicas[0] as Replica, 'SIGKILL');
    const second = await events(10, 10);
    const deliveries = await delivered(20);

    expect(deliveries).toHaveLength(20);
    expect(deliveries.every((delivery) => delivery.attempts.length === 1)).toBe(true);
    expect(receivedIds().sort()).toEqual([...first, ...second].map((event) => event.id).sort());
  }, 180_000);
});
