import pg from 'pg';
import { replicaMemory, stopReplica, type Replica } from '../test/replica.js';
import { mib, startBenchServer } from './export.js';
import { benchOptions } from './options.js';
import { benchApiKey, seedBenchDatabase } from './seed.js';

// `pnpm bench import`: 100,000 events imported from CSV through the real API (dry run, commit, then
// the same file again, which must change nothing), with the server's peak memory; against a baseline
// in the same run: the same rows written by one INSERT … SELECT FROM unnest(…) through pg and rolled
// back, the floor an import cannot beat. The database holds 200,000 seeded events, so matching the
// file against stored records reads a realistic index.

const databaseName = 'kepu_bench_import';
const importRows = 100_000;
const titlePrefix = '导入活动 ';

interface Organiser {
  id: string;
  code: string;
  name: string;
}

/** The file's rows as fields: organised by each 镇街's 科协 seeded with the database, spread over 2025. */
function* benchEvents(organisers: Organiser[], count: number) {
  for (let index = 0; index < count; index += 1) {
    const organiser = organisers[index % organisers.length] as Organiser;
    const day = `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    yield { title: `${titlePrefix}${index}`, organiser, day, attendance: 100 + (index % 900), participants: 50 + (index % 50) };
  }
}

async function seededOrganisers(url: string): Promise<Organiser[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<Organiser>(
    `select id, region_code as code, name from organisations where type = 'township_association' and deleted_at is null order by region_code`,
  );
  await client.end();
  return rows;
}

/** The events in the import template's columns, as a clerk would save them from Excel. */
function importFile(organisers: Organiser[]): Buffer {
  const lines = ['活动名称,活动类型,行政区划,主办组织,开始时间,结束时间,活动形式,受众人次,受众人数'];
  for (const { title, organiser, day, attendance, participants } of benchEvents(organisers, importRows)) {
    lines.push(`${title},讲座,${organiser.code},${organiser.name},${day} 09:00,${day} 11:00,线下,${attendance},${participants}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** The same rows in one INSERT through pg, with the triggers an import's writes fire too, rolled back. */
async function rawInsert(url: string, organisers: Organiser[]): Promise<number> {
  const rows = [...benchEvents(organisers, importRows)];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  await client.query('begin');
  await client.query(
    `insert into events (title, category, region_code, organiser_ids, starts_at, ends_at, mode, attendance, participants)
     select title, 'lecture', code, array[organiser], (day || ' 09:00+08')::timestamptz, (day || ' 11:00+08')::timestamptz, 'offline', attendance, participants
     from unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::int[], $6::int[]) as r(title, code, organiser, day, attendance, participants)`,
    [
      rows.map((row) => row.title),
      rows.map((row) => row.organiser.code),
      rows.map((row) => row.organiser.id),
      rows.map((row) => row.day),
      rows.map((row) => row.attendance),
      rows.map((row) => row.participants),
    ],
  );
  const seconds = (performance.now() - started) / 1000;
  await client.query('rollback');
  await client.end();
  return seconds;
}

async function timedPost<T>(server: Replica, authorization: string, path: string, body?: Buffer): Promise<{ body: T; seconds: number }> {
  const started = performance.now();
  const response = await fetch(`${server.origin}${path}`, {
    method: 'POST',
    headers: { authorization, ...(body ? { 'content-type': 'text/csv' } : {}) },
    ...(body ? { body } : {}),
  });
  const parsed = (await response.json()) as T;
  if (!response.ok) throw new Error(`${path} failed: ${response.status} ${JSON.stringify(parsed).slice(0, 500)}`);
  return { body: parsed, seconds: (performance.now() - started) / 1000 };
}

type Checked = { id: string; summary: { rows: number; create: number; update: number; unchanged: number; error: number; problems: unknown[] } };

export async function benchImport(args: string[]) {
  const options = benchOptions(args, { events: 200_000 });
  const { url } = await seedBenchDatabase(options.serverUrl, { name: databaseName, events: options.events, reuse: options.reuse });
  const cleanup = new pg.Client({ connectionString: url });
  await cleanup.connect();
  await cleanup.query(`delete from events where title like '${titlePrefix}%'`);
  // As autovacuum would in time: an earlier run's rows, deleted, would otherwise still sit in the natural-key index under the same keys.
  await cleanup.query('vacuum analyze events');
  await cleanup.end();
  const authorization = await benchApiKey(url, ['events:read', 'events:write']);
  const organisers = await seededOrganisers(url);
  const file = importFile(organisers);

  console.log(
    `\nimport of ${importRows.toLocaleString()} events from CSV (${mib(file.length)}) beside ${options.events.toLocaleString()} stored ones:`,
  );
  const floor = await rawInsert(url, organisers);
  console.log(`  baseline: the same rows in one INSERT … FROM unnest through pg ${floor.toFixed(1)} s`);
  const server = await startBenchServer(url);
  const idle = await replicaMemory(server);
  for (const pass of ['first import', 'same file again']) {
    const checked = await timedPost<Checked>(server, authorization, '/api/v1/imports?entity=events&fileName=bench.csv', file);
    const afterCheck = await replicaMemory(server);
    console.log(`  (after the dry run: RSS ${mib(afterCheck.rss)}, peak ${mib(afterCheck.peakRss)})`);
    const committed = await timedPost<Checked>(server, authorization, `/api/v1/imports/${checked.body.id}/commit`);
    const { summary } = committed.body;
    if (summary.error > 0) throw new Error(`the import found problems: ${JSON.stringify(summary.problems.slice(0, 3))}`);
    const seconds = checked.seconds + committed.seconds;
    const memory = await replicaMemory(server);
    console.log(
      `  ${pass.padEnd(16)} dry run ${checked.seconds.toFixed(1)} s, commit ${committed.seconds.toFixed(1)} s ` +
        `→ ${Math.round(importRows / seconds).toLocaleString()} rows/s, ${(seconds / floor).toFixed(1)}× the baseline; ` +
        `created ${summary.create.toLocaleString()}, unchanged ${summary.unchanged.toLocaleString()}; server peak RSS so far ${mib(memory.peakRss)}`,
    );
  }
  console.log(`  import server idle RSS ${mib(idle.rss)}`);
  await stopReplica(server);
}
