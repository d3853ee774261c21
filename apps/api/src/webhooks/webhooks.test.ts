import type { CreatedWebhook, Webhook, WebhookDelivery } from '@kepu/domain';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput, venueInput } from '../../test/fixtures.js';
import { startReceiver, type Receiver } from '../../test/receiver.js';
import { until } from '../../test/until.js';
import { openJobQueue } from '../kernel/jobs.js';
import { startScheduler } from '../schedules/index.js';
import { fanOut } from './dispatch.js';
import { verifyWebhook } from '../../../../examples/partner-sync/src/webhooks.js';
import { startWebhooks } from './index.js';

let t: TestApp;
let receiver: Receiver;
let boss: PgBoss;
let stop: () => Promise<void>;
let admin: AuthHeaders;
let yubeiAdmin: AuthHeaders;
let organiserId: string;
let paths = 0;
let exportsDirectory: string;

const allowHosts = ['127.0.0.1'];

beforeAll(async () => {
  receiver = await startReceiver();
  exportsDirectory = await mkdtemp(join(tmpdir(), 'kepu-webhooks-'));
  t = await buildTestApp({ webhookAllowHosts: allowHosts, exportsDirectory });
  boss = await openJobQueue(t.database, { databaseUrl: t.database.url, superviseSeconds: 1 }, t.app.log);
  stop = await startWebhooks(t.app, {
    boss,
    pollMs: 100,
    batchSize: 4,
    allowHosts,
    timeoutMs: 5_000,
    retryDelaysSeconds: [0, 0],
    disableAfterFailures: 2,
  });
  const { userId: _, ...headers } = await t.signIn('district_admin', '500106');
  admin = headers;
  const { userId: __, ...yubei } = await t.signIn('district_admin', '500112');
  yubeiAdmin = yubei;
  organiserId = (await create(t, 'organisations', organisationInput({ name: 'Webhook 测试学会' }), admin)).id;
}, 60_000);

afterAll(async () => {
  await stop();
  await boss.stop({ graceful: true, timeout: 10_000 });
  await t.close();
  await receiver.close();
  await rm(exportsDirectory, { recursive: true, force: true });
});

/** A fresh receiving path, so each test reads only its own deliveries. */
const newPath = () => `/hook-${(paths += 1)}`;

async function subscribe(body: Record<string, unknown>, headers: Record<string, string> = admin) {
  const response = await t.inject({ method: 'POST', url: '/api/v1/webhooks', payload: { name: '测试订阅', events: ['*'], ...body }, headers });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CreatedWebhook>();
}

const deliveriesOf = async (id: string, headers: Record<string, string> = admin) =>
  (await t.inject({ url: `/api/v1/webhooks/${id}/deliveries?pageSize=100`, headers })).json<{ items: WebhookDelivery[] }>().items;

/** The deliveries of `type` once none is pending any more. */
const settled = (id: string, type: string, count = 1) =>
  until(`${count} settled ${type}`, async () => {
    const found = (await deliveriesOf(id)).filter((delivery) => delivery.type === type);
    return found.length >= count && found.every((delivery) => delivery.status !== 'pending') ? found : undefined;
  });

interface Payload {
  type: string;
  data: { id: string; entity: string; action: string; version: number | null; regionCode: string | null; record?: Record<string, unknown> };
}

/** The deliveries `path` received, each verified with `secret` and parsed. */
const payloadsAt = (path: string, secret: string) =>
  receiver.at(path).map((request) => verifyWebhook(secret, request.headers, request.body) as Payload);

/** Waits until `path` has received a verified delivery of `type` about `id`, and returns it. */
const receivedAt = (path: string, secret: string, type: string, id: string) =>
  until(`${type} of ${id} at ${path}`, () =>
    Promise.resolve(payloadsAt(path, secret).find((payload) => payload.type === type && payload.data.id === id)),
  );

const ifMatch = async (url: string, headers: Record<string, string>) => (await t.inject({ url, headers })).headers.etag as string;

