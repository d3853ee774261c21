import { mkdirSync } from 'node:fs';
import { loadRegions, openDatabase, type DatabaseHandle } from '@kepu/db';
import type { Config } from './env.js';

/** PGlite in DATA_DIR by default; real PostgreSQL when DATABASE_URL is set. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  const timeouts = {
    statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    acquireMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
    idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
  if (config.DATABASE_URL) return openDatabase({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, timeouts });
  mkdirSync(config.DATA_DIR, { recursive: true });
  return openDatabase({ dataDir: `${config.DATA_DIR}/pglite`, timeouts });
}

/** Brings a database up to date: schema migrations, then the region reference data; `phaseEnded` hears when each is done. */
export async function prepareDatabase(
  database: DatabaseHandle,
  phaseEnded: (phase: 'migrate' | 'regions') => void = () => undefined,
): Promise<{ regionsLoaded: number }> {
  await database.migrate();
  phaseEnded('migrate');
  const regionsLoaded = await loadRegions(database.db);
  phaseEnded('regions');
  return { regionsLoaded };
}
