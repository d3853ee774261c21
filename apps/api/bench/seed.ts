import type { ApiKeyScope } from '@kepu/domain';
import { loadRegions, openDatabase, schema, type DatabaseOptions } from '@kepu/db';
import { eq } from 'drizzle-orm';
import { generateApiKey } from '../src/api-keys/resolve.js';
import { insertUser } from '../src/users/queries.js';
import pg from 'pg';
import { adminQuery, databaseUrlFor } from '@kepu/db';

/**
 * SQL for the code of the (g % count)-th built-in entry of a dictionary, for seeding rows in bulk; an
 * uncorrelated subquery, so PostgreSQL reads the entries once per statement.
 */
export const dictionaryPick = (kind: string, count: number) =>
  `(select array_agg(code order by position) from dictionary_entries where kind = '${kind}' and position < ${count})[1 + (g % ${count})::int]`;

/** A city-wide key for the load generator, made anew on every run (only its hash is stored); `url` or the options of an embedded database. */
export async function benchApiKey(database: string | DatabaseOptions, scopes: ApiKeyScope[] = ['events:read']): Promise<string> {
  const handle = await openDatabase(typeof database === 'string' ? { url: database, poolSize: 1 } : database);
  await handle.migrate();
  const { users, apiKeys } = schema;
  const [existing] = await handle.db.select().from(users).where(eq(users.username, 'bench'));
  const owner =
    existing ??
    (await insertUser(handle.db, {
      username: 'bench',
      displayName: 'bench',
      role: 'city_admin',
      scopeRegionCode: '500000',
      password: 'bench-only-password',
    }));
  const key = generateApiKey();
  await handle.db.insert(apiKeys).values({
    name: 'bench',
    prefix: key.prefix,
    secretHash: key.secretHash,
    scopes,
    scopeRegionCode: '500000',
    expiresAt: new Date(Date.now() + 86_400_000),
    createdBy: owner.id,
  });
  await handle.close();
  return `Bearer ${key.secret}`;
}

/** An empty database on the bench server (dropped first if it exists), migrated, with the region tree. */
export async function createBenchDatabase(serverUrl: string, name: string): Promise<string> {
  const url = databaseUrlFor(serverUrl, name);
  await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(serverUrl, `create database ${name}`);
  const handle = await openDatabase({ url, poolSize: 2 });
  await handle.migrate();
  await loadRegions(handle.db);
  await handle.close();
  return url;
}

/**
 * A dedicated database on the bench server, migrated, with regions and `events` synthetic events,
 * and the Authorization header of a key that may read them.
 */
export async function seedBenchDatabase(
  serverUrl: string,
  options: { name: string; events: number; reuse: boolean },
): Promise<{ url: string; authorization: string }> {
  const url = databaseUrlFor(serverUrl, options.name);
  if (options.reuse) return { url, authorization: await benchApiKey(url) };
  await createBenchDatabase(serverUrl, options.name);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  // One organiser per 镇街, then events spread over the 镇街 and 村/社区 of every district, 2021–2025.
  await client.query(`
    insert into organisations (name, type, region_code)
    select name || '科协', 'township_association', code from regions where level = 'township'`);
  await client.query(
    `
    with places as (select code, row_number() over (order by code) - 1 as n from regions where level in ('township', 'village')),
         organisers as (select id, region_code from organisations),
         total as (select count(*) as n from places)
    insert into events (title, category, region_code, organiser_ids, starts_at, ends_at, mode, attendance, participants, status)
    select '科普活动 ' || g,
           ${dictionaryPick('event_category', 13)},
           p.code,
           array[(select o.id from organisers o where o.region_code = left(p.code, 9))],
           start_at, start_at + interval '2 hours',
           (enum_range(null::event_mode))[1 + (g % 3)::int],
           (50 + g % 950)::int, (20 + g % 30)::int,
           'completed'
    from generate_series(1, $1::bigint) g
    cross join total
    join places p on p.n = (g * 7919) % total.n
    cross join lateral (select timestamptz '2021-01-01 00:00+08' + ((g * 104729) % (5 * 365 * 24)) * interval '1 hour' as start_at) s`,
    [options.events],
  );
  // A steady-state database has been vacuumed, which is what lets counts use index-only scans.
  await client.query('vacuum analyze');
  console.log(`seeded ${options.events.toLocaleString()} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await client.end();
  return { url, authorization: await benchApiKey(url) };
}
