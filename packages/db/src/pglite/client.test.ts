import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFault } from '../faults.js';
import { WorkerPglite, type PgliteLimits } from './client.js';

// PGlite in its worker thread: the session lock, the statement and idle deadlines, and what a
// restart of the thread keeps. Each test gives the deadline it is about; the others are ample.

const ample: PgliteLimits = { statementMs: 60_000, acquireMs: 60_000, idleInTransactionMs: 60_000 };
/**
 * A deadline that `pg_sleep(600)` overruns but that the setup statements before it meet even on a
 * busy machine (1 s was missed under load in CI by a plain `create table`).
 */
const deadline = 5_000;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error & { code?: string },
  );
const count = async (client: WorkerPglite, table: string) =>
  (await client.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]?.n;

// One data directory, made once (initdb takes seconds) and opened by each test with its own limits.
describe('PGlite on a data directory', () => {
  let directory: string;
  let dataDir: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kepu-pglite-thread-'));
    dataDir = join(directory, 'pglite');
    await (await WorkerPglite.open({ dataDir }, ample)).close();
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('when a statement outlives its deadline, it fails with 57014, the thread reopens the data directory, committed rows are there and the cut-off transaction is not', async () => {
    const client = await WorkerPglite.open({ dataDir }, { ...ample, statementMs: deadline });
    await client.exec('create table kept (body text)');
    await client.query('insert into kept values ($1)', ['committed']);
    const cutOff = await failure(
      client.transaction(async (tx) => {
        await tx.query('insert into kept values ($1)', ['in the cut-off transaction']);
        await tx.query('select pg_sleep(600)');
      }),
    );
    expect(cutOff?.code).toBe('57014');
    expect(databaseFault(cutOff)).toBe('timeout');
    expect((await client.query<{ body: string }>('select body from kept')).rows).toEqual([{ body: 'committed' }]);
    await client.close();
  });

  it('when a statement is sent ahead behind a long one, it is withdrawn after the acquire timeout and never runs', async () => {
    const client = await WorkerPglite.open({ dataDir }, { ...ample, statementMs: deadline, acquireMs: 300 });
    await client.exec('create table withdrawn (body text)');
    const slow = failure(client.query('select pg_sleep(600)'));
    const order: string[] = [];
    const sentAhead = failure(client.query(`insert into withdrawn values ('sent ahead')`)).then((error) => {
      order.push('sent ahead given up');
      return error;
    });
    const cutOff = await slow;
    order.push('long statement cut off');
    expect(cutOff?.code).toBe('57014');
    expect(databaseFault(await sentAhead)).toBe('unavailable');
    expect(order).toEqual(['sent ahead given up', 'long statement cut off']);
    expect(await count(client, 'withdrawn')).toBe(0);
    await client.close();
  });

  it('when single statements run side by side, each gets its own answer', async () => {
    const client = await WorkerPglite.open({ dataDir }, ample);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => client.query<{ n: number }>('select $1::int as n', [index])));
    expect(answers.map((answer) => answer.rows[0]?.n)).toEqual(Array.from({ length: 20 }, (_, index) => index));
    await client.close();
  });

  it('when a transaction sends nothing for longer than the idle limit, it is rolled back, the session passes on, and its COMMIT fails with 25P03', async () => {
    const client = await WorkerPglite.open({ dataDir }, { ...ample, idleInTransactionMs: 300 });
    await client.exec('create table notes (body text)');
    let resumeIdle: () => void = () => undefined;
    const resumed = new Promise<void>((resolve) => (resumeIdle = resolve));
    const idle = failure(
      client.transaction(async (tx) => {
        await tx.query('insert into notes values ($1)', ['from an idle transaction']);
        await resumed;
      }),
    );
    // Runs only once the idle transaction has lost the session.
    expect(await count(client, 'notes')).toBe(0);
    resumeIdle();
    const error = await idle;
    expect(error?.code).toBe('25P03');
    expect(databaseFault(error)).toBe('timeout');
    expect(await count(client, 'notes')).toBe(0);
    await client.close();
  });

  it('when the session is held longer than a statement may wait for it, the waiting statement fails as unavailable', async () => {
    const client = await WorkerPglite.open({ dataDir }, { ...ample, acquireMs: 200 });
    let finish: () => void = () => undefined;
    const held = client.transaction(() => new Promise<void>((resolve) => (finish = resolve)));
    const waiting = await failure(client.query('select 1'));
    expect(databaseFault(waiting)).toBe('unavailable');
    finish();
    await held;
    expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await client.close();
  });
});

