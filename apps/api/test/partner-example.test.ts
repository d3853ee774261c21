import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKepuClient } from '@kepu/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { politeFetch } from '../../../examples/partner-sync/src/backoff.js';
import { syncMirror, type Mirror } from '../../../examples/partner-sync/src/sync.js';
import { buildApp, type App } from '../src/app.js';
import { buildTestApp, listen, unlimitedRates, type AuthHeaders, type TestApp } from './app.js';
import { settledChanges } from './changes.js';
import { create, eventInput, organisationInput } from './fixtures.js';

// The example partner in examples/partner-sync, run as a partner would run it: over HTTP against a
// real Kepu, with an API key of 渝北区, while the district's administrator changes records through the API.
// The partner talks to a second API process over the same database whose budgets are small, as a
// replica with its own settings would be; the administrator's process has test budgets.

const yubei = '500112';
const township = '500112017';
/** The key's budget: small enough that a sync page by page spends it, so the example has to back off. */
const perMinute = 4;
let clock = Date.now();

let t: TestApp;
let partnerFacing: App;
let baseUrl: string;
let admin: AuthHeaders;
let apiKey: string;
let organiserId: string;
let directory: string;
const waits: string[] = [];

/** The partner's client: its waits move Kepu's clock instead of sleeping, so a spent minute passes at once. */
const partnerClient = () =>
  createKepuClient({
    baseUrl,
    apiKey,
    fetch: politeFetch({
      sleep: (seconds) => {
        clock += seconds * 1000;
        return Promise.resolve();
      },
      log: (line) => waits.push(line),
    }),
  });

async function eventsInKepu(): Promise<Record<string, unknown>> {
  const response = await t.inject({ url: `/api/v1/events?region=${yubei}&pageSize=100`, headers: admin });
  const page = response.json<{ items: { id: string }[] }>();
  return Object.fromEntries(page.items.map((item) => [item.id, item]));
}

async function write(method: 'PATCH' | 'DELETE', id: string, payload?: object) {
  const current = await t.inject({ url: `/api/v1/events/${id}`, headers: admin });
  const response = await t.inject({ method, url: `/api/v1/events/${id}`, headers: { ...admin, 'if-match': String(current.headers.etag) }, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
}

const newEvent = async (title: string) => (await create(t, 'events', eventInput(organiserId, { title, regionCode: township }), admin)).id;

beforeAll(async () => {
  t = await buildTestApp();
  partnerFacing = await buildApp({ database: t.database, rateLimits: { ...unlimitedRates, perMinute, now: () => clock } });
  baseUrl = await listen(partnerFacing);
  directory = await mkdtemp(join(tmpdir(), 'kepu-partner-'));
  admin = await t.signIn('district_admin', yubei);
  organiserId = (await create(t, 'organisations', organisationInput({ name: '渝北区科协（同步示例）', regionCode: township }), admin)).id;
  const key = await create<{ secret: string }>(
    t,
    'api-keys',
    { name: '区融媒体中心', scopes: ['events:read'], scopeRegionCode: yubei, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    admin,
  );
  apiKey = key.secret;
});
afterAll(async () => {
  await partnerFacing.close();
  await t.close();
  await rm(directory, { recursive: true, force: true });
});

describe('the example partner', () => {
  it('when it syncs, then records change and one is deleted, then it syncs again, its copy equals what Kepu lists', async () => {
    const file = join(directory, 'events.json');
    const [first, second, third] = [await newEvent('科普讲座：防灾减灾'), await newEvent('科学之夜'), await newEvent('青少年科技创新大赛')];
    await settledChanges(t.database.db);
    const initial = await syncMirror(partnerClient(), 'events', file, 2);
    console.log('first sync:', initial);
    expect(initial).toMatchObject({ upserts: 3, deletions: 0, records: 3 });
    expect((JSON.parse(await readFile(file, 'utf8')) as Mirror).records).toEqual(await eventsInKepu());

    await write('PATCH', first, { attendance: 4800 });
    await write('DELETE', second);
    const fourth = await newEvent('院士专家进社区');
    await settledChanges(t.database.db);
    const again = await syncMirror(partnerClient(), 'events', file, 2);
    console.log('second sync, after one change, one deletion and one new event:', again);
    expect(again).toMatchObject({ upserts: 2, deletions: 1, records: 3 });
    const mirror = JSON.parse(await readFile(file, 'utf8')) as Mirror;
    expect(Object.keys(mirror.records).sort()).toEqual([first, third, fourth].sort());
    expect(mirror.records).toEqual(await eventsInKepu());
    expect(mirror.records[first]).toMatchObject({ attendance: 4800 });

    const unchanged = await syncMirror(partnerClient(), 'events', file, 2);
    expect(unchanged).toMatchObject({ upserts: 0, deletions: 0, records: 3 });
  });

  it('when its budget is spent, it waits as Retry-After says and finishes the sync', async () => {
    const file = join(directory, 'events-page-by-page.json');
    waits.length = 0;
    const result = await syncMirror(partnerClient(), 'events', file, 1);
    console.log('waits of a sync page by page with a budget of', perMinute, 'a minute:', waits);
    expect(waits.length).toBeGreaterThan(0);
    expect(waits[0]).toMatch(/^429 on GET \/api\/v1\/sync\/events: waiting \d+ s/);
    expect(result.records).toBe(3);
    expect((JSON.parse(await readFile(file, 'utf8')) as Mirror).records).toEqual(await eventsInKepu());
  });
});
