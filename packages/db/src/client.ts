import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Applies pending migrations; safe to call from several replicas at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type QueryListener = (query: string, params: unknown[]) => void;

export type DatabaseOptions =
  | { url: string; poolSize?: number; onQuery?: QueryListener }
  | { dataDir?: string; loadDataDir?: Blob };

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const migrationLockKey = 7_215_046;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return 'url' in options ? Promise.resolve(openPostgres(options.url, options.poolSize ?? 10, options.onQuery)) : openPglite(options);
}

function openPostgres(url: string, poolSize: number, onQuery?: QueryListener): DatabaseHandle {
  // Lists are prepared statements with the region prefix as a parameter; a generic plan cannot use
  // the prefix index, so every execution is planned for its actual values.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c plan_cache_mode=force_custom_plan' });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const logger = onQuery ? { logQuery: onQuery } : false;
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case', logger }) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    async migrate() {
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock($1)', [migrationLockKey]);
        // On the locked connection itself: a pool of one must not wait for a second connection.
        await migratePg(drizzlePg({ client: lock, casing: 'snake_case' }), { migrationsFolder });
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
        lock.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    async migrate() {
      await migratePglite(drizzlePglite({ client, casing: 'snake_case' }), { migrationsFolder });
      // PGlite learns array types (enum[] for `type = any($1)` filters) when it opens; types the
      // migrations just created would otherwise have no serializer until the next start.
      await client.refreshArrayTypes();
    },
    close: () => client.close(),
  };
}

/** Rows of a raw `db.execute` result; both drivers return `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await executor.execute(query);
  return (result as { rows: T[] }).rows;
}

/** The PGlite client behind a handle, for dumping a prepared database (tests copy it per file). */
export async function dumpPglite(handle: DatabaseHandle): Promise<Blob> {
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}
