import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { regionLevelOf } from '@kepu/domain';
import type { Database } from './client.js';
import { regions } from './schema/index.js';

const regionsFile = new URL('../data/regions-500000.csv', import.meta.url);

export async function readRegionsFile(): Promise<(typeof regions.$inferInsert)[]> {
  const [, ...lines] = (await readFile(regionsFile, 'utf8')).trim().split('\n');
  const fullNames = new Map<string, string>();
  return lines.map((line) => {
    const [code = '', name = '', parentCode = ''] = line.split(',');
    const fullName = (fullNames.get(parentCode) ?? '') + name;
    fullNames.set(code, fullName);
    return { code, name, level: regionLevelOf(code), parentCode: parentCode || null, fullName };
  });
}

export type RegionRow = Awaited<ReturnType<typeof readRegionsFile>>[number] & { parentCode: string | null };

let index: Promise<Map<string, RegionRow>> | undefined;

/**
 * The region tree in memory, read from the same file that fills the table. Regions are reference
 * data that change only with a new release, so lookups need no query.
 */
export function regionIndex(): Promise<Map<string, RegionRow>> {
  index ??= readRegionsFile().then((rows) => new Map(rows.map((row) => [row.code, { ...row, parentCode: row.parentCode ?? null }])));
  return index;
}

/** Loads the 重庆市 region tree once; later starts find it complete and skip. */
export async function loadRegions(db: Database): Promise<number> {
  const rows = await readRegionsFile();
  const [present] = await db.select({ count: sql<number>`count(*)::int` }).from(regions);
  if (present?.count === rows.length) return 0;
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 1000) {
      await tx
        .insert(regions)
        .values(rows.slice(start, start + 1000))
        .onConflictDoNothing();
    }
  });
  return rows.length;
}
