import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { benchProfileDir } from '../src/env.js';
import { buildServer, replicaMemory, startReplica, stopReplica, type Replica } from '../test/replica.js';
import { benchOptions } from './options.js';
import { benchApiKey, seedBenchDatabase } from './seed.js';

// `pnpm bench export`: list exports streamed from the real API (CSV of up to 1,000,000 events, XLSX
// of up to 200,000), each at a quarter and at the full size, with rows/s and the server's peak
// memory; against a baseline in the same run: the same rows read through a cursor and discarded.

const databaseName = 'kepu_bench_export';

/**
 * A fresh API process per measurement, so its peak memory belongs to that export alone: the built
 * server (`node dist/server.js`, built from the sources as they are), as `npm start` and the image run it.
 */
export async function startBenchServer(url: string): Promise<Replica> {
  await buildServer();
  const profileDir = benchProfileDir();
  return startReplica(url, {}, 'compiled', profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The same rows the export writes, read through a cursor 2,000 at a time and dropped: the floor an export cannot beat. */
async function rawRead(url: string, from: string, to: string): Promise<{ rows: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  await client.query('begin isolation level repeatable read read only');
  await client.query(
    `declare raw no scroll cursor for select * from events where deleted_at is null and starts_at >= $1 and starts_at < $2 order by starts_at, id`,
    [`${from}T00:00:00+08:00`, `${to}T00:00:00+08:00`],
  );
  let rows = 0;
  for (;;) {
    const batch = await client.query('fetch 2000 from raw');
    rows += batch.rowCount ?? 0;
    if ((batch.rowCount ?? 0) < 2000) break;
  }
  await client.query('commit');
  await client.end();
  return { rows, seconds: (performance.now() - started) / 1000 };
}

/**
 * The same events' columns written by PostgreSQL's COPY and dropped: the floor the issue measures a
 * CSV export against (no labels, names or escaping, just the stored values).
 */
async function copyRead(url: string, from: string, to: string): Promise<{ bytes: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const copy = client.query(
    copyTo(
      `copy (select title, category, region_code, organiser_ids, starts_at, ends_at, mode, attendance, participants, status from events ` +
        `where deleted_at is null and starts_at >= '${from}T00:00:00+08:00' and starts_at < '${to}T00:00:00+08:00' order by starts_at, id) to stdout with (format csv)`,
    ),
  );
  let bytes = 0;
  for await (const chunk of copy) bytes += (chunk as Buffer).length;
  await client.end();
  return { bytes, seconds: (performance.now() - started) / 1000 };
}

/** Streams one export over HTTP, counting bytes and lines as they arrive without keeping them. */
async function download(server: Replica, authorization: string, query: string): Promise<{ bytes: number; lines: number; seconds: number }> {
  const started = performance.now();
  const response = await fetch(`${server.origin}/api/v1/events/export?${query}`, { headers: { authorization } });
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status} ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  }
  return { bytes, lines, seconds: (performance.now() - started) / 1000 };
}

const columns = 'title,category,regionCode,organiserIds,startsAt,endsAt,mode,attendance,participants,status';

async function measureExport(
  url: string,
  authorization: string,
  format: 'csv' | 'xlsx',
  label: string,
  from: string,
  to: string,
  expectedRows: number,
) {
  const baseline = await rawRead(url, from, to);
  const copied = format === 'csv' ? await copyRead(url, from, to) : undefined;
  const server = await startBenchServer(url);
  const idle = await replicaMemory(server);
  // `to` is inclusive in the list filter; the raw read takes the day after as its exclusive end.
  const inclusiveTo = new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const result = await download(server, authorization, `format=${format}&sort=startsAt&from=${from}&to=${inclusiveTo}&columns=${columns}`);
  const memory = await replicaMemory(server);
  await stopReplica(server);
  const rows = baseline.rows;
  console.log(
    `  ${format.toUpperCase().padEnd(4)} ${label.padEnd(8)} ${rows.toLocaleString().padStart(9)} rows ${result.seconds.toFixed(1).padStart(6)} s ` +
      `${Math.round(rows / result.seconds)
        .toLocaleString()
        .padStart(8)} rows/s ${mib(result.bytes).padStart(8)} ` +
      `peak RSS ${mib(memory.peakRss).padStart(8)} (idle ${mib(idle.rss)}, +${mib(memory.peakRss - idle.rss)})  raw cursor ${baseline.seconds.toFixed(1)} s → ${(result.seconds / baseline.seconds).toFixed(1)}×`,
  );
  if (copied)
    console.log(
      `       COPY … TO STDOUT of the same rows ${copied.seconds.toFixed(1)} s (${Math.round(rows / copied.seconds).toLocaleString()} rows/s) → export/COPY speed ratio ${(copied.seconds / result.seconds).toFixed(2)}`,
    );
  if (format === 'csv' && result.lines !== rows + 1) throw new Error(`the CSV has ${result.lines} lines for ${rows} rows`);
  if (Math.abs(rows - expectedRows) > expectedRows * 0.05) console.log(`    (asked for about ${expectedRows.toLocaleString()} rows)`);
}

export async function benchExport(args: string[]) {
  const options = benchOptions(args, { events: 1_000_000 });
  const { url } = await seedBenchDatabase(options.serverUrl, { name: databaseName, events: options.events, reuse: options.reuse });
  const authorization = await benchApiKey(url, ['events:read']);
  // The seeded events spread evenly over 2021–2025, so date ranges pick a share of them.
  console.log(`\nexports of GET /api/v1/events/export (${columns.split(',').length} columns), one fresh API process each:`);
  await measureExport(url, authorization, 'csv', 'quarter', '2021-01-01', '2022-04-01', options.events / 4);
  await measureExport(url, authorization, 'csv', 'full', '2021-01-01', '2026-01-01', options.events);
  await measureExport(url, authorization, 'xlsx', 'quarter', '2023-01-01', '2023-04-01', options.events / 20);
  await measureExport(url, authorization, 'xlsx', 'full', '2023-01-01', '2024-01-01', options.events / 5);
}
