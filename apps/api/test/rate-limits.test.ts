import { Readable } from 'node:stream';
import { openDatabase, queryRows } from '@kepu/db';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testDatabaseUrl } from '../src/env.js';
import type { RateLimitSettings } from '../src/kernel/plugins/rate-limits.js';
import { buildTestApp, type AuthHeaders, type TestApp } from './app.js';
import { create } from './fixtures.js';

// The limiter's clock stands 30 s into a 10-minute window (so also 30 s into a minute), so no
// window ends mid-test and every reset time is known; a test moves it on to see a window end.
const started = Date.now();
let clock = started - (started % 600_000) + 30_000;
const limits: RateLimitSettings = { perMinute: 10, anonymousPerMinute: 20, heavyPer10Minutes: 4, heavyConcurrent: 2, now: () => clock };

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ rateLimits: limits });
});
afterAll(() => t.close());

/** The `t=` and Retry-After a window of this length announces now. */
const secondsLeft = (windowSeconds: number) => (windowSeconds * 1000 - (clock % (windowSeconds * 1000))) / 1000;

const regionUrl = '/api/v1/regions/500000';
const exportUrl = '/api/v1/events/export?columns=title';
const get = (url: string, headers: AuthHeaders) => t.app.inject({ url, headers });

async function spend(times: number, url: string, headers: AuthHeaders) {
  const answers: LightMyRequestResponse[] = [];
  for (let index = 0; index < times; index += 1) answers.push(await get(url, headers));
  return answers;
}

function expectRefused(response: LightMyRequestResponse, code: string) {
  expect(response.statusCode, response.body).toBe(429);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ status: 429, code });
}

describe('per-principal request budgets', () => {
  it('when a user spends its budget, the next request is 429 problem+json with Retry-After and the RateLimit headers', async () => {
    const { userId: _, ...viewer } = await t.signIn('viewer', '500000');
    const answers = await spend(10, regionUrl, viewer);
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(10).fill(200));
    expect(answers[0]?.headers['ratelimit-policy']).toBe('"requests";q=10;w=60');
    expect(answers[0]?.headers.ratelimit).toBe('"requests";r=9;t=30');
    expect(answers[9]?.headers.ratelimit).toBe('"requests";r=0;t=30');

    const refused = await get(regionUrl, { ...viewer, 'accept-language': 'en' });
    expectRefused(refused, 'request.rate_limited');
    expect(refused.json<{ title: string }>().title).toBe('Too many requests (10 a minute); try again in 30 s');
    expect((await get(regionUrl, viewer)).json<{ title: string }>().title).toBe('请求过于频繁（每分钟最多 10 次），请 30 秒后再试');
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.headers.ratelimit).toBe('"requests";r=0;t=30');
    expect(refused.headers['ratelimit-policy']).toBe('"requests";q=10;w=60');
  });

  it('when one principal is refused, another user and an API key are served as before', async () => {
    const { userId: _, ...greedy } = await t.signIn('viewer', '500000');
    await spend(10, regionUrl, greedy);
    expectRefused(await get(regionUrl, greedy), 'request.rate_limited');

    const { userId: __, ...other } = await t.signIn('viewer', '500000');
    const served = await get(regionUrl, other);
    expect(served.statusCode).toBe(200);
    expect(served.headers.ratelimit).toBe('"requests";r=9;t=30');
    const key = await create<{ secret: string }>(t, 'api-keys', {
      name: 'rate-limit-partner',
      scopes: ['events:read'],
      scopeRegionCode: '500000',
      expiresAt: new Date(started + 86_400_000).toISOString(),
    });
    const partner = await get('/api/v1/events?pageSize=100', { authorization: `Bearer ${key.secret}` });
    expect(partner.statusCode).toBe(200);
    expect(partner.headers.ratelimit).toBe('"requests";r=9;t=30');
  });

  it('when the window ends, the budget is whole again', async () => {
    const { userId: _, ...viewer } = await t.signIn('viewer', '500000');
    await spend(10, regionUrl, viewer);
    expectRefused(await get(regionUrl, viewer), 'request.rate_limited');
    clock += 60_000;
    const next = await get(regionUrl, viewer);
    expect(next.statusCode).toBe(200);
    expect(next.headers.ratelimit).toBe('"requests";r=9;t=30');
  });

  it('when an address keeps sending keys that do not exist, it is refused with 429, and other addresses are not', async () => {
    const guess = { authorization: 'Bearer kepu_AAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB' };
    const from = (remoteAddress: string) => t.app.inject({ url: regionUrl, headers: guess, remoteAddress });
    for (let index = 0; index < 20; index += 1) expect((await from('203.0.113.9')).statusCode).toBe(401);
    const refused = await from('203.0.113.9');
    expectRefused(refused, 'request.rate_limited');
    expect(refused.headers['ratelimit-policy']).toBe('"anonymous";q=20;w=60');
    expect(refused.headers['retry-after']).toBe('30');
    expect((await from('203.0.113.10')).statusCode).toBe(401);
  });

  it('when an address sends no credentials at all to routes that need them, the 401s cost nothing and its public requests still pass', async () => {
    const bare = (url: string) => t.app.inject({ url, remoteAddress: '203.0.113.20' });
    for (let index = 0; index < 30; index += 1) expect((await bare(regionUrl)).statusCode).toBe(401);
    const health = await bare('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.headers.ratelimit).toBe('"anonymous";r=19;t=30');
  });

  it("when the counts are settled, the principal's row in rate_limits holds them", async () => {
    const { userId, ...viewer } = await t.signIn('viewer', '500000');
    await spend(3, regionUrl, viewer);
    await t.app.rateLimits.sync();
    const rows = await queryRows<{ hits: number }>(t.database.db, sql`select hits from rate_limits where bucket = ${`api:requests:user:${userId}`}`);
    expect(rows).toEqual([{ hits: 3 }]);
  });
});

