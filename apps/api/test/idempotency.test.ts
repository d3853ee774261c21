import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app.js';
import { organisationInput } from './fixtures.js';
import { clientFor, transports, type Send } from './transports.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe.each(transports)('over %s', (transport) => {
  let send: Send;
  beforeAll(async () => {
    send = await clientFor(transport, t.app, t.adminHeaders);
  });
  // Keys and names carry the transport, so the two runs do not see each other's records.
  const key = (name: string) => `${transport}-${name}`;
  const named = (name: string) => `${name}${transport === 'inject' ? '一' : '二'}`;

  const post = (idempotencyKey: string, body: object) =>
    send({ method: 'POST', url: '/api/v1/organisations', headers: { 'idempotency-key': key(idempotencyKey) }, payload: body });

  async function countNamed(name: string) {
    const response = await send({ url: `/api/v1/organisations?q=${encodeURIComponent(name)}` });
    return response.json<{ total: number }>().total;
  }

  describe('Idempotency-Key on POST', () => {
    it('when a POST is retried with the same key and body, it replays the first response and creates one row', async () => {
      const body = organisationInput({ name: named('幂等测试学会甲') });
      const first = await post('retry-1', body);
      const second = await post('retry-1', body);
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.json()).toEqual(first.json());
      expect(await countNamed(named('幂等测试学会甲'))).toBe(1);
    });

    it('when the same key comes with a different body, it answers 422 and creates nothing', async () => {
      await post('retry-2', organisationInput({ name: named('幂等测试学会乙') }));
      const reused = await post('retry-2', organisationInput({ name: named('幂等测试学会丙') }));
      expect(reused.statusCode).toBe(422);
      expect(reused.json()).toMatchObject({ code: 'request.idempotency_key_reused' });
      expect(await countNamed(named('幂等测试学会丙'))).toBe(0);
    });

    it('when the same body is sent with keys in another order, it is the same request', async () => {
      const body = organisationInput({ name: named('幂等测试学会丁') });
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      await post('retry-3', body);
      expect((await post('retry-3', reordered)).headers['idempotent-replayed']).toBe('true');
    });

    it('when ten retries race with one key, exactly one row is created and all get the same id', async () => {
      const body = organisationInput({ name: named('幂等测试学会戊') });
      const responses = await Promise.all(Array.from({ length: 10 }, () => post('race-1', body)));
      expect(responses.map((response) => response.statusCode)).toEqual(Array(10).fill(201));
      expect(new Set(responses.map((response) => response.json<{ id: string }>().id)).size).toBe(1);
      expect(await countNamed(named('幂等测试学会戊'))).toBe(1);
    });

    it('when the first attempt failed validation, a corrected retry with the same key succeeds', async () => {
      const failed = await post('retry-4', { ...organisationInput({ name: named('幂等测试学会己') }), regionCode: '500199' });
      expect(failed.statusCode).toBe(422);
      expect((await post('retry-4', organisationInput({ name: named('幂等测试学会己') }))).statusCode).toBe(201);
    });

    it('when the same key is used on another endpoint, it is a separate request', async () => {
      const venue = await send({
        method: 'POST',
        url: '/api/v1/venues',
        headers: { 'idempotency-key': key('retry-1') },
        payload: { name: named('幂等阵地'), type: 'gallery', regionCode: '500106' },
      });
      expect(venue.statusCode).toBe(201);
      expect(venue.headers['idempotent-replayed']).toBeUndefined();
    });
  });
});