describe('PGlite in memory', () => {
  it('when a statement is cut off, the database is gone and every later call fails as unavailable', async () => {
    const client = await WorkerPglite.open({}, { ...ample, statementMs: deadline });
    expect((await failure(client.query('select pg_sleep(600)')))?.code).toBe('57014');
    expect(databaseFault(await failure(client.query('select 1')))).toBe('unavailable');
    await client.close();
  });

  it('when the caller parses a type, its parser runs on the rows in object and in array mode', async () => {
    const client = await WorkerPglite.open({}, ample);
    const parsers = { 1184: (value: string) => `raw:${value.slice(0, 4)}`, 23: (value: string) => Number(value) * 2 };
    const sql = `select timestamptz '2024-09-15 09:00+08' as at, 21 as n, null::int as none`;
    expect((await client.query(sql, [], { parsers })).rows).toEqual([{ at: 'raw:2024', n: 42, none: null }]);
    expect((await client.query(sql, [], { parsers, rowMode: 'array' })).rows).toEqual([['raw:2024', 42, null]]);
    await client.close();
  });
});

describe('the write count of PGlite in memory', () => {
  const statements = [
    'select count(*) from t',
    'select n from t order by n',
    'insert into t values (1)',
    'update t set n = n + 1',
    'delete from t where n > 1',
    'with added as (insert into t values (7) returning n) select n from added',
    'select add_one()',
    `select nextval('s')`,
    'create temporary table if not exists scratch (n int)',
    'set transaction read only',
  ];
  const call = fc.record({
    transaction: fc.boolean(),
    statements: fc.array(fc.constantFrom(...statements), { minLength: 1, maxLength: 4 }),
    rollBack: fc.boolean(),
  });
  // A sequence steps between its logged steps without a transaction ID, so it is left out: no answer reads one.
  const contents = async (client: WorkerPglite) => JSON.stringify((await client.query('select array_agg(n order by n) as rows from t')).rows);

  it('when calls of every kind run, any that changed what a read sees has moved the count by the time it answers, and reads never move it', async () => {
    const client = await WorkerPglite.open({}, ample);
    await client.exec(`create table t (n int); create sequence s;
      create function add_one() returns int language sql as 'insert into t values (1) returning n'`);
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 8 }), async (calls) => {
        for (const { transaction, statements: sqls, rollBack } of calls) {
          const countBefore = client.writeCount();
          const before = await contents(client);
          expect(client.writeCount()).toBe(countBefore);
          const run = async (session: { query(sql: string): Promise<unknown> }) => {
            for (const sql of sqls) await session.query(sql);
            if (rollBack) throw new Error('rolled back on purpose');
          };
          await failure(transaction ? client.transaction(run) : run(client));
          if (client.writeCount() === countBefore) expect(await contents(client)).toBe(before);
        }
      }),
      { numRuns: 40 },
    );
    const countBefore = client.writeCount();
    await Promise.all([
      client.query('select count(*) from t'),
      client.transaction(async (tx) => {
        await tx.query('select n from t');
        await tx.query('select count(*) from t');
      }),
      client.exec('select 1; select 2'),
    ]);
    expect(client.writeCount()).toBe(countBefore);
    await client.close();
  });
});
