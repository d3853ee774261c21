import type { ExportRun, ExportSchedule } from '@kepu/domain';
import { schema } from '@kepu/db';
import { readTable } from '@kepu/sheets';
import { eq } from 'drizzle-orm';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestScheduler } from '../../test/scheduler.js';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';
import { until } from '../../test/until.js';

let t: TestApp;
let directory: string;
let stop: () => Promise<void>;
let owner: AuthHeaders & { userId: string };

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kepu-schedules-'));
  t = await buildTestApp({ exportsDirectory: directory });
  const organiser = await create(t, 'organisations', organisationInput());
  await create(t, 'events', eventInput(organiser.id, { title: '定时导出测试活动' }));
  await create(t, 'events', eventInput(organiser.id, { title: '渝北区的活动', regionCode: '500112' }));
  owner = await t.signIn('district_admin', '500106');
  stop = await startTestScheduler(t);
}, 60_000);

afterAll(async () => {
  await stop();
  await t.close();
  await rm(directory, { recursive: true, force: true });
});

const eventsEverySecond = {
  name: '每秒活动清单',
  cron: '* * * * * *',
  target: { kind: 'list', entity: 'events', filters: { sort: 'title' }, columns: ['title', 'regionCode'], format: 'csv' },
};

async function schedule(body: object, headers: AuthHeaders = owner) {
  const response = await t.inject({ method: 'POST', url: '/api/v1/export-schedules', payload: body, headers });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ExportSchedule>();
}

async function runsOf(id: string, headers: AuthHeaders = owner) {
  return (await t.inject({ url: `/api/v1/export-schedules/${id}/runs?pageSize=100`, headers })).json<{ items: ExportRun[] }>().items;
}

async function pause(id: string, headers: AuthHeaders = owner) {
  const current = await t.inject({ url: `/api/v1/export-schedules/${id}`, headers });
  const response = await t.inject({
    method: 'PATCH',
    url: `/api/v1/export-schedules/${id}`,
    payload: { active: false },
    headers: { ...headers, 'if-match': current.headers.etag as string },
  });
  expect(response.statusCode).toBe(200);
}