describe('exports, reports and imports', () => {
  it('when a user spends its export budget, exports are 429 while its ordinary budget is untouched', async () => {
    const { userId: _, ...viewer } = await t.signIn('viewer', '500000');
    const answers = await spend(4, exportUrl, viewer);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
    expect(answers[0]?.headers['ratelimit-policy']).toBe('"heavy";q=4;w=600');
    expect(answers[3]?.headers.ratelimit).toBe(`"heavy";r=0;t=${secondsLeft(600)}`);
    const refused = await get('/api/v1/reports/statistics-form?region=500000', viewer);
    expectRefused(refused, 'request.rate_limited');
    expect(refused.headers['retry-after']).toBe(String(secondsLeft(600)));
    expect((await get(regionUrl, viewer)).statusCode).toBe(200);
  });

  it("when two of a user's uploads are still running, its export is 429 request.too_many_running until they end", async () => {
    const { userId: _, ...admin } = await t.signIn('district_admin', '500112');
    const uploads = [0, 1].map(() => {
      let reading!: () => void;
      const started = new Promise<void>((resolve) => (reading = resolve));
      // The server reads the body only after the limiter has let the request in.
      const body = new Readable({ read: () => reading() });
      const answer = t.app.inject({
        method: 'POST',
        url: '/api/v1/imports?entity=events',
        headers: { ...admin, 'content-type': 'text/csv' },
        payload: body,
      });
      return { body, started, answer };
    });
    await Promise.all(uploads.map((upload) => upload.started));

    const refused = await get(exportUrl, { ...admin, 'accept-language': 'en' });
    expectRefused(refused, 'request.too_many_running');
    expect(refused.json<{ title: string }>().title).toContain('2 of your exports, reports or imports are still running');

    for (const upload of uploads) upload.body.push(null);
    for (const upload of uploads) expect((await upload.answer).statusCode).toBeLessThan(500);
    expect((await get(exportUrl, admin)).statusCode).toBe(200);
  });

  it('when columns name a field twice, the export is 400 naming query.columns, and so is a schedule', async () => {
    const { userId: _, ...admin } = await t.signIn('district_admin', '500112');
    for (const columns of ['title,title', 'title, startsAt ,title']) {
      const response = await get(`/api/v1/events/export?columns=${encodeURIComponent(columns)}`, { ...admin, 'accept-language': 'en' });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'request.invalid',
        errors: [{ field: 'query.columns', message: 'names title more than once; name each column once' }],
      });
    }
    const schedule = {
      name: '重复列',
      cron: '0 8 * * 1',
      target: { kind: 'list', entity: 'events', filters: {}, columns: ['title', 'title'], format: 'csv' },
    };
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/export-schedules', payload: schedule, headers: admin });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({ errors: [{ field: 'body.target.columns' }] });
  });
});

describe.runIf(testDatabaseUrl())('two API processes on one PostgreSQL database', () => {
  it('when a user spends part of its budget on each, they refuse it together once they have settled', async () => {
    const handle = await openDatabase({ url: t.database.url ?? '', poolSize: 2 });
    const second = await buildApp({ database: handle, rateLimits: limits });
    try {
      const { userId: _, ...viewer } = await t.signIn('viewer', '500000');
      const on = (app: typeof second, times = 1) => Promise.all(Array.from({ length: times }, () => app.inject({ url: regionUrl, headers: viewer })));
      expect((await on(t.app, 6)).map((answer) => answer.statusCode)).toEqual(Array(6).fill(200));
      await t.app.rateLimits.sync();

      // The second process has not settled yet: it knows only its own request.
      const [first] = await on(second);
      expect(first?.headers.ratelimit).toBe('"requests";r=9;t=30');
      await second.rateLimits.sync();
      const [learnt] = await on(second);
      expect(learnt?.headers.ratelimit).toBe('"requests";r=2;t=30');
      expect((await on(second, 2)).map((answer) => answer.statusCode)).toEqual([200, 200]);
      expectRefused((await on(second))[0] as LightMyRequestResponse, 'request.rate_limited');
      await second.rateLimits.sync();

      // The first process still counts 6 and lets one more through (the overshoot batching allows),
      // then learns the other's hits as it settles that one.
      expect((await on(t.app))[0]?.statusCode).toBe(200);
      await t.app.rateLimits.sync();
      expectRefused((await on(t.app))[0] as LightMyRequestResponse, 'request.rate_limited');
    } finally {
      await second.close();
      await handle.close();
    }
  });
});