async function changeEvent(id: string, patch: Record<string, unknown>, headers: Record<string, string> = admin) {
  const response = await t.inject({
    method: 'PATCH',
    url: `/api/v1/events/${id}`,
    payload: patch,
    headers: { ...headers, 'if-match': await ifMatch(`/api/v1/events/${id}`, headers) },
  });
  expect(response.statusCode, response.body).toBe(200);
}

const newEvent = (title: string, headers: Record<string, string> = admin, regionCode = '500106') =>
  create(t, 'events', eventInput(organiserId, { title, regionCode }), headers);

/** Waits until the dispatcher has read past the creation of event `id`: a subscription to everything in 500106 has been sent it. */
let probe: CreatedWebhook;
const dispatched = (id: string) => receivedAt('/probe', probe.secret, 'events.created', id);

const ping = async (id: string, headers: Record<string, string> = admin) => {
  const response = await t.inject({ method: 'POST', url: `/api/v1/webhooks/${id}/ping`, headers });
  expect(response.statusCode, response.body).toBe(202);
  return response.json<WebhookDelivery>();
};

beforeAll(async () => {
  probe = await subscribe({ name: '探针', url: receiver.url('/probe'), events: ['events.created'] });
});

describe('webhook subscriptions', () => {
  it('when a district admin subscribes, the secret is shown once, and reading, listing and changing never show it', async () => {
    const created = await subscribe({ url: receiver.url(newPath()), events: ['events.*', 'venues.deleted'] });
    expect(created).toMatchObject({ regionCode: '500106', active: true, ownerType: 'user', events: ['events.*', 'venues.deleted'] });
    expect(created.secret).toMatch(/^whsec_/);
    const read = await t.inject({ url: `/api/v1/webhooks/${created.id}`, headers: admin });
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(created.secret);
    expect(read.json<Webhook>()).not.toHaveProperty('secret');
    const list = await t.inject({ url: '/api/v1/webhooks', headers: admin });
    expect(list.body).not.toContain(created.secret);
    expect(list.json<{ items: Webhook[] }>().items.map((item) => item.id)).toContain(created.id);
    const changed = await t.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${created.id}`,
      payload: { events: ['events.created'], active: false },
      headers: { ...admin, 'if-match': read.headers.etag as string },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Webhook>()).toMatchObject({ events: ['events.created'], active: false, version: 2 });
    expect(changed.body).not.toContain(created.secret);
    const stale = await t.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${created.id}`,
      payload: { active: true },
      headers: { ...admin, 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
  });

  it('when a subscription is pinged, the receiver gets a signed webhooks.ping and the delivery lists the answer', async () => {
    const path = newPath();
    const created = await subscribe({ url: receiver.url(path) });
    const queued = await ping(created.id);
    expect(queued).toMatchObject({ type: 'webhooks.ping', status: 'pending', attempts: [] });
    const [delivery] = await settled(created.id, 'webhooks.ping');
    const [request] = receiver.at(path);
    expect(request?.headers['webhook-id']).toBe(queued.id);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(verifyWebhook(created.secret, request?.headers ?? {}, request?.body ?? '')).toMatchObject({
      type: 'webhooks.ping',
      data: { id: created.id, entity: 'webhooks', action: 'ping', regionCode: '500106' },
    });
    expect(delivery).toMatchObject({ id: queued.id, status: 'succeeded', attempts: [{ number: 1, statusCode: 200, error: null }] });
    expect(delivery?.attempts[0]?.responseBody).toBe(`answered 200 to ${path}`);
  });

  it('when a ping fails it is tried once; a redelivery sends it again with the same webhook-id, and a pending one cannot be redelivered', async () => {
    const path = newPath();
    receiver.answer(path, 503);
    const created = await subscribe({ url: receiver.url(path) });
    const queued = await ping(created.id);
    const [failed] = await settled(created.id, 'webhooks.ping');
    expect(failed).toMatchObject({ status: 'failed', attempts: [{ number: 1, statusCode: 503 }] });
    const redeliver = () => t.inject({ method: 'POST', url: `/api/v1/webhooks/${created.id}/deliveries/${queued.id}/redeliver`, headers: admin });
    const again = await redeliver();
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json<WebhookDelivery>()).toMatchObject({ status: 'pending', attempts: [{ number: 1 }] });
    expect((await redeliver()).json<{ code: string }>().code).toBe('deliveries.pending');
    const [delivered] = await until('the redelivery', async () => {
      const found = await deliveriesOf(created.id);
      return found[0]?.status === 'succeeded' ? found : undefined;
    });
    expect(delivered?.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 200]);
    expect(receiver.at(path).map((request) => request.headers['webhook-id'])).toEqual([queued.id, queued.id]);
  });

  it('when the secret is rotated, deliveries carry a signature for each secret until the old one expires, and each verifies', async () => {
    const path = newPath();
    const created = await subscribe({ url: receiver.url(path) });
    const rotated = await t.inject({ method: 'POST', url: `/api/v1/webhooks/${created.id}/rotate-secret`, headers: admin });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret, previousSecretExpiresAt } = rotated.json<CreatedWebhook>();
    expect(secret).not.toBe(created.secret);
    expect(Date.parse(previousSecretExpiresAt ?? '') - Date.now()).toBeGreaterThan(23 * 3_600_000);
    await ping(created.id);
    await settled(created.id, 'webhooks.ping');
    const [request] = receiver.at(path);
    expect(String(request?.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const key of [secret, created.secret]) expect(verifyWebhook(key, request?.headers ?? {}, request?.body ?? '')).toBeTruthy();
  });

  it('when a subscription is deleted, it is gone from reads and its routes answer 404', async () => {
    const created = await subscribe({ url: receiver.url(newPath()) });
    const removed = await t.inject({ method: 'DELETE', url: `/api/v1/webhooks/${created.id}`, headers: { ...admin, 'if-match': '"1"' } });
    expect(removed.statusCode).toBe(204);
    for (const request of [
      { method: 'GET' as const, url: `/api/v1/webhooks/${created.id}` },
      { method: 'POST' as const, url: `/api/v1/webhooks/${created.id}/ping` },
      { method: 'GET' as const, url: `/api/v1/webhooks/${created.id}/deliveries` },
    ]) {
      const response = await t.inject({ ...request, headers: admin });
      expect(response.statusCode, request.url).toBe(404);
      expect(response.json<{ code: string }>().code).toBe('webhooks.not_found');
    }
  });
});

