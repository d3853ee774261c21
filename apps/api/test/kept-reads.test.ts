import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { childrenOf } from '../src/regions/index.js';
import { buildTestApp, unlimitedRates, type AuthHeaders, type TestApp } from './app.js';
import { create, eventInput } from './fixtures.js';

// On the embedded database the pages of lists and the rows of credentials are kept until something is
// written (kernel/kept-answers.ts, the write count in packages/db/src/pglite). Beside the app runs a
// second one over the same database that keeps nothing, as the oracle: whatever is written, and by
// whichever path, both must answer alike. On PostgreSQL both compute every answer; the property holds all the same.

let t: TestApp;
let computesEachTime: App;
let districtAdmin: AuthHeaders;
let partnerKey: AuthHeaders;
let organiserId: string;
let townships: string[];

beforeAll(async () => {
  t = await buildTestApp();
  computesEachTime = await buildApp({ database: { ...t.database, writeCount: undefined }, rateLimits: unlimitedRates });
  const { userId: _, ...headers } = await t.signIn('district_admin', '500112');
  districtAdmin = headers;
  townships = (await childrenOf('500112')).slice(0, 2).map((region) => region.code);
  organiserId = (await create(t, 'organisations', { name: '渝北区科协', type: 'district_association', regionCode: '500112' }, districtAdmin)).id;
  const key = await t.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    payload: {
      name: '融媒体中心',
      scopes: ['events:read', 'organisations:read'],
      scopeRegionCode: '500112',
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  });
  expect(key.statusCode, key.body).toBe(201);
  partnerKey = { authorization: `Bearer ${key.json<{ secret: string }>().secret}` };
});
afterAll(async () => {
  await computesEachTime.close();
  await t.close();
});

const readers = () => ({ cityAdmin: t.adminHeaders, districtAdmin, partnerKey });
const urls = [
  '/api/v1/events?pageSize=5',
  '/api/v1/events?region=500112&pageSize=3&page=2',
  '/api/v1/events?q=%E8%AE%B2%E5%BA%A7&sort=-startsAt',
  '/api/v1/organisations?region=500112',
];

describe('pages and credentials kept between requests', () => {
  it('when writes through the API and straight to the database are interleaved with reads at random, every page equals one computed afresh', async () => {
    const write = fc.record({
      type: fc.constant('write' as const),
      action: fc.constantFrom('create', 'patch', 'delete', 'retitle in SQL'),
      region: fc.constantFrom('500112', ...townships),
      title: fc.constantFrom('科普讲座', '院士进校园', '科技活动周'),
    });
    const read = fc.record({
      type: fc.constant('read' as const),
      reader: fc.constantFrom(...(Object.keys(readers()) as (keyof ReturnType<typeof readers>)[])),
      url: fc.constantFrom(...urls),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(write, read, read), { minLength: 5, maxLength: 25 }), async (commands) => {
        const written: { id: string; version: number }[] = [];
        for (const command of commands) {
          if (command.type === 'read') {
            const request: InjectOptions = { url: command.url, headers: readers()[command.reader] };
            const [kept, fresh] = [await t.app.inject(request), await computesEachTime.inject(request)];
            expect(kept.statusCode, kept.body).toBe(fresh.statusCode);
            expect(kept.json()).toEqual(fresh.json());
            continue;
          }
          const target = written.at(-1);
          if (command.action === 'create' || !target) {
            const response = await t.app.inject({
              method: 'POST',
              url: '/api/v1/events',
              headers: districtAdmin,
              payload: eventInput(organiserId, { regionCode: command.region, title: command.title }),
            });
            expect(response.statusCode, response.body).toBe(201);
            written.push(response.json());
          } else if (command.action === 'patch') {
            const response = await t.app.inject({
              method: 'PATCH',
              url: `/api/v1/events/${target.id}`,
              headers: { ...districtAdmin, 'if-match': `"${target.version}"` },
              payload: { title: `${command.title}（改期）` },
            });
            expect(response.statusCode, response.body).toBe(200);
            written[written.length - 1] = response.json();
          } else if (command.action === 'delete') {
            const response = await t.app.inject({
              method: 'DELETE',
              url: `/api/v1/events/${target.id}`,
              headers: { ...districtAdmin, 'if-match': `"${target.version}"` },
            });
            expect(response.statusCode, response.body).toBe(204);
            written.pop();
          } else {
            // Past the app's routes, as a repair script run in the process would write.
            await t.database.db.execute(sql`update events set title = ${command.title} where id = ${target.id}`);
          }
        }
      }),
      { numRuns: inject('fuzzRuns') || 6, ...(inject('fuzzSeed') ? { seed: inject('fuzzSeed') } : {}), endOnFailure: true },
    );
  }, 120_000);

  it('when a kept key is revoked or a kept session signed out, the next request with it is refused', async () => {
    const key = await t.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: '即将停用', scopes: ['events:read'], scopeRegionCode: '500112', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const { id, secret } = key.json<{ id: string; secret: string }>();
    const withKey = { url: '/api/v1/events?pageSize=1', headers: { authorization: `Bearer ${secret}` } };
    expect((await t.app.inject(withKey)).statusCode).toBe(200);
    expect((await t.app.inject(withKey)).statusCode).toBe(200);
    const revoked = await t.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}` });
    expect(revoked.statusCode, revoked.body).toBeLessThan(300);
    expect((await t.app.inject(withKey)).statusCode).toBe(401);

    const { userId: _, ...user } = await t.signIn('district_admin', '500112');
    const asUser = { url: '/api/v1/events?pageSize=1', headers: user };
    expect((await t.app.inject(asUser)).statusCode).toBe(200);
    const signedOut = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: user });
    expect(signedOut.statusCode, signedOut.body).toBeLessThan(300);
    expect((await t.app.inject(asUser)).statusCode).toBe(401);
  });

  it.skipIf(inject('templateDatabase').driver !== 'pglite')(
    'when the embedded database is busy with a long statement, a kept page is answered without waiting for it',
    async () => {
      const request = { url: '/api/v1/events?region=500112&pageSize=2', headers: partnerKey };
      expect((await t.app.inject(request)).statusCode).toBe(200);
      const order: string[] = [];
      const busy = t.database.db.execute(sql`select pg_sleep(1)`).then(() => order.push('long statement done'));
      const kept = await t.app.inject(request).then((response) => {
        order.push('kept page answered');
        return response;
      });
      await busy;
      expect(kept.statusCode).toBe(200);
      expect(order).toEqual(['kept page answered', 'long statement done']);
    },
  );
});
