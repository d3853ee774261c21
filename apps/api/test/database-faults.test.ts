import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseFault, openDatabase, type DatabaseHandle } from '@kepu/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { testDatabaseUrl } from '../src/env.js';
import { insertUser } from '../src/users/queries.js';
import { listen, testPassword } from './app.js';
import { clusterBinaries, createCluster, type Cluster } from './postgres-cluster.js';
import { startReplica, stopReplica } from './replica.js';
import { until } from './until.js';

// Database faults (issue 11): while the database is away or slow the API answers 503 problem+json
// with Retry-After (never a 500, never a hang) and recovers on its own. The PostgreSQL tests bring
// their own cluster, which they stop and restart, so they run once, on the DATABASE_URL pass of the
// suite; the PGlite test runs on the PGlite pass.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  type: string;
  retryAfter: string | null;
  /** Idempotent-Replayed: the stored answer of an earlier attempt that had committed. */
  replayed: boolean;
  body: { code?: string; database?: { reachable: boolean } } & Record<string, unknown>;
  ms: number;
  at: number;
}

/** One HTTP exchange with its status, media type, problem code and how long it took; a connection error is status 0. */
async function ask(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    const body = (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as Answer['body']) : {};
    const { headers } = response;
    return {
      status: response.status,
      type: headers.get('content-type') ?? '',
      retryAfter: headers.get('retry-after'),
      replayed: headers.get('idempotent-replayed') === 'true',
      body,
      ms: Date.now() - started,
      at: Date.now(),
    };
  } catch {
    return { status: 0, type: '', retryAfter: null, replayed: false, body: {}, ms: Date.now() - started, at: Date.now() };
  }
}

interface Session {
  cookie: string;
  csrfToken: string;
}

async function signIn(origin: string, username: string): Promise<Session> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: testPassword }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return {
    cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken,
  };
}