describe('record events', () => {
  it('when a district admin creates, changes and deletes an event, the receiver gets each, signed, with the record as it is when sent; the deletion carries none', async () => {
    const path = newPath();
    const { secret } = await subscribe({ url: receiver.url(path), events: ['events.*'] });
    const event = await newEvent('Webhook 新活动');
    const created = await receivedAt(path, secret, 'events.created', event.id);
    expect(created.data).toMatchObject({ entity: 'events', action: 'created', version: 1, regionCode: '500106' });
    expect(created.data.record).toMatchObject({ id: event.id, title: 'Webhook 新活动', version: 1 });
    await changeEvent(event.id, { title: 'Webhook 改名活动' });
    const updated = await receivedAt(path, secret, 'events.updated', event.id);
    expect(updated.data).toMatchObject({ version: 2, record: { title: 'Webhook 改名活动', version: 2 } });
    const removed = await t.inject({ method: 'DELETE', url: `/api/v1/events/${event.id}`, headers: { ...admin, 'if-match': '"2"' } });
    expect(removed.statusCode).toBe(204);
    const deleted = await receivedAt(path, secret, 'events.deleted', event.id);
    expect(deleted.data).toMatchObject({ action: 'deleted', version: 3, regionCode: '500106' });
    expect(deleted.data).not.toHaveProperty('record');
    // The organisation the test made before subscribing, and the event's own changes only: nothing else was sent.
    expect(payloadsAt(path, secret).map((payload) => payload.type)).toEqual(['events.created', 'events.updated', 'events.deleted']);
    const ids = receiver.at(path).map((request) => request.headers['webhook-id']);
    expect(new Set(ids).size).toBe(3);
  });

  it('when the receiver answers 500 twice and then 200, three attempts are recorded and the delivery succeeds with one webhook-id', async () => {
    const path = newPath();
    receiver.answer(path, 500, 500);
    const subscription = await subscribe({ url: receiver.url(path), events: ['events.created'] });
    const event = await newEvent('Webhook 重试活动');
    const [delivery] = await settled(subscription.id, 'events.created');
    expect(delivery).toMatchObject({ recordId: event.id, status: 'succeeded', nextAttemptAt: null });
    expect(delivery?.attempts.map((attempt) => [attempt.number, attempt.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(delivery?.attempts[0]?.responseBody).toBe(`answered 500 to ${path}`);
    const log = receiver
      .at(path)
      .map((request) => ({ 'webhook-id': request.headers['webhook-id'], 'webhook-timestamp': request.headers['webhook-timestamp'] }));
    console.log('a retried delivery, as the receiver saw it and as Kepu recorded it:', log, delivery?.attempts);
    expect(new Set(receiver.at(path).map((request) => request.headers['webhook-id']))).toEqual(new Set([delivery?.id]));
    expect((await t.inject({ url: `/api/v1/webhooks/${subscription.id}`, headers: admin })).json<Webhook>().consecutiveFailures).toBe(0);
  });

  it("when another district's records change, nothing of them reaches the subscription", async () => {
    const path = newPath();
    const subscription = await subscribe({ url: receiver.url(path) });
    const yubeiOrganisation = await create(t, 'organisations', organisationInput({ name: '渝北 Webhook 学会', regionCode: '500112' }), yubeiAdmin);
    const yubeiEvent = await create(t, 'events', eventInput(yubeiOrganisation.id, { title: '渝北 Webhook 活动', regionCode: '500112' }), yubeiAdmin);
    // A later change inside the region: once its delivery exists, the dispatcher has read past the others.
    const marker = await newEvent('Webhook 标记活动');
    await settled(subscription.id, 'events.created');
    const recordIds = (await deliveriesOf(subscription.id)).map((delivery) => delivery.recordId);
    expect(recordIds).toEqual([marker.id]);
    const bodies = receiver.at(path).map((request) => request.body);
    for (const leak of [yubeiOrganisation.id, yubeiEvent.id, '500112']) expect(bodies.join('\n')).not.toContain(leak);
  });

  it('when a record moves to another district, this subscriber is sent a deletion without the record, and the other district a creation', async () => {
    const here = newPath();
    const there = newPath();
    const ours = await subscribe({ url: receiver.url(here), events: ['events.*'] });
    const theirs = await subscribe({ url: receiver.url(there), events: ['events.created'] }, yubeiAdmin);
    const event = await newEvent('Webhook 迁出活动');
    await receivedAt(here, ours.secret, 'events.created', event.id);
    await changeEvent(event.id, { regionCode: '500112017' }, t.adminHeaders);
    const left = await receivedAt(here, ours.secret, 'events.deleted', event.id);
    expect(left.data).toMatchObject({ action: 'deleted', regionCode: '500106', version: 2 });
    expect(left.data).not.toHaveProperty('record');
    expect(
      receiver
        .at(here)
        .map((request) => request.body)
        .join('\n'),
    ).not.toContain('500112017');
    const arrived = await receivedAt(there, theirs.secret, 'events.created', event.id);
    expect(arrived.data).toMatchObject({ regionCode: '500112017', record: { id: event.id, regionCode: '500112017' } });
  });

  it('when an API key that may read events only subscribes to everything, it hears of events and not of venues', async () => {
    const key = await create<{ secret: string }>(t, 'api-keys', {
      name: 'webhooks-events-only',
      scopes: ['events:read', 'webhooks:manage'],
      scopeRegionCode: '500106',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const path = newPath();
    const subscription = await subscribe({ url: receiver.url(path), events: ['*'] }, { authorization: `Bearer ${key.secret}` });
    const venue = await create(t, 'venues', venueInput({ name: 'Webhook 科普馆' }), admin);
    const event = await newEvent('Webhook 密钥活动');
    await receivedAt(path, subscription.secret, 'events.created', event.id);
    expect(
      receiver
        .at(path)
        .map((request) => request.body)
        .join('\n'),
    ).not.toContain(venue.id);
  });

  it('when the dispatchers of several replicas read at once while records are written, each change is delivered exactly once', async () => {
    const path = newPath();
    const subscription = await subscribe({ url: receiver.url(path), events: ['events.created'] });
    const writing = Promise.all(Array.from({ length: 20 }, (_, index) => newEvent(`Webhook 并发活动 ${index}`)));
    // Besides this process's own clock: four more dispatchers, as four more replicas would run them.
    const dispatching = Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let round = 0; round < 10; round += 1) await fanOut(t.app.db);
      }),
    );
    const [events] = await Promise.all([writing, dispatching]);
    const deliveries = await until('every delivery', async () => {
      const found = await deliveriesOf(subscription.id);
      return found.length >= events.length && found.every((delivery) => delivery.status === 'succeeded') ? found : undefined;
    });
    expect(deliveries.map((delivery) => delivery.recordId).sort()).toEqual(events.map((event) => event.id).sort());
    expect(receiver.at(path)).toHaveLength(events.length);
  });

  it('when deliveries keep failing, the subscription is turned off with the reason, and turning it on again clears it', async () => {
    const path = newPath();
    receiver.answer(path, ...Array<number>(20).fill(500));
    const subscription = await subscribe({ url: receiver.url(path), events: ['events.created'] });
    await newEvent('Webhook 失败一');
    await newEvent('Webhook 失败二');
    const off = await until('the subscription turned off', async () => {
      const read = (await t.inject({ url: `/api/v1/webhooks/${subscription.id}`, headers: admin })).json<Webhook>();
      return read.active ? undefined : read;
    });
    expect(off).toMatchObject({ consecutiveFailures: 2, disabledReason: expect.stringContaining('连续 2 次投递失败') as string });
    expect(off.disabledAt).not.toBeNull();
    const english = await t.inject({ url: `/api/v1/webhooks/${subscription.id}`, headers: { ...admin, 'accept-language': 'en' } });
    expect(english.json<Webhook>().disabledReason).toMatch(/2 deliveries in a row failed/);
    const failed = await settled(subscription.id, 'events.created', 2);
    expect(failed.map((delivery) => [delivery.status, delivery.attempts.length])).toEqual([
      ['failed', 3],
      ['failed', 3],
    ]);
    // While off, changes make no deliveries (the probe hearing of it shows the dispatcher read past it); a redelivery is refused.
    await dispatched((await newEvent('Webhook 停用期间')).id);
    const redeliver = await t.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${subscription.id}/deliveries/${failed[0]?.id ?? ''}/redeliver`,
      headers: admin,
    });
    expect(redeliver.json<{ code: string }>().code).toBe('webhooks.inactive');
    const on = await t.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${subscription.id}`,
      payload: { active: true },
      headers: { ...admin, 'if-match': `"${off.version}"` },
    });
    expect(on.json<Webhook>()).toMatchObject({ active: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
    const later = await newEvent('Webhook 重新启用后');
    await until('the delivery after turning it on', async () =>
      (await deliveriesOf(subscription.id)).find((delivery) => delivery.recordId === later.id),
    );
    expect((await deliveriesOf(subscription.id)).length).toBe(3);
  });
});

describe('application events', () => {
  it('when an import is committed, imports.committed is sent, as are the records it created', async () => {
    const path = newPath();
    const { secret } = await subscribe({ url: receiver.url(path), events: ['imports.*', 'venues.created'] });
    const upload = await t.inject({
      method: 'POST',
      url: '/api/v1/imports?entity=venues',
      headers: { ...admin, 'content-type': 'text/csv' },
      payload: '名称,类型,行政区划\nWebhook 导入阵地,科技馆,500106\n',
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const importId = upload.json<{ id: string }>().id;
    const commit = await t.inject({ method: 'POST', url: `/api/v1/imports/${importId}/commit`, headers: admin });
    expect(commit.statusCode, commit.body).toBe(200);
    const committed = await receivedAt(path, secret, 'imports.committed', importId);
    expect(committed.data).toMatchObject({ entity: 'imports', action: 'committed', regionCode: '500106' });
    expect(committed.data).not.toHaveProperty('record');
    await until('the imported venue', () =>
      Promise.resolve(
        payloadsAt(path, secret).find((payload) => payload.type === 'venues.created' && payload.data.record?.name === 'Webhook 导入阵地'),
      ),
    );
  });

  it('when a scheduled export run succeeds, export-runs.succeeded is sent with a download link that works without signing in', async () => {
    const stopScheduler = await startScheduler(t.app, {
      boss,
      tickMs: 200,
      expireSeconds: 30,
      retryLimit: 0,
      retryDelaySeconds: 0,
      mailRetryLimit: 0,
      mailRetryDelaySeconds: 1,
      holdMs: 0,
    });
    try {
      const path = newPath();
      const { secret } = await subscribe({ url: receiver.url(path), events: ['export-runs.*'] });
      const schedule = await create(
        t,
        'export-schedules',
        { name: 'Webhook 每秒导出', cron: '* * * * * *', target: { kind: 'list', entity: 'events', columns: ['title'], format: 'csv' } },
        admin,
      );
      const run = await until('a run sent', () =>
        Promise.resolve(payloadsAt(path, secret).find((payload) => payload.type === 'export-runs.succeeded')),
      );
      const paused = await t.inject({
        method: 'PATCH',
        url: `/api/v1/export-schedules/${schedule.id}`,
        payload: { active: false },
        headers: { ...admin, 'if-match': '"1"' },
      });
      expect(paused.statusCode).toBe(200);
      expect(run.data).toMatchObject({ entity: 'export-runs', regionCode: '500106', record: { scheduleId: schedule.id, status: 'succeeded' } });
      const file = await t.app.inject({ url: String(run.data.record?.downloadUrl) });
      expect(file.statusCode).toBe(200);
      expect(file.body).toContain('活动名称');
    } finally {
      await stopScheduler();
    }
  });
});

describe('who may subscribe to what', () => {
  it('when township staff try to subscribe, they are refused: webhooks:manage is for administrators', async () => {
    const { userId: _, ...clerk } = await t.signIn('township_staff', '500106001');
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { name: 'x', url: receiver.url('/x'), events: ['*'] },
      headers: clerk,
    });
    expect(response.statusCode).toBe(403);
  });

  it('when a district admin names another district as the region, it is refused naming body.regionCode', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { name: 'x', url: receiver.url('/x'), events: ['*'], regionCode: '500112' },
      headers: admin,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.regionCode');
  });

  it('when an API key subscribes, the subscription takes its region, names only entities it may read, and other keys do not see it', async () => {
    const keyOf = async (scopes: string[]) =>
      `Bearer ${
        (
          await create<{ secret: string }>(t, 'api-keys', {
            name: `webhooks-${scopes.join('-')}`,
            scopes,
            scopeRegionCode: '500106',
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          })
        ).secret
      }`;
    const partner = { authorization: await keyOf(['events:read', 'webhooks:manage']) };
    const other = { authorization: await keyOf(['venues:read', 'webhooks:manage']) };
    const created = await subscribe({ url: receiver.url(newPath()), events: ['events.*'] }, partner);
    expect(created).toMatchObject({ ownerType: 'api_key', regionCode: '500106' });
    const refused = await t.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { name: 'x', url: receiver.url('/x'), events: ['events.created', 'venues.*'] },
      headers: partner,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'webhooks.events_not_readable', errors: [{ field: 'body.events' }] });
    expect(refused.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/venues:read/);
    expect((await t.inject({ url: `/api/v1/webhooks/${created.id}`, headers: other })).statusCode).toBe(404);
    expect((await t.inject({ url: '/api/v1/webhooks', headers: other })).json<{ total: number }>().total).toBe(0);
    expect((await t.inject({ url: `/api/v1/webhooks/${created.id}`, headers: admin })).statusCode).toBe(200);
  });
});