describe('scheduled exports', () => {
  it('when a list export runs on its schedule, its file holds what the owner may see and its link downloads it without signing in until it expires', async () => {
    const created = await schedule(eventsEverySecond);
    expect(created).toMatchObject({ regionCode: '500106', active: true, ownerId: owner.userId });
    expect(Date.parse(created.nextRunAt ?? '')).toBeGreaterThan(Date.now() - 1000);
    const run = await until('a succeeded run', async () => (await runsOf(created.id)).find((item) => item.status === 'succeeded'));
    await pause(created.id);
    expect(run).toMatchObject({ scopeRegionCode: '500106', rows: 1, attempts: 1, error: null });
    expect(run.fileName).toMatch(/^每秒活动清单-\d{4}-\d{2}-\d{2}\.csv$/);

    const download = await t.app.inject({ url: run.downloadUrl ?? '' });
    expect(download.statusCode).toBe(200);
    expect(readTable(download.rawPayload).rows.map((row) => row.cells)).toEqual([
      ['活动名称', '行政区划'],
      ['定时导出测试活动', '500106 重庆市沙坪坝区'],
    ]);

    // Change the signature's first character to another one (replacing it by a fixed one failed when it already was that).
    const tampered = await t.app.inject({
      url: (run.downloadUrl ?? '').replace(/signature=(.)/, (_, first: string) => `signature=${first === 'x' ? 'y' : 'x'}`),
    });
    expect(tampered.statusCode).toBe(403);
    const expired = await t.app.inject({ url: (run.downloadUrl ?? '').replace(/expires=\d+/, 'expires=1000') });
    expect(expired.statusCode).toBe(403);

    const signedIn = await t.inject({ url: `/api/v1/export-runs/${run.id}/file`, headers: owner });
    expect(signedIn.statusCode).toBe(200);
    const outsider = await t.signIn('district_admin', '500112');
    expect((await t.inject({ url: `/api/v1/export-runs/${run.id}/file`, headers: outsider })).statusCode).toBe(404);
    expect((await t.inject({ url: `/api/v1/export-schedules/${created.id}`, headers: outsider })).statusCode).toBe(404);
  });

  it('when a run fails, it is retried and the failure stays visible with its reason', async () => {
    const created = await schedule({ ...eventsEverySecond, name: '会失败的导出' });
    // The owner leaves: the run has no one to run as.
    await t.database.db.update(schema.users).set({ deletedAt: new Date() }).where(eq(schema.users.id, owner.userId));
    try {
      const failed = await until('a run that failed twice', async () =>
        (await runsOf(created.id, t.adminHeaders)).find((item) => item.status === 'failed' && item.attempts === 2),
      );
      expect(failed.error).toContain('owner');
      expect(failed.downloadUrl).toBeNull();
    } finally {
      await t.database.db.update(schema.users).set({ deletedAt: null }).where(eq(schema.users.id, owner.userId));
      await pause(created.id, t.adminHeaders);
    }
  });

  it('when a report is scheduled, the run produces the report file', async () => {
    const created = await schedule({
      name: '沙坪坝区科普统计表',
      cron: '* * * * * *',
      target: { kind: 'report', report: 'statistics-form', year: 2024, format: 'xlsx' },
    });
    const run = await until('a report run', async () => (await runsOf(created.id)).find((item) => item.status === 'succeeded'));
    await pause(created.id);
    expect(run.fileName).toBe('重庆市沙坪坝区2024年度科普统计表.xlsx');
    const file = await t.app.inject({ url: run.downloadUrl ?? '' });
    expect(readTable(file.rawPayload).rows[0]?.cells[0]).toContain('科普统计表');
    // A run queued before the pause may still be writing: compare once every run has finished.
    const finished = await until('every run finished', async () => {
      const runs = await runsOf(created.id);
      return runs.every((item) => item.status === 'succeeded' || item.status === 'failed') ? runs : undefined;
    });
    expect(await readdir(join(directory, 'runs', created.id))).toHaveLength(finished.filter((item) => item.status === 'succeeded').length);
  });

  it('when a process died mid-write, its half-written file is swept once it is older than a job can run', async () => {
    const partials = join(directory, '.partial');
    await mkdir(partials, { recursive: true });
    await writeFile(join(partials, 'stale'), 'half a file');
    await writeFile(join(partials, 'fresh'), 'still being written');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(partials, 'stale'), anHourAgo, anHourAgo);
    expect(await t.app.files.sweep(60_000)).toBe(1);
    const left = await readdir(partials);
    expect(left).toContain('fresh');
    expect(left).not.toContain('stale');
  });

  it('refuses bad schedules, naming the field', async () => {
    const cases: [object, number, string][] = [
      [{ ...eventsEverySecond, cron: 'every day at 8' }, 400, 'body.cron'],
      [{ ...eventsEverySecond, target: { ...eventsEverySecond.target, filters: { region: '500112' } } }, 403, 'body.target.filters.region'],
      [{ ...eventsEverySecond, target: { ...eventsEverySecond.target, filters: { colour: 'red' } } }, 400, 'body.target.filters.colour'],
      [{ ...eventsEverySecond, target: { ...eventsEverySecond.target, columns: ['title', 'secret'] } }, 400, 'body.target.columns'],
      [{ ...eventsEverySecond, target: { kind: 'report', report: 'statistics-form', region: '500112', format: 'xlsx' } }, 403, 'body.target.region'],
      [{ ...eventsEverySecond, target: { kind: 'report', report: 'statistics-form', format: 'pdf' } }, 400, 'body.target.format'],
      [{ ...eventsEverySecond, recipients: ['not an address'] }, 400, 'body.recipients.0'],
    ];
    for (const [body, status, field] of cases) {
      const response = await t.inject({ method: 'POST', url: '/api/v1/export-schedules', payload: body, headers: owner });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(status);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain(field);
    }
  });
});
