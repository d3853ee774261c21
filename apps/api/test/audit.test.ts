import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@kepu/db';
import { buildTestApp, type TestApp } from './app.js';
import { create, organisationInput } from './fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

interface Entry {
  id: number;
  action: string;
  actorType: string;
  actorLabel: string;
  ip: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

const history = async (entity: string, id: string) => (await t.inject({ url: `/api/v1/${entity}/${id}/history` })).json<{ items: Entry[] }>().items;
const auditCount = async () => (await queryRows<{ count: number }>(t.database.db, sql`select count(*)::int as count from audit_log`))[0]?.count ?? 0;

describe('audit log', () => {
  it('when a record is created, changed, deleted and restored, each step is in its history with actor, IP and the difference', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '审计学会' }));
    await t.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${organisation.id}`,
      headers: { 'if-match': '"1"' },
      payload: { memberCount: 80 },
    });
    await t.inject({ method: 'DELETE', url: `/api/v1/organisations/${organisation.id}`, headers: { 'if-match': '"2"' } });
    const restored = await t.inject({ method: 'POST', url: `/api/v1/organisations/${organisation.id}/restore`, headers: { 'if-match': '"3"' } });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ version: 4, memberCount: 80 });

    const entries = await history('organisations', organisation.id);
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(entries[1]?.changes).toEqual({ memberCount: { from: 0, to: 80 } });
    expect(entries.every((entry) => entry.actorType === 'user' && entry.actorLabel.startsWith('city-admin') && entry.ip)).toBe(true);
  });

  it('when a record is created, its entry lists every field it was given, from null, though only the record itself is stored', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '新建学会', memberCount: 12 }));
    const [created] = await history('organisations', organisation.id);
    expect(created?.changes).toMatchObject({ name: { from: null, to: '新建学会' }, memberCount: { from: null, to: 12 } });
    expect(Object.keys(created?.changes ?? {})).not.toContain('version');
    const [stored] = await queryRows<{ changes: unknown; after: { name: string } }>(
      t.database.db,
      sql`select changes, after from audit_log where id = ${created?.id}`,
    );
    expect(stored).toMatchObject({ changes: null, after: { name: '新建学会' } });
  });

  it("when a write fails, no audit entry is left behind (the entry shares the write's transaction)", async () => {
    const before = await auditCount();
    const failed = await t.inject({ method: 'POST', url: '/api/v1/organisations', payload: organisationInput({ regionCode: '500199' }) });
    expect(failed.statusCode).toBe(422);
    expect(await auditCount()).toBe(before);
  });

  it('when reverted to an earlier revision, the record takes those values and the revert is itself audited', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '回退前' }));
    await t.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${organisation.id}`,
      headers: { 'if-match': '"1"' },
      payload: { name: '回退后', memberCount: 5 },
    });
    const [created] = await history('organisations', organisation.id);
    const reverted = await t.inject({
      method: 'POST',
      url: `/api/v1/organisations/${organisation.id}/revert`,
      headers: { 'if-match': '"2"' },
      payload: { auditId: created?.id },
    });
    expect(reverted.statusCode, reverted.body).toBe(200);
    expect(reverted.json()).toMatchObject({ name: '回退前', memberCount: 0, version: 3 });
    const entries = await history('organisations', organisation.id);
    expect(entries.at(-1)).toMatchObject({ action: 'revert', changes: { name: { from: '回退后', to: '回退前' }, memberCount: { from: 5, to: 0 } } });
  });

  it("when a revert names another record's entry, it answers 422", async () => {
    const one = await create(t, 'organisations', organisationInput({ name: '甲' }));
    const other = await create(t, 'organisations', organisationInput({ name: '乙' }));
    const [entry] = await history('organisations', other.id);
    const response = await t.inject({
      method: 'POST',
      url: `/api/v1/organisations/${one.id}/revert`,
      headers: { 'if-match': '"1"' },
      payload: { auditId: entry?.id },
    });
    expect(response.statusCode).toBe(422);
  });

  it('when the log is read, sign-ins and failed sign-ins are there, and a district admin sees only its district', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: 'wrong password' } });
    const all = (await t.inject({ url: '/api/v1/audit?pageSize=100' })).json<{ items: Entry[] }>().items;
    expect(all.some((entry) => entry.action === 'login')).toBe(true);
    expect(all.some((entry) => entry.action === 'login_failed' && entry.actorLabel === 'nobody-here')).toBe(true);

    const { userId: _, ...yubei } = await t.signIn('district_admin', '500112');
    await create(t, 'organisations', organisationInput({ name: '渝北审计学会', regionCode: '500112' }), yubei);
    const scoped = await t.app.inject({ url: '/api/v1/audit?pageSize=100', headers: yubei });
    const regions = scoped.json<{ items: { regionCode: string }[] }>().items.map((entry) => entry.regionCode);
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((code) => code.startsWith('500112'))).toBe(true);
  });
});

describe('trash', () => {
  it('when records are deleted, the trash lists them for admins, newest first, and restoring takes them out', async () => {
    const organisation = await create(t, 'organisations', organisationInput({ name: '回收学会' }));
    await t.inject({ method: 'DELETE', url: `/api/v1/organisations/${organisation.id}`, headers: { 'if-match': '"1"' } });
    const trash = (await t.inject({ url: '/api/v1/trash' })).json<{ items: { id: string; entity: string; name: string; version: number }[] }>();
    expect(trash.items[0]).toMatchObject({ id: organisation.id, entity: 'organisations', name: '回收学会', version: 2 });
    expect(
      (await t.inject({ method: 'POST', url: `/api/v1/organisations/${organisation.id}/restore`, headers: { 'if-match': '"2"' } })).statusCode,
    ).toBe(200);
    const after = (await t.inject({ url: '/api/v1/trash' })).json<{ items: { id: string }[] }>();
    expect(after.items.map((item) => item.id)).not.toContain(organisation.id);
  });

  it('when a live record is "restored", it answers 404; when another record still refers to a purged one, 409', async () => {
    const parent = await create(t, 'organisations', organisationInput({ name: '上级' }));
    expect((await t.inject({ method: 'POST', url: `/api/v1/organisations/${parent.id}/restore`, headers: { 'if-match': '"1"' } })).statusCode).toBe(
      404,
    );
    await create(t, 'organisations', organisationInput({ name: '下级', parentId: parent.id }));
    await t.inject({ method: 'DELETE', url: `/api/v1/organisations/${parent.id}`, headers: { 'if-match': '"1"' } });
    const purge = await t.inject({ method: 'DELETE', url: `/api/v1/trash/organisations/${parent.id}` });
    expect(purge.statusCode).toBe(409);
    expect(purge.json()).toMatchObject({ code: 'trash.still_referenced' });
  });
});
