import { readRegionsFile, schema, type Database, type Transaction } from '@kepu/db';
import { sql } from 'drizzle-orm';
import { dictionaryChanged } from '../kernel/dictionary.js';
import type { DictionaryInput } from './dataset-builder.js';
import { buildDemoDataset } from './dataset.js';

const { dictionaryEntries, organisations, venues, events, summaries, designations, indicators } = schema;

// Serialises concurrent starts (several replicas on one fresh database): the second waits, then finds rows and skips.
const demoLockKey = 7_215_047;
const batchSize = 1000;

type Table = typeof organisations | typeof venues | typeof events | typeof summaries | typeof designations | typeof indicators;

/** Inserts in batches; returns how many rows were new, since rows that already exist are skipped, not counted. */
async function insertAll(tx: Transaction, table: Table, rows: readonly Record<string, unknown>[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const returned = await tx
      .insert(table)
      .values(batch as never[])
      .onConflictDoNothing()
      .returning({ id: table.id });
    inserted += returned.length;
  }
  return inserted;
}

/**
 * The demo's own dictionary entries, each after the last entry of its kind (as a city admin's would
 * be); an entry already there (someone added it first) is kept as it is.
 */
async function insertDictionary(tx: Transaction, entries: readonly DictionaryInput[]): Promise<number> {
  let inserted = 0;
  for (const entry of entries) {
    const returned = await tx
      .insert(dictionaryEntries)
      .values({
        ...entry,
        position: sql`(select coalesce(max(${dictionaryEntries.position}), -1) + 1 from ${dictionaryEntries} where ${dictionaryEntries.kind} = ${entry.kind})`,
      })
      .onConflictDoNothing()
      .returning({ code: dictionaryEntries.code });
    inserted += returned.length;
  }
  return inserted;
}

/**
 * Fills an empty database with the demo dataset built from the article's figures, so a first start
 * shows real-looking content. Any organisation row, even a deleted one, means someone has used this
 * database, and then nothing is touched.
 */
export async function loadDemoData(db: Database): Promise<{ loaded: boolean; counts: Record<string, number> }> {
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${demoLockKey})`);
    const [used] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (used) return { loaded: false, counts: {} };

    const dataset = buildDemoDataset(await readRegionsFile());
    // Parents before children: the dictionary entries records name, organisations, then the venues they
    // run, events held there, honours of all three.
    const counts: Record<string, number> = {};
    counts.dictionary = await insertDictionary(tx, dataset.dictionary);
    counts.organisations = await insertAll(tx, organisations, dataset.organisations);
    counts.venues = await insertAll(tx, venues, dataset.venues);
    counts.events = await insertAll(tx, events, dataset.events);
    counts.summaries = await insertAll(tx, summaries, dataset.summaries);
    counts.designations = await insertAll(tx, designations, dataset.designations);
    counts.indicators = await insertAll(tx, indicators, dataset.indicators);
    return { loaded: true, counts };
  });
  // Labels of the new entries show at once, not after the label cache expires.
  if (result.loaded) dictionaryChanged();
  return result;
}
