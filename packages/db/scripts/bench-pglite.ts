// `npm run bench -- pglite`: what hosting PGlite in a worker thread (src/pglite/) costs per
// statement, against PGlite in the calling thread as Kepu ran it before, on the same data.
import { medianMs } from '@kepu/tooling/bench';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { dumpPglite, openDatabase, type Database } from '../src/client.js';
import { loadRegions } from '../src/regions.js';
import * as schema from '../src/schema/index.js';

const rounds = 3000;

const medianMicros = async (task: () => Promise<unknown>) => (await medianMs(task, { rounds, warmup: 300 })) * 1000;

const workloads: [string, (db: Database) => Promise<unknown>][] = [
  ['select 1', (db) => db.execute(sql`select 1`)],
  ['the 镇街 of 渝北区 (drizzle select, 31 rows)', (db) => db.select().from(schema.regions).where(eq(schema.regions.parentCode, '500112'))],
  [
    'a transaction: begin, one-row select, commit',
    (db) => db.transaction((tx) => tx.select().from(schema.regions).where(eq(schema.regions.code, '500112'))),
  ],
];

const inWorker = await openDatabase({});
await inWorker.migrate();
await loadRegions(inWorker.db);
const inThreadClient = await PGlite.create({ loadDataDir: await dumpPglite(inWorker), extensions: { pg_trgm } });
const inThread = drizzle({ client: inThreadClient, schema, casing: 'snake_case' }) as unknown as Database;

/** Statements per second with `callers` running the workload at once, as concurrent requests do. */
async function throughput(callers: number, task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      for (let round = 0; round < rounds / callers; round += 1) await task();
    }),
  );
  return rounds / ((performance.now() - started) / 1000);
}

console.log(`PGlite per statement, median of ${rounds} (µs): in this thread → in a worker thread`);
for (const [name, workload] of workloads) {
  const before = await medianMicros(() => workload(inThread));
  const after = await medianMicros(() => workload(inWorker.db));
  console.log(`  ${name.padEnd(48)} ${before.toFixed(0).padStart(5)} → ${after.toFixed(0).padStart(5)}  (+${(after - before).toFixed(0)})`);
}
const [, listing] = workloads[1] ?? [];
if (listing) {
  const before = await throughput(10, () => listing(inThread));
  const after = await throughput(10, () => listing(inWorker.db));
  console.log(`10 callers at once, ${rounds} selects (statements/s): ${before.toFixed(0)} → ${after.toFixed(0)}`);
}
await inThreadClient.close();
await inWorker.close();
