import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { copyCsvFrom } from './copy.js';
import { withDeadline } from './faults.js';
import { WorkerPglite } from './pglite/client.js';
import * as schema from './schema/index.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** How many sessions can work at once: the pool's size; PGlite has one, which a transaction holds. */
  sessions: number;
  /** Applies pending migrations; safe to call from several replicas at once. */
  migrate(): Promise<void>;
  /** A query's rows as CSV written by the database (PostgreSQL's COPY); PGlite cannot stream one, so it has none. */
  copyCsv?: (query: SQL) => AsyncIterable<Buffer>;
  /**
   * The embedded database only, whose one writer is this process: a count that moves once a call that
   * wrote has answered (a transaction: once it has ended), and never for reads, so an answer read
   * while it had a value is still the database's answer while it keeps that value.
   */
  writeCount?: () => number;
  /** Runs `select 1` and settles within `deadlineMs` however busy the database is; rejects with a database fault. */
  ping(deadlineMs: number): Promise<void>;
  close(): Promise<void>;
}

export type QueryListener = (query: string, params: unknown[]) => void;

/** How long the database may take before a request gets 503 instead of waiting on. */
export interface DatabaseTimeouts {
  /** One statement's run time; PostgreSQL cancels it (57014), PGlite's thread is restarted. */
  statementMs: number;
  /** Waiting for a pooled connection (PGlite: for its one session) before giving up. */
  acquireMs: number;
  /** A transaction that sends nothing for this long is ended, so it cannot hold locks and a connection for ever. */
  idleInTransactionMs: number;
}

/**
 * The longest statements Kepu runs by design are bulk inserts of 10,000 rows (imports, the demo
 * data): 1.1 s on PGlite, and `npm run bench -- export` imports 100,000 events on PostgreSQL under
 * these limits; 15 s leaves room for a loaded server. A sign-in that waits 5 s for a connection has
 * waited longer than a person will. An export reads its cursor in one transaction and waits on its
 * client between batches, so the idle limit is a minute.
 */
export const defaultDatabaseTimeouts: DatabaseTimeouts = { statementMs: 15_000, acquireMs: 5_000, idleInTransactionMs: 60_000 };

export type DatabaseOptions = ({ url: string; poolSize?: number; onQuery?: QueryListener } | { dataDir?: string; loadDataDir?: Blob }) & {
  timeouts?: Partial<DatabaseTimeouts>;
};

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const migrationLockKey = 7_215_046;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const timeouts = { ...defaultDatabaseTimeouts, ...options.timeouts };
  return 'url' in options
    ? Promise.resolve(openPostgres(options.url, options.poolSize ?? 10, timeouts, options.onQuery))
    : openPglite(options, timeouts);
}

const ignore = () => undefined;

