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

/**
 * Loads the 重庆市 region tree once; later starts find it complete and skip. The rows go in as one
 * JSON document in one statement: on a first start on PGlite that took half the time of batches of
 * 1,000 rows of bound values, which drizzle spent much of building (`npm run bench -- startup`).
 */
export async function loadRegions(db: Database): Promise<number> {
  const rows = await readRegionsFile();
  const [present] = await db.select({ count: sql<number>`count(*)::int` }).from(regions);
  if (present?.count === rows.length) return 0;
  const document = JSON.stringify(rows.map(({ parentCode, fullName, ...row }) => ({ ...row, parent_code: parentCode, full_name: fullName })));
  await db.execute(sql`
    insert into ${regions} (code, name, level, parent_code, full_name)
    select code, name, level, parent_code, full_name from json_populate_recordset(null::${regions}, ${document}::json)
    on conflict do nothing`);
  return rows.length;
}
