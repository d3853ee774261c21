import { recordEntities, type RecordEntity, type SyncPage } from '@kepu/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { settledChanges } from '../../test/changes.js';
import { create, eventInput, organisationInput, venueInput } from '../../test/fixtures.js';

/**
 * Partners of 沙坪坝区 (500106) and 渝北区 (500112) keep copies of what their keys may read. Records are
 * written through the API as the district's administrator; the copies are checked against the lists.
 */
const shapingba = '500106';
const yubei = '500112';
/** The property test's own 镇街, so its history stays apart from the other tests'. */
const township = '500106003';

type Page = SyncPage<RecordEntity>;
type Item = Page['items'][number];
type Copy = Map<string, unknown>;

let t: TestApp;
let admin: AuthHeaders;
const keys: Record<string, AuthHeaders> = {};

async function apiKey(scopeRegionCode: string, headers: AuthHeaders): Promise<AuthHeaders> {
  const created = await create<{ secret: string }>(
    t,
    'api-keys',
    {
      name: `同步伙伴 ${scopeRegionCode}`,
      scopes: recordEntities.map((entity) => `${entity}:read`),
      scopeRegionCode,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
    headers,
  );
  return { authorization: `Bearer ${created.secret}` };
}

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('district_admin', shapingba);
  keys[shapingba] = await apiKey(shapingba, admin);
  keys[yubei] = await apiKey(yubei, await t.signIn('district_admin', yubei));
  keys[township] = await apiKey(township, admin);
});
afterAll(() => t.close());

const keyOf = (region: string) => keys[region] ?? {};

async function syncPage(entity: RecordEntity, auth: AuthHeaders, cursor: string | null, limit = 100): Promise<Page> {
  await settledChanges(t.database.db);
  const query = new URLSearchParams({ limit: String(limit), ...(cursor === null ? {} : { cursor }) });
  const response = await t.app.inject({ url: `/api/v1/sync/${entity}?${query.toString()}`, headers: auth });
  expect(response.statusCode, response.body).toBe(200);
  const page = response.json<Page>();
  expect(page.items.length).toBeLessThanOrEqual(limit);
  expect(new Set(page.items.map((item) => item.id)).size, 'a record appears once per page').toBe(page.items.length);
  return page;
}

/** What a partner does with a page: upserts replace, deletes forget. */
function apply(copy: Copy, items: Item[]) {
  for (const item of items) {
    if (item.action === 'upsert') copy.set(item.id, item.record);
    else copy.delete(item.id);
  }
}

/** Reads pages until up to date; returns every page's items and the cursor to store. */
async function syncAll(entity: RecordEntity, auth: AuthHeaders, cursor: string | null = null, limit = 100) {
  const pages: Item[][] = [];
  let page: Page;
  do {
    page = await syncPage(entity, auth, cursor, limit);
    pages.push(page.items);
    cursor = page.cursor;
  } while (page.hasMore);
  return { pages, items: pages.flat(), cursor };
}

/** The live records the list endpoint shows this caller, by id. */
async function listed(entity: RecordEntity, auth: AuthHeaders): Promise<Copy> {
  const copy: Copy = new Map();
  for (let page = 1; ; page += 1) {
    const response = await t.app.inject({ url: `/api/v1/${entity}?pageSize=100&page=${page}`, headers: auth });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{ items: { id: string }[]; total: number }>();
    for (const item of body.items) copy.set(item.id, item);
    if (page * 100 >= body.total) return copy;
  }
}

async function write(method: 'PATCH' | 'DELETE' | 'POST', url: string, version: number, payload?: object, headers: AuthHeaders = admin) {
  const response = await t.app.inject({ method, url, headers: { ...headers, 'if-match': `"${version}"` }, ...(payload ? { payload } : {}) });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.statusCode === 204 ? version + 1 : response.json<{ version: number }>().version;
}

/** Cursors a partner stored after its last sync, per entity and region. */
const stored = new Map<string, string>();

