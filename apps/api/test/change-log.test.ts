import { readFile } from 'node:fs/promises';
import { queryRows, schema } from '@kepu/db';
import { recordEntities, type Submission } from '@kepu/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeCursor, encodeCursor, readChanges, type Change, type ChangeCursor } from '../src/kernel/changes.js';
import type { FileStore } from '../src/kernel/files.js';
import { executeRun } from '../src/schedules/run.js';
import { buildTestApp, type TestApp } from './app.js';
import { settledChanges } from './changes.js';
import { create, eventInput, organisationInput } from './fixtures.js';
import { seedTenant } from './tenants.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

interface Logged {
  entity: string;
  action: string;
  region: string | null;
  previous: string | null;
  version: number | null;
}

/** The log of one record (or application object), oldest first, read straight from the table. */
async function logOf(recordId: string): Promise<Logged[]> {
  return queryRows<Logged>(
    t.database.db,
    sql`select entity, action, region_code as region, previous_region_code as previous, version
      from change_log where record_id = ${recordId} order by tx, seq`,
  );
}

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

describe('change log: record changes', () => {
  it('when an organisation is created, changed, moved, deleted, restored, reverted and purged, each write logs one row', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '变更日志学会' }));
    const send = async (method: 'PATCH' | 'DELETE' | 'POST', url: string, version: number, payload?: object) => {
      const response = await t.inject({ method, url, headers: ifMatch(version), ...(payload ? { payload } : {}) });
      expect(response.statusCode, response.body).toBeLessThan(300);
    };
    const url = `/api/v1/organisations/${organisation.id}`;
    await send('PATCH', url, 1, { name: '变更日志学会（改名）' });
    await send('PATCH', url, 2, { regionCode: '500112' });
    await send('DELETE', url, 3);
    await send('POST', `${url}/restore`, 4);
    const history = (await t.inject({ url: `${url}/history` })).json<{ items: { id: number }[] }>().items;
    await send('POST', `${url}/revert`, 5, { auditId: history[0]?.id });
    await send('DELETE', url, 6);
    const purge = await t.inject({ method: 'DELETE', url: `/api/v1/trash/organisations/${organisation.id}` });
    expect(purge.statusCode, purge.body).toBe(204);

    expect(await logOf(organisation.id)).toEqual([
      { entity: 'organisations', action: 'created', region: '500106', previous: null, version: 1 },
      { entity: 'organisations', action: 'updated', region: '500106', previous: null, version: 2 },
      { entity: 'organisations', action: 'updated', region: '500112', previous: '500106', version: 3 },
      { entity: 'organisations', action: 'deleted', region: '500112', previous: '500112', version: 4 },
      { entity: 'organisations', action: 'restored', region: '500112', previous: null, version: 5 },
      // The first revision was in 沙坪坝区: reverting to it moves the record back.
      { entity: 'organisations', action: 'updated', region: '500106', previous: '500112', version: 6 },
      { entity: 'organisations', action: 'deleted', region: '500106', previous: '500106', version: 7 },
      { entity: 'organisations', action: 'purged', region: null, previous: '500106', version: 7 },
    ]);
  });

  it('when each record type is written, its rows name its collection, and a refused write logs nothing', async () => {
    const tenant = await seedTenant(t, 'yubei');
    for (const entity of recordEntities) {
      expect(
        (await logOf(tenant.ids[entity] ?? '')).map((row) => [row.entity, row.action]),
        entity,
      ).toEqual([[entity, 'created']]);
    }
    expect((await logOf(tenant.deletedEventId)).map((row) => row.action)).toEqual(['created', 'deleted']);

    const [before] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from change_log`);
    const refused = await t.inject({
      method: 'POST',
      url: '/api/v1/events',
      payload: eventInput(tenant.ids.organisations ?? '', { regionCode: '999999' }),
    });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    const [after] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from change_log`);
    expect(after?.n).toBe(before?.n);
  });

  it('when the migration backfills, every live record gets one created row and a deleted one none', async () => {
    const live = await create(t, 'organisations', organisationInput({ name: '回填学会' }));
    const gone = await create(t, 'organisations', organisationInput({ name: '回填已删学会' }));
    await t.inject({ method: 'DELETE', url: `/api/v1/organisations/${gone.id}`, headers: ifMatch(1) });
    const migration = await readFile(new URL('../../../packages/db/migrations/0013_change-log.sql', import.meta.url), 'utf8');
    const backfill = migration.slice(migration.indexOf('-- Backfill')).split('--> statement-breakpoint');
    expect(backfill).toHaveLength(recordEntities.length);
    await t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from change_log`);
        for (const statement of backfill) await tx.execute(sql.raw(statement));
        const rows = await queryRows<{ entity: string; live: number; logged: number }>(
          tx,
          sql.join(
            recordEntities.map(
              (
                entity,
              ) => sql`select ${entity}::text as entity, (select count(*)::int from ${sql.identifier(entity)} where deleted_at is null) as live,
              (select count(*)::int from change_log where entity = ${entity} and action = 'created') as logged`,
            ),
            sql` union all `,
          ),
        );
        for (const row of rows) expect(row.logged, row.entity).toBe(row.live);
        expect(rows.reduce((sum, row) => sum + row.live, 0)).toBeGreaterThan(5);
        const logged = await queryRows<{ record_id: string }>(tx, sql`select record_id from change_log where record_id in (${live.id}, ${gone.id})`);
        expect(logged.map((row) => row.record_id)).toEqual([live.id]);
        tx.rollback();
      })
      .catch((error: unknown) => {
        // drizzle's rollback() ends the transaction by throwing; anything else is a failure.
        if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
      });
  });
});

describe('change log: application events', () => {
  it('when an import is committed, its rows and the import are logged; a refused commit logs nothing', async () => {
    const admin = await t.signIn('district_admin', '500106');
    const upload = async (csv: string) => {
      const response = await t.inject({
        method: 'POST',
        url: '/api/v1/imports/venues',
        headers: { ...admin, 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const good = await upload('名称,类型,行政区划\n导入日志科技馆,科技馆,500106\n导入日志科普馆,科技馆,500106001\n');
    const commit = await t.inject({ method: 'POST', url: `/api/v1/imports/${good}/commit`, headers: admin });
    expect(commit.statusCode, commit.body).toBe(200);
    expect(await logOf(good)).toEqual([{ entity: 'imports', action: 'committed', region: '500106', previous: null, version: null }]);
    const venues = await queryRows<{ region_code: string; action: string }>(
      t.database.db,
      sql`select c.region_code, c.action from change_log c join venues v on v.id::text = c.record_id where v.name like '导入日志%' order by c.seq`,
    );
    expect(venues).toEqual([
      { region_code: '500106', action: 'created' },
      { region_code: '500106001', action: 'created' },
    ]);

    const bad = await upload('名称,类型,行政区划\n导入日志坏行,不存在的类型,500106\n');
    const refused = await t.inject({ method: 'POST', url: `/api/v1/imports/${bad}/commit`, headers: admin });
    expect(refused.statusCode).toBe(422);
    expect(await logOf(bad)).toEqual([]);
  });

  it('when a submission is submitted, returned, resubmitted, approved and reopened, each is logged; saving a draft is not', async () => {
    const district = await t.signIn('district_admin', '500106');
    const clerk = await t.signIn('township_staff', '500106002');
    const campaign = await create(
      t,
      'campaigns',
      { name: '变更日志填报', year: 2025, levels: ['township'], metrics: ['events'], deadline: '2099-12-31' },
      district,
    );
    const inbox = await t.inject({ url: `/api/v1/submissions?role=fill&campaign=${campaign.id}`, headers: clerk });
    const id = inbox.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    let version = (await t.inject({ url: `/api/v1/submissions/${id}`, headers: clerk })).json<Submission>().version;
    const step = async (headers: Record<string, string>, method: 'POST' | 'PATCH', path: string, payload: object) => {
      const response = await t.app.inject({ method, url: `/api/v1/submissions/${id}${path}`, headers: { ...headers, ...ifMatch(version) }, payload });
      expect(response.statusCode, response.body).toBe(200);
      version = response.json<Submission>().version;
    };
    await step(clerk, 'PATCH', '', { figures: {}, note: '草稿' });
    await step(clerk, 'POST', '/submit', {});
    await step(district, 'POST', '/review', { decision: 'return', comments: { general: '请补充' } });
    await step(clerk, 'POST', '/submit', {});
    await step(district, 'POST', '/review', { decision: 'approve' });
    await step(district, 'POST', '/reopen', { reason: '请核对' });
    expect(await logOf(id)).toEqual(
      ['submitted', 'returned', 'submitted', 'approved', 'reopened'].map((action, index) => ({
        entity: 'submissions',
        action,
        region: '500106002',
        previous: null,
        version: index + 3,
      })),
    );
  });

  it('when a scheduled run succeeds or fails, its end is logged with the scope it ran in', async () => {
    const owner = await t.signIn('district_admin', '500112');
    const schedule = await create(
      t,
      'export-schedules',
      { name: '变更日志导出', cron: '0 8 1 * *', target: { kind: 'list', entity: 'events', format: 'csv' } },
      owner,
    );
    const runOf = async (occurrence: string) => {
      const [run] = await t.database.db
        .insert(schema.exportRuns)
        .values({ scheduleId: schedule.id, occurrence: new Date(occurrence) })
        .returning();
      return run?.id ?? '';
    };
    const failingStore: FileStore = { ...t.app.files, write: () => Promise.reject(new Error('disk full')) };
    const succeeded = await runOf('2025-01-01T00:00:00Z');
    const failed = await runOf('2025-02-01T00:00:00Z');
    const context = { app: t.app, worker: 'test', holdMs: 0, lastAttempt: false, queueMail: () => Promise.resolve() };
    await executeRun({ ...context, store: t.app.files }, succeeded);
    await expect(executeRun({ ...context, store: failingStore }, failed)).rejects.toThrow('disk full');
    const logged = (action: string) => [{ entity: 'export-runs', action, region: '500112', previous: null, version: null }];
    expect(await logOf(succeeded)).toEqual(logged('succeeded'));
    expect(await logOf(failed)).toEqual(logged('failed'));
    const [row] = await t.database.db.select().from(schema.exportRuns).where(eq(schema.exportRuns.id, failed));
    expect(row?.status).toBe('failed');
  });
});

/** Every change in the log, as a reader that takes all of it at once sees it. */
async function everything(): Promise<Change[]> {
  await settledChanges(t.database.db);
  const page = await readChanges(t.database.db, { after: null, limit: 100_000 });
  expect(page.horizonReached).toBe(true);
  return page.changes;
}

describe('change log: reading', () => {
  it('when read in small pages, the pages follow (tx, seq) without gaps or repeats and end at the horizon', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '分页学会' }));
    for (let index = 0; index < 4; index += 1) await create(t, 'events', eventInput(organisation.id, { title: `分页活动${index}` }));
    const all = await everything();
    const key = (change: ChangeCursor) => [BigInt(change.tx), BigInt(change.seq)] as const;
    for (let index = 1; index < all.length; index += 1) {
      const [[tx0, seq0], [tx1, seq1]] = [key(all[index - 1] as Change), key(all[index] as Change)];
      expect(tx1 > tx0 || (tx1 === tx0 && seq1 > seq0)).toBe(true);
    }

    const read: Change[] = [];
    let after: ChangeCursor | null = null;
    for (;;) {
      const page = await readChanges(t.database.db, { after, limit: 3 });
      read.push(...page.changes);
      if (page.horizonReached) {
        expect(page.changes.length).toBeLessThanOrEqual(3);
        break;
      }
      expect(page.changes).toHaveLength(3);
      expect(page.resumeAt).toEqual(page.next);
      after = page.resumeAt;
    }
    expect(read).toEqual(all);
  });

  it('when filtered by collection and region, it returns just those, and resuming at the horizon skips nothing new', async () => {
    const all = await everything();
    const filtered = await readChanges(t.database.db, { after: null, entities: ['events', 'venues'], within: '500106', limit: 100_000 });
    const inside = (code: string | null) => code !== null && code.startsWith('500106');
    expect(filtered.changes).toEqual(
      all.filter((change) => ['events', 'venues'].includes(change.entity) && (inside(change.regionCode) || inside(change.previousRegionCode))),
    );
    expect(filtered.changes.length).toBeGreaterThan(0);

    // Nothing new: resuming where the read stopped returns nothing and stays put; a new change in the region comes next.
    const caughtUp = await readChanges(t.database.db, { after: filtered.resumeAt, entities: ['events', 'venues'], within: '500106', limit: 10 });
    expect({ changes: caughtUp.changes, next: caughtUp.next, horizonReached: caughtUp.horizonReached }).toEqual({
      changes: [],
      next: null,
      horizonReached: true,
    });
    expect(caughtUp.resumeAt).toEqual(filtered.resumeAt);
    await create(t, 'organisations', organisationInput({ name: '渝北区的学会', regionCode: '500112' }));
    const venue = await create(t, 'venues', { name: '续读科普馆', type: 'community_hall', regionCode: '500106001' });
    await settledChanges(t.database.db);
    const resumed = await readChanges(t.database.db, { after: caughtUp.resumeAt, entities: ['events', 'venues'], within: '500106', limit: 10 });
    expect(resumed.changes.map((change) => [change.recordId, change.action])).toEqual([[venue.id, 'created']]);
  });

  it('when a cursor is encoded, it decodes to itself; anything else is a 400 naming the field', () => {
    const cursor = { tx: '18446744073709551615', seq: '42' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const refused = [
      '',
      'not a cursor',
      encodeCursor({ tx: '18446744073709551616', seq: '1' }),
      Buffer.from('1:2:3').toString('base64url'),
      'A'.repeat(65),
    ];
    for (const value of refused) {
      expect(() => decodeCursor(value), value).toThrow(
        expect.objectContaining({ status: 400, details: { errors: [expect.objectContaining({ field: 'query.cursor' })] } }),
      );
    }
    expect(() => decodeCursor('x', 'body.after')).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ field: 'body.after' })] } }),
    );
  });

  it.skipIf(inject('templateDatabase').driver !== 'postgres')(
    'when a transaction that wrote first commits after a later one, a reader sees neither until it commits, then both in order (PostgreSQL only: PGlite has one session, so no transaction can stay open beside another)',
    async () => {
      const db = t.database.db;
      const start = await everything();
      const from: ChangeCursor | null = start.at(-1) ?? null;
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let written = () => {};
      const wroteFirst = new Promise<void>((resolve) => (written = resolve));
      const early = db.transaction(async (tx) => {
        // An indicator: no rollup row is shared with the organisation written meanwhile, so neither waits on the other's lock.
        const [row] = await tx
          .insert(schema.indicators)
          .values({ regionCode: '500106', year: 2001, kind: 'per_capita_funding', value: 1 })
          .returning();
        written();
        await released;
        return row?.id ?? '';
      });
      // Should the write fail, the test goes on to fail on its expectations rather than wait for ever.
      early.catch(() => written());
      try {
        await wroteFirst;
        const late = await create(t, 'organisations', organisationInput({ name: '后写先提交' }));

        // The late write has committed, yet it lies beyond the open transaction: nothing may be read past it.
        const meanwhile = await readChanges(db, { after: from, limit: 100 });
        expect(meanwhile.changes.map((change) => change.recordId)).not.toContain(late.id);
        expect(meanwhile.horizonReached).toBe(true);

        release();
        const earlyId = await early;
        await settledChanges(db);
        const resumed = await readChanges(db, { after: meanwhile.resumeAt, limit: 100 });
        const ids = resumed.changes.map((change) => change.recordId);
        expect(ids).toContain(earlyId);
        expect(ids).toContain(late.id);
        expect(ids.indexOf(earlyId)).toBeLessThan(ids.indexOf(late.id));
      } finally {
        release();
        await early.catch(() => undefined);
      }
    },
  );
});