describe('bad subscriptions', () => {
  it.each([
    [{ url: 'ftp://127.0.0.1/x' }, 'body.url'],
    [{ url: 'not a url' }, 'body.url'],
    [{ url: `https://example.com/${'x'.repeat(2000)}` }, 'body.url'],
    [{ events: ['events.exploded'] }, 'body.events.0'],
    [{ events: [] }, 'body.events'],
    [{ name: '' }, 'body.name'],
    [{ regionCode: 'abc' }, 'body.regionCode'],
    [{ secret: 'whsec_mine' }, 'body.secret'],
  ])('when the body has %j, it answers 400 naming %s', async (change, field) => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { name: '坏订阅', url: receiver.url('/bad'), events: ['*'], ...change },
      headers: admin,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(field);
  });

  it.each([
    ['/api/v1/webhooks/not-a-uuid', 'params.id'],
    ['/api/v1/webhooks?pageSize=1000', 'query.pageSize'],
    [`/api/v1/webhooks/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/deliveries?status=lost`, 'query.status'],
  ])('when %s is asked for, it answers 400 naming %s', async (url, field) => {
    const response = await t.inject({ url, headers: admin });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(field);
  });

  it('when a PATCH sends nothing to change, it answers 400', async () => {
    const created = await subscribe({ url: receiver.url(newPath()) });
    const response = await t.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${created.id}`,
      payload: {},
      headers: { ...admin, 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('URLs that would reach inside', () => {
  let strict: TestApp;
  let strictAdmin: AuthHeaders;
  beforeAll(async () => {
    strict = await buildTestApp();
    const { userId: _, ...headers } = await strict.signIn('district_admin', '500106');
    strictAdmin = headers;
  }, 60_000);
  afterAll(() => strict.close());

  it.each([
    'http://127.0.0.1:9/hook',
    'https://127.0.0.1/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.1/',
    'https://192.168.0.10/',
    'https://localhost/hook',
    'https://[::1]/hook',
    'http://2130706433/',
  ])('when the URL is %s and no allow-list names it, it answers 422 naming body.url in Chinese', async (url) => {
    const response = await strict.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { name: '内网', url, events: ['*'] },
      headers: strictAdmin,
    });
    expect(response.statusCode, response.body).toBe(422);
    const problem = response.json<{ code: string; errors: { field: string; message: string }[] }>();
    expect(problem.code).toBe('webhooks.url_refused');
    expect(problem.errors[0]?.field).toBe('body.url');
    expect(problem.errors[0]?.message).toMatch(/本机、内网或保留地址|https/);
  });

  it('when a subscription is changed to a refused URL, the change is refused too', async () => {
    const created = await strict.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { name: '公网', url: 'https://93.184.215.14/hook', events: ['*'], active: false },
      headers: strictAdmin,
    });
    expect(created.statusCode, created.body).toBe(201);
    const response = await strict.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${created.json<Webhook>().id}`,
      payload: { url: 'https://169.254.169.254/' },
      headers: { ...strictAdmin, 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(422);
  });
});
