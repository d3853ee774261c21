import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { openDatabase } from '@kepu/db';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '../src/database.js';
import { benchProfileDir } from '../src/env.js';
import { loadDemoData } from '../src/demo/load.js';
import autocannon from 'autocannon';
import { buildApp } from '../src/app.js';
import { benchOptions, benchRateLimits } from './options.js';
import { benchApiKey, seedBenchDatabase } from './seed.js';

const path = '/api/v1/events?region=500112&pageSize=20';

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * The SQL the real route runs for `path`, captured from the app itself, so the baseline runs the
 * very same statements: the API key lookup, then the page and the count. (The key's last-use
 * stamp is written at most once a minute, so it is left out.)
 */
async function captureStatements(url: string, authorization: string) {
  const statements: { query: string; params: unknown[] }[] = [];
  const database = await openDatabase({ url, poolSize: 2, onQuery: (query, params) => statements.push({ query, params }) });
  // Rate-limit counts are settled once a second, not per request: keep that statement out of the capture.
  const app = await buildApp({ database, rateLimits: { ...benchRateLimits, syncIntervalMs: 3_600_000 } });
  await app.inject({ url: path, headers: { authorization } });
  statements.length = 0;
  const response = await app.inject({ url: path, headers: { authorization } });
  await app.close();
  await database.close();
  if (response.statusCode !== 200) throw new Error(`the app answered ${response.statusCode}: ${response.body}`);
  const rows = response.json<{ items: unknown[]; total: number }>();
  return { statements, rows: rows.items.length, total: rows.total };
}

async function startServer(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const profileDir = benchProfileDir();
  const child = fork(new URL('./list-server.ts', import.meta.url), args, {
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, args[0] ?? 'server')}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { child, port: message.port };
}

async function measure(url: string, options: { seconds: number; connections: number; authorization: string }): Promise<Measured> {
  const common = { url, connections: options.connections, headers: { authorization: options.authorization } };
  await autocannon({ ...common, duration: 2 }); // warm-up: JIT, pool, plan cache
  const result = await autocannon({ ...common, duration: options.seconds });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function run(label: string, args: string[], route: string, options: { seconds: number; connections: number; authorization: string }) {
  const { child, port } = await startServer(args);
  try {
    const measured = await measure(`http://127.0.0.1:${port}${route}`, options);
    console.log(
      `${label.padEnd(28)} ${measured.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${measured.p50} ms   p99 ${measured.p99} ms   errors ${measured.errors}`,
    );
    return measured;
  } finally {
    child.kill();
    await once(child, 'exit');
  }
}

export async function benchEventList(args: string[]) {
  const options = benchOptions(args, { events: 200_000 });
  const { url, authorization } = await seedBenchDatabase(options.serverUrl, {
    name: 'kepu_bench_events',
    events: options.events,
    reuse: options.reuse,
  });
  const captured = await captureStatements(url, authorization);
  console.log(
    `GET ${path}: ${captured.rows} rows of ${captured.total.toLocaleString()} in 渝北区; ${captured.statements.length} SQL statements per request`,
  );
  console.log(`autocannon: ${options.connections} connections, ${options.seconds} s per side, servers in child processes\n`);
  const bare = await run('bare Fastify + pg (baseline)', ['bare', url, JSON.stringify(captured.statements)], '/bare', { ...options, authorization });
  const kepu = await run('Kepu API', ['kepu', url], path, { ...options, authorization });
  console.log(`\nratio Kepu / baseline: ${(kepu.requestsPerSecond / bare.requestsPerSecond).toFixed(2)} (target ≥ 0.90)`);

  // What `npm start` runs: the embedded PGlite in a new DATA_DIR with the demo data, asked the same page;
  // first as it is after every write (nothing kept), then as it is between writes.
  const dataDir = await mkdtemp(join(tmpdir(), 'kepu-bench-embedded-'));
  try {
    const embeddedAuthorization = await embeddedDemoDatabase(dataDir);
    console.log('');
    const embeddedOptions = { ...options, authorization: embeddedAuthorization };
    const afresh = await run('embedded, nothing kept', ['embedded-afresh', dataDir], path, embeddedOptions);
    const embedded = await run('Kepu API, embedded PGlite', ['embedded', dataDir], path, embeddedOptions);
    console.log(
      `embedded PGlite with the demo data: ${embedded.requestsPerSecond.toFixed(0)} req/s (target ≥ 1,500), ` +
        `${(embedded.requestsPerSecond / afresh.requestsPerSecond).toFixed(1)}× the same app computing every page and credential`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Prepares `dataDir` as a first `npm start` does (migrated, regions, demo data) and returns a city-wide read key's header. */
async function embeddedDemoDatabase(dataDir: string): Promise<string> {
  const handle = await openDatabase({ dataDir });
  await prepareDatabase(handle);
  await loadDemoData(handle.db);
  await handle.close();
  return benchApiKey({ dataDir });
}