const headersOf = (session: Session) => ({ cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' });

/** Asks /api/health every 200 ms until stopped, keeping every answer. */
function watchHealth(origin: string) {
  const answers: Answer[] = [];
  let stopped = false;
  const watching = (async () => {
    while (!stopped) {
      answers.push(await ask(`${origin}/api/health`));
      await sleep(200);
    }
  })();
  return {
    answers,
    async stop() {
      stopped = true;
      await watching;
    },
  };
}

/** "200 ×41, 503 database.unavailable ×9": answers counted by status and problem code. */
function tally(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    const key = `${answer.status}${answer.body.code ? ` ${answer.body.code}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} ×${count}`).join(', ');
}

interface Write {
  marker: string;
  at: number;
  replayed: boolean;
}

/**
 * `count` clients that post organisations and events one after another, each under its own
 * Idempotency-Key, and retry the same key after a 503 until the API acknowledges it, as a careful
 * client would. Every record's name or title is a unique marker, so the rows can be counted after.
 */
function startWriters(origin: string, session: Session, organiserId: string, count: number) {
  const acknowledged: Write[] = [];
  const attempts: Answer[] = [];
  const unexpected: string[] = [];
  let stopping = false;
  const request = (marker: string, index: number) =>
    index % 2 === 0
      ? { url: '/api/v1/organisations', body: { name: marker, type: 'society', regionCode: '500112' } }
      : {
          url: '/api/v1/events',
          body: {
            title: marker,
            category: 'national_science_day',
            regionCode: '500112',
            organiserIds: [organiserId],
            startsAt: '2024-09-15T09:00:00+08:00',
            endsAt: '2024-09-15T17:00:00+08:00',
            mode: 'offline',
            attendance: 100,
            participants: 80,
            status: 'completed',
          },
        };
  const writer = async (name: number) => {
    for (let index = 0; !stopping; index += 1) {
      const marker = `故障写入-${name}-${index}`;
      const { url, body } = request(marker, index);
      for (;;) {
        const answer = await ask(`${origin}${url}`, {
          method: 'POST',
          headers: { ...headersOf(session), 'idempotency-key': `fault-write-${name}-${index}` },
          body: JSON.stringify(body),
        });
        attempts.push(answer);
        if (answer.status === 201) {
          acknowledged.push({ marker, at: answer.at, replayed: answer.replayed });
          break;
        }
        if (answer.status !== 503) unexpected.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
        if (answer.status >= 400 && answer.status < 500) break;
        await sleep(100);
      }
    }
  };
  const writing = Array.from({ length: count }, (_, name) => writer(name));
  return {
    acknowledged,
    /** Every POST with its answer, retries included. */
    attempts,
    /** Answers other than 201 and 503: each one is a bug. */
    unexpected,
    /** Lets each writer finish the write it is on (acknowledged), then resolves. */
    async stop() {
      stopping = true;
      await Promise.all(writing);
    },
  };
}

describe.runIf(testDatabaseUrl() && clusterBinaries)('a private PostgreSQL cluster under the API', () => {
  const admin = 'fault-admin';
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await createCluster();
  }, 60_000);
  afterAll(async () => {
    await cluster?.remove();
  });

  const replicaEnvironment = {
    KEPU_ADMIN_USERNAME: admin,
    KEPU_ADMIN_PASSWORD: testPassword,
    // Every 503 is logged as a warning; hundreds of them would bury the test's own output.
    LOG_LEVEL: 'error',
    // The writers below send far more than one person would; the per-caller limit is not under test here.
    RATE_LIMIT_PER_MINUTE: '1000000',
  };

  it('when PostgreSQL restarts under write load, every acknowledged write is there exactly once, health said 503 meanwhile, and the API serves again on its own', async () => {
    // The server process itself migrates the new cluster and creates the administrator, as in production.
    const replica = await startReplica(cluster.url, { ...replicaEnvironment, DATABASE_ACQUIRE_TIMEOUT_MS: '2000' });
    const { origin } = replica;
    try {
      const session = await signIn(origin, admin);
      const organiser = await ask(`${origin}/api/v1/organisations`, {
        method: 'POST',
        headers: headersOf(session),
        body: JSON.stringify({ name: '故障测试主办方', type: 'society', regionCode: '500112' }),
      });
      expect(organiser.status).toBe(201);
      const organiserId = String(organiser.body.id);

      const health = watchHealth(origin);
      const load = startWriters(origin, session, organiserId, 4);
      const { acknowledged, attempts, unexpected } = load;
      await until('writes before the first restart', () => Promise.resolve(acknowledged.length >= 20 ? true : undefined));

      const disruptions: [string, () => Promise<void>][] = [
        ['pg_ctl restart -m fast', () => cluster.restart('fast')],
        [
          'pg_ctl stop -m fast, 3 s down, start',
          async () => {
            await cluster.stop('fast');
            await sleep(3_000);
            await cluster.start();
          },
        ],
        ['pg_ctl restart -m immediate (a crash: WAL replay)', () => cluster.restart('immediate')],
      ];
      const recoveries: string[] = [];
      const alive = () => {
        if (replica.process.exitCode !== null || replica.process.signalCode !== null) throw new Error('the API process exited');
      };
      for (const [name, disrupt] of disruptions) {
        const began = Date.now();
        await disrupt();
        const serverBack = Date.now();
        const firstWrite = await until(
          `a write after ${name}`,
          () => {
            alive();
            return Promise.resolve(acknowledged.find((write) => write.at > serverBack));
          },
          30_000,
        );
        const firstHealthy = await until(
          `health after ${name}`,
          () => Promise.resolve(health.answers.find((answer) => answer.at > serverBack && answer.status === 200)),
          30_000,
        );
        recoveries.push(
          `${name}: server away for ${serverBack - began} ms; then first acknowledged write after ${firstWrite.at - serverBack} ms, health 200 after ${firstHealthy.at - serverBack} ms`,
        );
        await until('writes between restarts', () =>
          Promise.resolve(acknowledged.filter((write) => write.at > serverBack).length >= 20 ? true : undefined),
        );
      }
      await load.stop();
      await health.stop();

      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      const { rows } = await client.query<{ marker: string; copies: number }>(
        `select name as marker, count(*)::int as copies from organisations where name like '故障写入-%' group by name
         union all
         select title, count(*)::int from events where title like '故障写入-%' group by title`,
      );
      await client.end();
      const present = new Map(rows.map((row) => [row.marker, row.copies]));
      const failedAttempts = attempts.filter((answer) => answer.status === 503);
      const down = health.answers.filter((answer) => answer.status === 503);

      console.log(
        [
          `PostgreSQL restarts under write load (4 writers, ${attempts.length} POSTs, ${failedAttempts.length} answered 503 and were retried with the same key):`,
          `  writes acknowledged ${acknowledged.length} (${acknowledged.filter((write) => write.replayed).length} by replaying a commit whose answer was lost), rows present ${rows.length}, rows duplicated ${rows.filter((row) => row.copies > 1).length}, acknowledged but missing ${acknowledged.filter((write) => present.get(write.marker) !== 1).length}`,
          ...recoveries.map((line) => `  ${line}`),
          `  /api/health meanwhile (${health.answers.length} asks, slowest ${Math.max(...health.answers.map((answer) => answer.ms))} ms): ${tally(health.answers)}`,
          `  a 503 from health: ${down[0] ? `${down[0].type}, Retry-After ${down[0].retryAfter}, ${JSON.stringify(down[0].body)}` : 'none'}`,
          `  POSTs answered 503 by code: ${tally(failedAttempts)}`,
        ].join('\n'),
      );

      expect(unexpected).toEqual([]);
      expect(acknowledged.every((write) => present.get(write.marker) === 1)).toBe(true);
      expect(rows.every((row) => row.copies === 1)).toBe(true);
      expect(rows.length).toBe(acknowledged.length);
      expect(down.length).toBeGreaterThan(0);
      for (const answer of down) {
        expect(answer.type).toContain('application/problem+json');
        expect(answer.body).toMatchObject({
          status: 503,
          code: expect.stringMatching(/^database\.(unavailable|timeout)$/) as unknown,
          database: { reachable: false, driver: 'postgres' },
        });
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }
      expect(health.answers.every((answer) => answer.status === 200 || answer.status === 503)).toBe(true);
      expect(Math.max(...health.answers.map((answer) => answer.ms))).toBeLessThan(5_000);
      expect(replica.process.exitCode).toBeNull();
    } finally {
      await stopReplica(replica);
    }
  }, 240_000);

  it('when every pooled connection waits on a locked table, health answers 200 at once, sign-in answers 503 within seconds, and the waiting statements are cut off with 503 database.timeout', async () => {
    const replica = await startReplica(cluster.url, {
      ...replicaEnvironment,
      DATABASE_POOL_SIZE: '2',
      DATABASE_STATEMENT_TIMEOUT_MS: '2000',
      DATABASE_ACQUIRE_TIMEOUT_MS: '1000',
    });
    const { origin } = replica;
    const login = () =>
      ask(`${origin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: admin, password: testPassword }),
      });
    try {
      const session = await signIn(origin, admin);
      // Every signed-in request reads its session: with the table locked from outside, each one
      // holds a pooled connection until statement_timeout ends its wait.
      const locker = new pg.Client({ connectionString: cluster.url });
      await locker.connect();
      await locker.query('begin');
      await locker.query('lock table sessions in access exclusive mode');
      let answers: Answer[];
      let health: Answer;
      let signingIn: Answer;
      try {
        const held = Array.from({ length: 4 }, () =>
          ask(`${origin}/api/v1/auth/me`, { headers: { cookie: session.cookie, 'accept-language': 'en' } }),
        );
        await sleep(300);
        [health, signingIn] = await Promise.all([ask(`${origin}/api/health`), login()]);
        answers = await Promise.all(held);
      } finally {
        await locker.query('rollback');
        await locker.end();
      }
      console.log(
        `Pool of 2 held by statements waiting on a lock (statement_timeout 2 s, acquire timeout 1 s): health ${health.status} in ${health.ms} ms; ` +
          `sign-in ${signingIn.status} ${signingIn.body.code ?? ''} in ${signingIn.ms} ms; the held requests: ${answers.map((answer) => `${answer.status} ${answer.body.code ?? ''} in ${answer.ms} ms`).join('; ')}`,
      );
      expect(health.status).toBe(200);
      expect(health.ms).toBeLessThan(5_000);
      expect(signingIn.status).toBe(503);
      expect(signingIn.ms).toBeLessThan(5_000);
      expect(signingIn.type).toContain('application/problem+json');
      expect(signingIn.body.code).toMatch(/^database\.(unavailable|timeout)$/);
      expect(
        answers.every((answer) => answer.status === 503 && answer.type.includes('application/problem+json') && Number(answer.retryAfter) > 0),
      ).toBe(true);
      expect(answers.map((answer) => answer.body.code)).toContain('database.timeout');
      expect(answers.find((answer) => answer.body.code === 'database.timeout')?.body.title).toMatch(/took too long/);
      expect((await login()).status).toBe(200);
    } finally {
      await stopReplica(replica);
    }
  }, 120_000);
});