function openPostgres(url: string, poolSize: number, timeouts: DatabaseTimeouts, onQuery?: QueryListener): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: timeouts.acquireMs,
    // Lists are prepared statements with the region prefix as a parameter; a generic plan cannot use
    // the prefix index, so every execution is planned for its actual values (a bulk write opts out for its
    // transaction: reuseWritePlans in bulk.ts). The server enforces the
    // timeouts itself, on every connection, whatever the client is doing.
    options: `-c plan_cache_mode=force_custom_plan -c statement_timeout=${timeouts.statementMs} -c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
  });
  // A client that loses its connection must not crash the process: idle ones report to the pool; a
  // checked-out one (mid-transaction when the server restarts) has no listener of its own, and an
  // unheard 'error' event throws: without this listener the API process exited on the first
  // `pg_ctl restart` of test/database-faults.test.ts (2 runs of 2). Its next query fails instead,
  // and the pool drops it on release.
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  // Health asks on its own connection, so a pool full of slow statements cannot queue it.
  const probe = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: timeouts.acquireMs,
    options: `-c statement_timeout=${timeouts.acquireMs}`,
  });
  probe.on('error', ignore);
  probe.on('connect', (client) => client.on('error', ignore));
  const logger = onQuery ? { logQuery: onQuery } : false;
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case', logger }) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    sessions: poolSize,
    copyCsv: (query) => copyCsvFrom(pool, query),
    async migrate() {
      const lock = await pool.connect();
      try {
        // Waiting for another replica's migrations, or building an index on a large table, may take longer than a request's statement.
        await lock.query('set statement_timeout = 0');
        await lock.query('select pg_advisory_lock($1)', [migrationLockKey]);
        // On the locked connection itself: a pool of one must not wait for a second connection.
        await migratePg(drizzlePg({ client: lock, casing: 'snake_case' }), { migrationsFolder });
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(ignore);
        await lock.query('reset statement_timeout').catch(ignore);
        lock.release();
      }
    },
    ping: (deadlineMs) => withDeadline(probe.query('select 1'), deadlineMs).then(ignore),
    async close() {
      await Promise.all([pool.end(), probe.end()]);
    },
  };
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }, timeouts: DatabaseTimeouts): Promise<DatabaseHandle> {
  const source = { ...(options.dataDir ? { dataDir: options.dataDir } : {}), ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) };
  const client = await WorkerPglite.open(source, timeouts);
  // drizzle's PGlite driver calls query (with rowMode and parsers) and transaction, which the worker client provides.
  const asPglite = client as unknown as PGlite;
  const db = drizzlePglite({ client: asPglite, schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    sessions: 1,
    async migrate() {
      await migratePglite(drizzlePglite({ client: asPglite, casing: 'snake_case' }), { migrationsFolder });
      // PGlite learns array types (enum[] for `type = any($1)` filters) when it opens; types the
      // migrations just created would otherwise have no serializer until the next start.
      await client.refreshArrayTypes();
    },
    writeCount: () => client.writeCount(),
    ping: (deadlineMs) => withDeadline(client.query('select 1'), deadlineMs).then(ignore),
    close: () => client.close(),
  };
}

/** Rows of a raw `db.execute` result; both drivers return `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await executor.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * The executor, except that the raw queries (`queryRows`) asked of it in one turn of the event loop go
 * to the database as one statement, each query a column holding its rows as a JSON array. A page of
 * figures read by seven small queries then costs one round trip, one snapshot and one plan instead of
 * seven each, and the pool serves more pages at once. Rows come back as JSON has them on both drivers:
 * numbers, strings, booleans, arrays and nulls, so a query casts what JSON would change (int8 to float8,
 * dates to text). One failing query fails the others asked with it.
 */
export function batchedReads(executor: Executor): Executor {
  let queued: { query: SQL; settle: (rows: unknown[] | Error) => void }[] = [];
  async function flush() {
    const batch = queued;
    queued = [];
    try {
      const columns = batch.map(
        ({ query }, index) => sql`(select coalesce(json_agg(r), '[]'::json) from (${query}) as r) as ${sql.identifier(`q${index}`)}`,
      );
      const [row] = await queryRows<Record<string, unknown[]>>(executor, sql`select ${sql.join(columns, sql`, `)}`);
      batch.forEach(({ settle }, index) => settle(row?.[`q${index}`] ?? []));
    } catch (error) {
      for (const { settle } of batch) settle(error instanceof Error ? error : new Error(String(error)));
    }
  }
  const execute = (query: SQL) =>
    new Promise<{ rows: unknown[] }>((resolve, reject) => {
      // After the promise continuations of this turn, so queries asked after an await of the same turn join too.
      if (queued.length === 0) setImmediate(() => void flush());
      queued.push({ query, settle: (rows) => (rows instanceof Error ? reject(rows) : resolve({ rows })) });
    });
  return Object.create(executor, { execute: { value: execute } }) as Executor;
}

/** The PGlite client behind a handle, for dumping a prepared database (tests copy it per file). */
export async function dumpPglite(handle: DatabaseHandle): Promise<Blob> {
  const client = (handle.db as unknown as { $client: WorkerPglite }).$client;
  return client.dumpDataDir();
}