describe('incremental sync', () => {
  it('when a district admin creates, updates, deletes, restores and purges, its key syncs the final state and the other district sees nothing', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '同步学会' }), admin);
    const venue = await create(t, 'venues', venueInput({ name: '同步科普馆', organisationId: organisation.id }), admin);
    const [kept, restored, purged] = await Promise.all(
      ['同步讲座', '同步展览', '同步竞赛'].map((title) => create(t, 'events', eventInput(organisation.id, { title }), admin)),
    );
    if (!kept || !restored || !purged) throw new Error('events not created');
    await write('PATCH', `/api/v1/events/${kept.id}`, 1, { attendance: 1500 });
    await write('DELETE', `/api/v1/venues/${venue.id}`, 1);
    await write('POST', `/api/v1/events/${restored.id}/restore`, await write('DELETE', `/api/v1/events/${restored.id}`, 1));
    await write('DELETE', `/api/v1/events/${purged.id}`, 1);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/trash/events/${purged.id}` })).statusCode).toBe(204);

    for (const entity of ['organisations', 'venues', 'events'] as const) {
      const { items, cursor } = await syncAll(entity, keyOf(shapingba));
      const copy: Copy = new Map();
      apply(copy, items);
      expect(copy, entity).toEqual(await listed(entity, keyOf(shapingba)));
      stored.set(`${entity}:${shapingba}`, cursor);

      const other = await syncAll(entity, keyOf(yubei));
      expect(other.items, entity).toEqual([]);
      stored.set(`${entity}:${yubei}`, other.cursor);
    }
    const events = (await syncAll('events', keyOf(shapingba))).items;
    const last = (id: string) => events.filter((item) => item.id === id).at(-1);
    expect(last(kept.id)).toMatchObject({ action: 'upsert', version: 2, record: { attendance: 1500 } });
    expect(last(restored.id)).toMatchObject({ action: 'upsert', version: 3 });
    expect(last(purged.id)).toMatchObject({ action: 'delete' });
    const venues = (await syncAll('venues', keyOf(shapingba))).items;
    expect(venues.filter((item) => item.id === venue.id).at(-1)).toMatchObject({ action: 'delete' });
  });

  it('when a record moves to another district, the first district gets a tombstone and the second the record, and back', async () => {
    const organisations = await listed('organisations', keyOf(shapingba));
    const [id] = organisations.keys();
    if (!id) throw new Error('no organisation to move');
    const resume = async (region: string) => {
      const key = `organisations:${region}`;
      const { items, cursor } = await syncAll('organisations', keyOf(region), stored.get(key) ?? null);
      stored.set(key, cursor);
      return items.map((item) => ({
        action: item.action,
        id: item.id,
        region: item.action === 'upsert' ? (item.record as { regionCode: string }).regionCode : null,
      }));
    };
    const version = (organisations.get(id) as { version: number }).version;
    const moved = await write('PATCH', `/api/v1/organisations/${id}`, version, { regionCode: yubei }, t.adminHeaders);
    expect(await resume(shapingba)).toEqual([{ action: 'delete', id, region: null }]);
    expect(await resume(yubei)).toEqual([{ action: 'upsert', id, region: yubei }]);

    await write('PATCH', `/api/v1/organisations/${id}`, moved, { regionCode: shapingba }, t.adminHeaders);
    expect(await resume(shapingba)).toEqual([{ action: 'upsert', id, region: shapingba }]);
    expect(await resume(yubei)).toEqual([{ action: 'delete', id, region: null }]);
  });

  it('when paging with limit 2 across many changes, a record comes once per page, pages follow the changes, and the last state wins', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '分页同步学会' }), admin);
    const events = [];
    for (let index = 0; index < 5; index += 1)
      events.push(await create(t, 'events', eventInput(organisation.id, { title: `分页同步${index}` }), admin));
    for (const event of events) await write('PATCH', `/api/v1/events/${event.id}`, 1, { onlineViews: 100 });
    for (const event of [...events].reverse()) await write('PATCH', `/api/v1/events/${event.id}`, 2, { onlineViews: 200 });

    const { pages, items } = await syncAll('events', keyOf(shapingba), stored.get(`events:${shapingba}`) ?? null, 2);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const lastSeen = [...new Map(items.map((item, index) => [item.id, index])).entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(lastSeen).toEqual(events.map((event) => event.id).reverse());
    const copy: Copy = new Map();
    apply(copy, items);
    for (const event of events) expect(copy.get(event.id)).toMatchObject({ version: 3, onlineViews: 200 });
  });

  it('when a partner crashes before storing a cursor and writes go on while it pages, resuming leaves no gaps', async () => {
    const copy: Copy = new Map();
    let cursor: string | null = null;
    let crashed = false;
    const organisation = await create(t, 'organisations', organisationInput({ name: '续传学会' }), admin);
    for (let round = 0; ; round += 1) {
      const page = await syncPage('events', keyOf(shapingba), cursor, 3);
      apply(copy, page.items);
      if (round === 2 && !crashed) {
        crashed = true; // applied, but the cursor was never stored: the next run reads this page again
        continue;
      }
      cursor = page.cursor;
      if (round < 6) await create(t, 'events', eventInput(organisation.id, { title: `续传活动${round}` }), admin);
      if (!page.hasMore && round >= 6) break;
    }
    expect(crashed).toBe(true);
    expect(copy).toEqual(await listed('events', keyOf(shapingba)));
  });

  it('when nothing changed, the answer is empty with the same cursor and no more', async () => {
    const { cursor } = await syncAll('indicators', keyOf(yubei));
    const page = await syncPage('indicators', keyOf(yubei), cursor);
    expect(page).toEqual({ items: [], cursor, hasMore: false });
  });

  it('when the cursor or limit is malformed, the answer is 400 naming the parameter', async () => {
    const bad = {
      'cursor=not%20a%20cursor': 'query.cursor',
      [`cursor=${Buffer.from('12:x').toString('base64url')}`]: 'query.cursor',
      [`cursor=${'A'.repeat(65)}`]: 'query.cursor',
      'cursor=': 'query.cursor',
      'limit=0': 'query.limit',
      'limit=1001': 'query.limit',
    };
    for (const [query, field] of Object.entries(bad)) {
      const response = await t.app.inject({ url: `/api/v1/sync/events?${query}`, headers: keyOf(shapingba) });
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(
        response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field),
        query,
      ).toEqual([field]);
    }
  });

  it('when a key lacks the read scope of an entity, it is refused', async () => {
    const eventsOnly = await create<{ secret: string }>(
      t,
      'api-keys',
      { name: '只读活动', scopes: ['events:read'], scopeRegionCode: shapingba, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      admin,
    );
    const response = await t.app.inject({ url: '/api/v1/sync/venues', headers: { authorization: `Bearer ${eventsOnly.secret}` } });
    expect(response.statusCode).toBe(403);
  });

  it('when a spreadsheet import is committed, the partner gets the imported rows as upserts', async () => {
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?entity=venues',
      headers: { ...admin, 'content-type': 'text/csv' },
      payload: '名称,类型,行政区划\n导入同步科技馆,科技馆,500106\n导入同步科普馆,科技馆,500106001\n',
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const commit = await t.app.inject({ method: 'POST', url: `/api/v1/imports/${upload.json<{ id: string }>().id}/commit`, headers: admin });
    expect(commit.statusCode, commit.body).toBe(200);
    const { items } = await syncAll('venues', keyOf(shapingba), stored.get(`venues:${shapingba}`) ?? null);
    expect(items.map((item) => [item.action, (item as { record?: { name: string } }).record?.name])).toEqual([
      ['upsert', '导入同步科技馆'],
      ['upsert', '导入同步科普馆'],
    ]);
  });
});

describe('incremental sync against the list (property)', () => {
  type Operation = { kind: 'create'; title: number } | { kind: 'update' | 'delete' | 'restore'; pick: number; onlineViews: number };
  const operation: fc.Arbitrary<Operation> = fc.oneof(
    fc.record({ kind: fc.constant('create' as const), title: fc.nat(1000) }),
    fc.record({ kind: fc.constantFrom('update' as const, 'delete' as const, 'restore' as const), pick: fc.nat(), onlineViews: fc.nat(10_000) }),
  );

  it(
    'when random creates, updates, deletes and restores are synced from scratch at any page size, the copy equals the list',
    { timeout: 300_000 },
    async () => {
      const organisation = await create(t, 'organisations', organisationInput({ name: '性质测试学会' }), admin);
      const records: { id: string; version: number; deleted: boolean }[] = [];
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 7 }), async (operations, limit) => {
          for (const step of operations) {
            if (step.kind === 'create') {
              const event = await create(t, 'events', eventInput(organisation.id, { title: `性质${step.title}`, regionCode: township }), admin);
              records.push({ id: event.id, version: event.version, deleted: false });
              continue;
            }
            const candidates = records.filter((record) => record.deleted === (step.kind === 'restore'));
            const record = candidates[step.pick % Math.max(candidates.length, 1)];
            if (!record) continue;
            const url = `/api/v1/events/${record.id}`;
            if (step.kind === 'update') record.version = await write('PATCH', url, record.version, { onlineViews: step.onlineViews });
            if (step.kind === 'delete') record.version = await write('DELETE', url, record.version);
            if (step.kind === 'restore') record.version = await write('POST', `${url}/restore`, record.version);
            record.deleted = step.kind === 'delete';
          }
          const copy: Copy = new Map();
          apply(copy, (await syncAll('events', keyOf(township), null, limit)).items);
          expect(copy).toEqual(await listed('events', keyOf(township)));
        }),
        { numRuns: inject('fuzzRuns') || 8, ...(inject('fuzzSeed') ? { seed: inject('fuzzSeed') } : {}), endOnFailure: true },
      );
    },
  );
});
