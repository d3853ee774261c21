import type { CreatedWebhook, Webhook, WebhookDelivery } from '@kepu/domain';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create } from '../../test/fixtures.js';
import { startReceiver, type Receiver } from '../../test/receiver.js';
import { until } from '../../test/until.js';
import { openJobQueue } from '../kernel/jobs.js';
import { startWebhooks, verifyWebhook } from './index.js';

let t: TestApp;
let receiver: Receiver;
let boss: PgBoss;
let stop: () => Promise<void>;
let admin: AuthHeaders;
let paths = 0;

const allowHosts = ['127.0.0.1'];

beforeAll(async () => {
  receiver = await startReceiver();
  t = await buildTestApp({ webhookAllowHosts: allowHosts });
  boss = await openJobQueue(t.database, { databaseUrl: t.database.url, superviseSeconds: 1 }, t.app.log);
  stop = await startWebhooks(t.app, {
    boss,
    pollMs: 100,
    concurrency: 2,
    allowHosts,
    timeoutMs: 5_000,
    retryDelaysSeconds: [0, 0],
    disableAfterFailures: 2,
  });
  const { userId: _, ...headers } = await t.signIn('district_admin', '500106');
  admin = headers;
}, 60_000);

afterAll(async () => {
  await stop();
  await boss.stop({ graceful: true, timeout: 10_000 });
  await t.close();
  await receiver.close();
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

const ping = async (id: string, headers: Record<string, string> = admin) => {
  const response = await t.inject({ method: 'POST', url: `/api/v1/webhooks/${id}/ping`, headers });
  expect(response.statusCode, response.body).toBe(202);
  return response.json<WebhookDelivery>();
};

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
