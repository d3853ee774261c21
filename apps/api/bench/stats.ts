import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import pg from 'pg';
import { databaseUrlFor } from '@kepu/db';
import { benchOptions } from './options.js';
import { benchApiKey, createBenchDatabase, dictionaryPick } from './seed.js';

// `pnpm bench stats`: the dashboard's stats endpoints over a city-sized database, against the same
// figures computed by GROUP BY over the base tables, both at the same concurrency in the same run.

const databaseName = 'kepu_bench_stats';
const period = { from: '2024-01-01', to: '2024-12-31' };
const district = '500112';

const places = `places as (select code, row_number() over (order by code) - 1 as n from regions where level in ('township', 'village')),
  total as (select count(*) as n from places)`;

async function timed<T>(label: string, task: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await task();
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${label.padEnd(58)} ${seconds.toFixed(1).padStart(6)} s`);
  return seconds;
}

/** Rows spread over every 镇街 and 村/社区; events over 2021–2025, most of them completed. */
async function seed(client: pg.Client, options: ReturnType<typeof benchOptions>) {
  console.log('seeding (rollups maintained by the triggers as rows go in):');
  await timed(`${options.organisations.toLocaleString()} organisations`, () =>
    client.query(
      `with ${places}
       insert into organisations (name, type, region_code, member_count, volunteer_count)
       select '组织 ' || g, ${dictionaryPick('organisation_type', 10)}, p.code, (g % 50)::int, (g % 120)::int
       from generate_series(1, $1::bigint) g cross join total join places p on p.n = (g * 7919) % total.n`,
      [options.organisations],
    ),
  );
  await timed(`${options.venues.toLocaleString()} venues`, () =>
    client.query(
      `with ${places}
       insert into venues (name, type, region_code, status)
       select '阵地 ' || g, ${dictionaryPick('venue_type', 12)}, p.code,
         (case g % 10 when 0 then 'closed' when 1 then 'under_construction' else 'open' end)::venue_status
       from generate_series(1, $1::bigint) g cross join total join places p on p.n = (g * 104729) % total.n`,
      [options.venues],
    ),
  );
  await timed('designations of every 20th venue', () =>
    client.query(`
      insert into designations (name, kind, level, granted_by, subject_type, region_code, venue_id, valid_from, valid_to)
      select '科普教育基地', 'education_base', (enum_range(null::honour_level))[1 + (n % 3)::int], '测试', 'venue', region_code, id,
        '2020-01-01', case when (n / 20) % 4 = 0 then date '2023-12-31' end
      from (select id, region_code, row_number() over (order by id) as n from venues) v where n % 20 = 0`),
  );
  await timed('常住人口 of the city and every district, 2023 and 2024', () =>
    client.query(`
      insert into indicators (region_code, year, kind, value, source, level)
      select code, year, 'resident_population', 400000 + (hashtext(code) & 1048575), 'bench', 'district'
      from regions cross join (values (2023), (2024)) as years (year) where level in ('city', 'district')`),
  );
  const chunk = 100_000;
  const eventSeconds = await timed(`${options.events.toLocaleString()} events, ${chunk.toLocaleString()} per statement`, async () => {
    for (let first = 1; first <= options.events; first += chunk) {
      await client.query(
        `with ${places}
         insert into events (title, category, region_code, organiser_ids, starts_at, ends_at, mode, audience_groups, attendance, participants, online_views, volunteers, status)
         select '科普活动 ' || g, ${dictionaryPick('event_category', 13)}, p.code, array['00000000-0000-4000-8000-000000000000'::uuid],
           s.start_at, s.start_at + interval '2 hours', (enum_range(null::event_mode))[1 + (g % 3)::int],
           array[(enum_range(null::audience_group))[1 + (g % 7)::int]], (50 + g % 950)::int, (20 + g % 30)::int, (g % 500)::int, (g % 20)::int,
           (case g % 20 when 0 then 'cancelled' when 1 then 'planned' else 'completed' end)::event_status
         from generate_series($1::bigint, $2::bigint) g cross join total join places p on p.n = (g * 7919) % total.n
         cross join lateral (select timestamptz '2021-01-01 00:00+08' + ((g * 104729) % (5 * 365 * 24)) * interval '1 hour' as start_at) s`,
        [first, Math.min(first + chunk - 1, options.events)],
      );
    }
  });
  console.log(`  (${Math.round(options.events / eventSeconds).toLocaleString()} events/s including rollup maintenance)`);
  await client.query('vacuum analyze');
}

/** What keeping the rollups costs: a full rebuild, and each write with and without the triggers (rolled back). */
async function rollupCosts(client: pg.Client) {
  console.log('\nrollup maintenance:');
  const rebuild = await timed('full rebuild, kepu_stats_rebuild() (drift repair only)', () => client.query('select kepu_stats_rebuild()'));
  await client.query('vacuum analyze');
  const singleInserts = async (withTriggers: boolean) => {
    await client.query('begin');
    if (!withTriggers) await client.query('alter table events disable trigger user');
    const rounds = 500;
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) {
      await client.query(
        `insert into events (title, category, region_code, organiser_ids, starts_at, ends_at, mode, audience_groups, attendance, status)
         values ('单条写入', 'lecture', '500112012001', array['00000000-0000-4000-8000-000000000000'::uuid], $1, $1::timestamptz + interval '1 hour', 'offline', '{youth,elderly}', 100, 'completed')`,
        [new Date(Date.UTC(2024, round % 12, 1 + (round % 28), 2))],
      );
    }
    const perWrite = (performance.now() - started) / rounds;
    await client.query('rollback');
    return perWrite;
  };
  const bare = await singleInserts(false);
  const kept = await singleInserts(true);
  console.log(`  one event insert without triggers (baseline)                ${bare.toFixed(2).padStart(6)} ms`);
  console.log(
    `  one event insert with rollups kept                          ${kept.toFixed(2).padStart(6)} ms  (+${(kept - bare).toFixed(2)} ms, ratio ${(kept / bare).toFixed(2)})`,
  );
  return { rebuild, bare, kept };
}

async function sizes(client: pg.Client) {
  const { rows } = await client.query<{ name: string; rows: string; size: string }>(`
    select relname as name, n_live_tup::text as rows, pg_size_pretty(pg_total_relation_size(relid)) as size
    from pg_stat_user_tables
    where relname in ('organisations', 'venues', 'events', 'designations', 'stats_event_buckets', 'stats_audience_buckets', 'stats_region_months', 'stats_organisation_counts', 'stats_venue_counts', 'stats_venue_honour_spans', 'stats_designated_venues')
    order by relname`);
  console.log('\ndata sizes:');
  for (const row of rows) console.log(`  ${row.name.padEnd(28)} ${Number(row.rows).toLocaleString().padStart(11)} rows  ${row.size.padStart(8)}`);
}

interface Latencies {
  p50: number;
  p95: number;
  perSecond: number;
  samples: number;
}

/** `connections` clients each sending the next request as soon as the last answered, for `seconds`. */
async function closedLoop(task: () => Promise<void>, connections: number, seconds: number): Promise<Latencies> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        await task();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), perSecond: latencies.length / seconds, samples: latencies.length };
}

/** The same figures from the base tables, as an app without rollups would compute them. */
function rawQueries(region: string, kind: 'overview' | 'breakdown'): { sql: string; params: unknown[] }[] {
  const pattern = region === '500000' ? '50%' : `${region}%`;
  const childLength = region === '500000' ? 6 : 9;
  const range = [`${period.from}T00:00:00+08:00`, `${period.to}T24:00:00+08:00`];
  const key = kind === 'overview' ? 'type' : `left(region_code, ${childLength})`;
  const live = 'deleted_at is null and region_code like $1';
  const queries = [
    { sql: `select ${key} as key, count(*), sum(member_count), sum(volunteer_count) from organisations where ${live} group by 1`, params: [pattern] },
    {
      sql:
        kind === 'overview'
          ? `select type, status, count(*) from venues where ${live} group by 1, 2`
          : `select ${key} as key, count(*) from venues where ${live} and status = 'open' group by 1`,
      params: [pattern],
    },
    {
      sql: `select ${kind === 'overview' ? "''" : key} as key, count(*), sum(attendance), sum(coalesce(participants, 0)), sum(online_views), sum(volunteers)
            from events where ${live} and status = 'completed' and starts_at >= $2 and starts_at < $3 group by 1`,
      params: [pattern, ...range],
    },
  ];
  if (kind === 'breakdown') return queries;
  return [
    ...queries,
    {
      sql: `select d.level, count(distinct d.venue_id) from designations d join venues v on v.id = d.venue_id
            where d.deleted_at is null and d.subject_type = 'venue' and d.region_code like $1 and d.valid_from <= $2::date
              and (d.valid_to is null or d.valid_to >= $2::date) and v.deleted_at is null and v.status = 'open' group by 1`,
      params: [pattern, period.to],
    },
    { sql: `select kind, value, year from indicators where deleted_at is null and region_code = $1 and year <= 2024`, params: [region] },
  ];
}

async function startApi(url: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(new URL('./list-server.ts', import.meta.url), ['kepu', url], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { child, port: message.port };
}

/** Updates one 2024 event's attendance `perSecond` times a second until stopped, as staff editing records would. */
function changingEvents(pool: pg.Pool, perSecond: number) {
  let running = true;
  let written = 0;
  const writing = (async () => {
    const { rows } = await pool.query<{ id: string }>(`select id from events where starts_at >= '2024-06-01' and status = 'completed' limit 1`);
    while (running) {
      await pool.query(`update events set attendance = attendance + 1, version = version + 1 where id = $1`, [rows[0]?.id]);
      written += 1;
      await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
    }
  })();
  return {
    async stop() {
      running = false;
      await writing;
      return written;
    },
  };
}

const ms = (value: number) => value.toFixed(1).padStart(7);

export async function benchStats(args: string[]) {
  const options = benchOptions(args, { events: 1_000_000, venues: 100_000, organisations: 50_000 });
  const url = options.reuse ? databaseUrlFor(options.serverUrl, databaseName) : await createBenchDatabase(options.serverUrl, databaseName);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (!options.reuse) await seed(client, options);
  const costs = await rollupCosts(client);
  await sizes(client);
  // The rebuild above dirtied every rollup page; flushing them now keeps that write-out out of the measurements.
  await client.query('checkpoint');
  await client.end();

  const authorization = await benchApiKey(url, ['stats:read']);
  const { child, port } = await startApi(url);
  const pool = new pg.Pool({ connectionString: url, max: options.connections });
  const endpoints = [
    { label: 'overview, city', path: `/api/v1/stats/overview?region=500000&year=2024`, raw: rawQueries('500000', 'overview') },
    { label: 'overview, 渝北区', path: `/api/v1/stats/overview?region=${district}&year=2024`, raw: rawQueries(district, 'overview') },
    { label: 'breakdown by 区县, city', path: `/api/v1/stats/breakdown?region=500000&by=region&year=2024`, raw: rawQueries('500000', 'breakdown') },
    {
      label: 'breakdown by 镇街, 渝北区',
      path: `/api/v1/stats/breakdown?region=${district}&by=region&year=2024`,
      raw: rawQueries(district, 'breakdown'),
    },
  ];
  console.log(
    `\n${options.connections} concurrent clients, ${options.seconds} s per measurement; period ${period.from} – ${period.to}, completed events`,
  );
  console.log(
    `${'endpoint'.padEnd(26)} ${'API p50'.padStart(8)} ${'p95'.padStart(7)} ${'req/s'.padStart(7)}   ${'raw GROUP BY p50'.padStart(16)} ${'p95'.padStart(7)} ${'q/s'.padStart(6)}   raw p50 / API p50`,
  );
  const requestOf = (path: string) => async () => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  try {
    for (const endpoint of endpoints) {
      const request = requestOf(endpoint.path);
      const raw = async () => {
        await Promise.all(endpoint.raw.map((query) => pool.query(query.sql, query.params)));
      };
      await closedLoop(request, options.connections, options.seconds); // warm-up: JIT, pool, plan cache, heap size
      const api = await closedLoop(request, options.connections, options.seconds);
      await closedLoop(raw, options.connections, 2);
      const base = await closedLoop(raw, options.connections, options.seconds);
      console.log(
        `${endpoint.label.padEnd(26)} ${ms(api.p50)} ${ms(api.p95)} ${api.perSecond.toFixed(0).padStart(7)}   ${ms(base.p50).padStart(16)} ${ms(base.p95)} ${base.perSecond.toFixed(1).padStart(6)}   ${(base.p50 / api.p50).toFixed(1)}x`,
      );
    }
    // Kept answers last while nothing changes; what a steady trickle of writes costs them.
    const [city] = endpoints;
    if (city) {
      const request = requestOf(city.path);
      for (const perSecond of [1, 10]) {
        const writes = changingEvents(pool, perSecond);
        const api = await closedLoop(request, options.connections, options.seconds);
        console.log(
          `${`${city.label}, ${perSecond} write/s`.padEnd(26)} ${ms(api.p50)} ${ms(api.p95)} ${api.perSecond.toFixed(0).padStart(7)}   (${await writes.stop()} events updated meanwhile)`,
        );
      }
    }
  } finally {
    await pool.end();
    child.kill();
    await once(child, 'exit');
  }
  console.log(
    `\ntarget: p95 < 20 ms for the city overview and the district breakdown. Full rebuild ${costs.rebuild.toFixed(1)} s; per-write cost +${(costs.kept - costs.bare).toFixed(2)} ms.`,
  );
}
