import type { CreatedWebhook, WebhookDelivery } from '@kepu/domain';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver } from '../../../examples/partner-sync/src/webhooks.js';
import { openJobQueue } from '../src/kernel/jobs.js';
import { startWebhooks } from '../src/webhooks/index.js';
import { buildTestApp, type AuthHeaders, type TestApp } from './app.js';
import { create, eventInput, organisationInput } from './fixtures.js';
import { until } from './until.js';

// The example partner's receiver (examples/partner-sync) taking real deliveries from Kepu: the
// partner's key subscribes it, a district administrator changes records, and every delivery must
// verify with the receiver's own Standard Webhooks check, through a secret rotation and a redelivery.

interface Logged {
  id: string;
  verified: boolean;
  duplicate?: boolean;
  payload?: { type: string; data: { id: string } };
}

let t: TestApp;
let boss: PgBoss;
let stop: () => Promise<void>;
let directory: string;
let receiver: Server | undefined;
let admin: AuthHeaders;
let partner: AuthHeaders;
let organiserId: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kepu-partner-webhooks-'));
  t = await buildTestApp({ webhookAllowHosts: ['127.0.0.1'] });
  boss = await openJobQueue(t.database, { databaseUrl: t.database.url, superviseSeconds: 1 }, t.app.log);
  stop = await startWebhooks(t.app, {
    boss,
    pollMs: 100,
    batchSize: 4,
    allowHosts: ['127.0.0.1'],
    timeoutMs: 5_000,
    retryDelaysSeconds: [0],
    disableAfterFailures: 5,
  });
  const { userId: _, ...headers } = await t.signIn('district_admin', '500112');
  admin = headers;
  organiserId = (await create(t, 'organisations', organisationInput({ name: '渝北区伙伴测试学会', regionCode: '500112' }), admin)).id;
  const key = await create<{ secret: string }>(t, 'api-keys', {
    name: '区融媒体中心',
    scopes: ['events:read', 'webhooks:manage'],
    scopeRegionCode: '500112',
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  partner = { authorization: `Bearer ${key.secret}` };
}, 60_000);

afterAll(async () => {
  receiver?.close();
  await stop();
  await boss.stop({ graceful: true, timeout: 10_000 });
  await t.close();
  await rm(directory, { recursive: true, force: true });
});

describe('the example partner receiving webhooks', () => {
  it('when it subscribes with its key, every delivery verifies with its own check, through a rotation, and a redelivery is taken once', async () => {
    const logFile = join(directory, 'deliveries.jsonl');
    const log = async (): Promise<Logged[]> =>
      (await readFile(logFile, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Logged);
    const arrivedFor = (eventId: string) =>
      until(`the delivery of ${eventId}`, async () => (await log()).find((entry) => entry.payload?.data.id === eventId));
    // The receiver needs the secret, which the subscription shows once: subscribed turned off, then pointed at the receiver.
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: partner,
      payload: { name: '区融媒体中心活动同步', url: 'http://127.0.0.1:9/not-yet', events: ['events.*'], active: false },
    });
    expect(created.statusCode, created.body).toBe(201);
    const subscription = created.json<CreatedWebhook>();
    const started = await startReceiver({ secret: subscription.secret, logFile });
    receiver = started.server;
    const pointed = await t.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${subscription.id}`,
      headers: { ...partner, 'if-match': '"1"' },
      payload: { url: started.url, active: true },
    });
    expect(pointed.statusCode, pointed.body).toBe(200);

    const first = await create(t, 'events', eventInput(organiserId, { title: '伙伴接收的活动', regionCode: '500112' }), admin);
    expect(await arrivedFor(first.id)).toMatchObject({ verified: true, duplicate: false, payload: { type: 'events.created' } });

    // Rotated: the receiver still holds the old secret, which keeps signing beside the new one.
    const rotated = await t.inject({ method: 'POST', url: `/api/v1/webhooks/${subscription.id}/rotate-secret`, headers: partner });
    expect(rotated.statusCode).toBe(200);
    const second = await create(t, 'events', eventInput(organiserId, { title: '轮换密钥后的活动', regionCode: '500112' }), admin);
    expect(await arrivedFor(second.id)).toMatchObject({ verified: true, duplicate: false });

    const deliveries = (await t.inject({ url: `/api/v1/webhooks/${subscription.id}/deliveries`, headers: partner })).json<{
      items: WebhookDelivery[];
    }>().items;
    const firstDelivery = deliveries.find((delivery) => delivery.recordId === first.id);
    expect(firstDelivery?.attempts.map((attempt) => attempt.statusCode)).toEqual([204]);
    const redelivered = await t.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${subscription.id}/deliveries/${firstDelivery?.id ?? ''}/redeliver`,
      headers: partner,
    });
    expect(redelivered.statusCode).toBe(202);
    const again = await until('the redelivery', async () => (await log()).find((entry) => entry.id === firstDelivery?.id && entry.duplicate));
    expect(again).toMatchObject({ verified: true, duplicate: true });
    expect((await log()).every((entry) => entry.verified)).toBe(true);
  });
});
