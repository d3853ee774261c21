import { mkdirSync } from 'node:fs';
import { loadRegions, openDatabase, type DatabaseHandle } from '@kepu/db';
import type { Config } from './env.js';

/** PGlite in DATA_DIR by default; real PostgreSQL when DATABASE_URL is set. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return openDatabase({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  mkdirSync(config.DATA_DIR, { recursive: true });
  return openDatabase({ dataDir: `${config.DATA_DIR}/pglite` });
}

/** Brings a database up to date: schema migrations, then the region reference data. */
export async function prepareDatabase(database: DatabaseHandle): Promise<{ regionsLoaded: number }> {
  await database.migrate();
  return { regionsLoaded: await loadRegions(database.db) };
}