describe.runIf(!testDatabaseUrl())('PGlite with a statement that would run for ten minutes', () => {
  let directory: string;
  let database: DatabaseHandle;
  let app: App;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kepu-pglite-faults-'));
    // A data directory, not memory: only a database on disk can be reopened after its thread is stopped.
    const template = inject('templateDatabase');
    if (template.driver !== 'pglite') throw new Error('the PGlite pass provides a PGlite template');
    database = await openDatabase({
      dataDir: join(directory, 'pglite'),
      loadDataDir: new Blob([await readFile(template.file)]),
      timeouts: { statementMs: 6_000, acquireMs: 1_000 },
    });
    app = await buildApp({ database });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('when a statement runs past its deadline, the process answers meanwhile, the statement is cut off with a timeout, and committed data survives the restart of its thread', async () => {
    const origin = await listen(app);
    const username = `pglite-fault-${process.pid}`;
    await insertUser(database.db, { username, displayName: '故障测试', role: 'city_admin', scopeRegionCode: '500000', password: testPassword });
    const session = await signIn(origin, username);
    const committed = await ask(`${origin}/api/v1/organisations`, {
      method: 'POST',
      headers: headersOf(session),
      body: JSON.stringify({ name: '重启后仍在的学会', type: 'society', regionCode: '500112' }),
    });
    expect(committed.status).toBe(201);

    const order: string[] = [];
    const slow = database.db.execute(sql`select pg_sleep(600)`).then(
      () => undefined,
      (error: unknown) => {
        order.push('statement cut off');
        // drizzle wraps the driver's error: what PGlite's thread raised is its cause.
        return (error as { cause?: Error & { code?: string } }).cause;
      },
    );
    const [documentation, list, health] = await Promise.all([
      ask(`${origin}/api/openapi.json`),
      ask(`${origin}/api/v1/organisations`, { headers: { cookie: session.cookie } }),
      ask(`${origin}/api/health`),
    ]);
    order.push('requests answered');
    const cutOff = await slow;
    console.log(
      `PGlite busy with pg_sleep(600) (statement deadline 6 s, session wait 1 s): openapi.json ${documentation.status} in ${documentation.ms} ms; ` +
        `a list ${list.status} ${list.body.code ?? ''} in ${list.ms} ms; health ${health.status} ${health.body.code ?? ''} in ${health.ms} ms; the statement: ${cutOff?.message ?? 'finished'}`,
    );

    expect(order).toEqual(['requests answered', 'statement cut off']);
    expect(documentation.status).toBe(200);
    for (const answer of [list, health]) {
      expect(answer.status).toBe(503);
      expect(answer.type).toContain('application/problem+json');
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    expect(list.body.code).toBe('database.unavailable');
    expect(health.body).toMatchObject({ code: expect.stringMatching(/^database\./) as unknown, database: { reachable: false, driver: 'pglite' } });
    expect(cutOff?.code).toBe('57014');
    expect(databaseFault(cutOff)).toBe('timeout');

    const afterwards = await ask(`${origin}/api/v1/organisations?q=${encodeURIComponent('重启后仍在的学会')}`, {
      headers: { cookie: session.cookie },
    });
    expect(afterwards.body.total).toBe(1);
    expect((await ask(`${origin}/api/health`)).status).toBe(200);
  }, 60_000);
});
