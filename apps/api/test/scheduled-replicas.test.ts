import { schema } from '@kepu/db';
import { readTable } from '@kepu/sheets';
import { asc, eq } from 'drizzle-orm';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../src/env.js';
import { buildTestApp, type TestApp } from './app.js';
import { create, eventInput, organisationInput } from './fixtures.js';
import { startReplica, stopReplica, type Replica } from './replica.js';
import { until } from './until.js';

// Three API processes over one PostgreSQL, each with its own scheduler clock, run a schedule that
// fires every two seconds; one of them is killed in the middle of a run. Each occurrence must
// still produce exactly one run row and one file. PGlite is one process, so this runs on the
// PostgreSQL pass of the suite.

const { exportRuns, exportSchedules } = schema;
let t: TestApp;
let directory: string;
const replicas: Replica[] = [];

describe.runIf(testDatabaseUrl())('a schedule run by three API processes', () => {
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kepu-exactly-once-'));
    t = await buildTestApp({ exportsDirectory: directory });
    const organiser = await create(t, 'organisations', organisationInput());
    await create(t, 'events', eventInput(organiser.id, { title: '每两秒导出的活动' }));
  }, 60_000);

  afterAll(async () => {
    for (const replica of replicas) await stopReplica(replica);
    await t.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('when one process is killed mid-run, every occurrence still has one run row and one file', async () => {
    const owner = await t.signIn('district_admin', '500106');
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/export-schedules',
      headers: owner,
      payload: { name: '每两秒', cron: '*/2 * * * * *', target: { kind: 'list', entity: 'events', columns: ['title'], format: 'csv' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const scheduleId = created.json<{ id: string }>().id;

    const environment = {
      KEPU_SCHEDULER: 'true',
      EXPORTS_DIR: directory,
      SCHEDULER_TICK_MS: '200',
      JOB_EXPIRE_SECONDS: '3',
      JOB_SUPERVISE_SECONDS: '1',
      JOB_RETRY_DELAY_SECONDS: '0',
      KEPU_RUN_HOLD_MS: '1000',
    };
    replicas.push(...(await Promise.all([1, 2, 3].map(() => startReplica(t.database.url ?? '', environment)))));

    const runs = () => t.database.db.select().from(exportRuns).where(eq(exportRuns.scheduleId, scheduleId)).orderBy(asc(exportRuns.occurrence));
    const victim = await until('a run in progress', async () => (await runs()).find((run) => run.status === 'running' && run.worker), 60_000);
    const victimPid = Number(victim.worker?.split(':').pop());
    const killed = replicas.find((replica) => replica.process.pid === victimPid);
    expect(killed, `worker ${victim.worker} is one of the replicas`).toBeDefined();
    await stopReplica(killed as Replica, 'SIGKILL');

    // Let the two survivors run a few more occurrences, then stop the schedule and let the queue drain.
    await until(
      'six more finished runs',
      async () => ((await runs()).filter((run) => run.occurrence > victim.occurrence && run.status === 'succeeded').length >= 6 ? true : undefined),
      60_000,
    );
    await t.database.db.update(exportSchedules).set({ active: false }).where(eq(exportSchedules.id, scheduleId));
    const finished = await until(
      'every run finished',
      async () => {
        const all = await runs();
        return all.every((run) => run.status === 'succeeded') ? all : undefined;
      },
      60_000,
    );

    const retried = finished.find((run) => run.id === victim.id);
    expect(retried?.attempts).toBeGreaterThanOrEqual(2);
    expect(retried?.worker).not.toBe(victim.worker);

    // One row per occurrence, every two seconds without a gap: no occurrence skipped or doubled.
    const times = finished.map((run) => run.occurrence.getTime());
    expect(new Set(times).size).toBe(times.length);
    times.slice(1).forEach((time, index) => expect(time - (times[index] as number)).toBe(2000));

    // One file per occurrence, each a whole export.
    const files = (await readdir(join(directory, 'runs', scheduleId))).sort();
    expect(files).toEqual(finished.map((run) => run.storageKey?.split('/').pop()).sort());
    for (const file of files) {
      const rows = readTable(await readFile(join(directory, 'runs', scheduleId, file))).rows.map((row) => row.cells);
      expect(rows).toEqual([['活动名称'], ['每两秒导出的活动']]);
    }
  }, 180_000);
});
