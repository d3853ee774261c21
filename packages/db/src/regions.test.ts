import { regionTreeBounds } from '@kepu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type DatabaseHandle } from './client.js';
import { loadRegions, readRegionsFile } from './regions.js';

describe('the 重庆市 region file', () => {
  it('when read, it holds the city, 38 区县, 1,031 镇街 and 11,270 村/社区', async () => {
    const rows = await readRegionsFile();
    const count = (level: string) => rows.filter((row) => row.level === level).length;
    expect([count('city'), count('district'), count('township'), count('village')]).toEqual([1, 38, 1031, 11270]);
  });

  it('when read, every region but the city has a parent in the file whose code is its prefix', async () => {
    const rows = await readRegionsFile();
    const codes = new Set(rows.map((row) => row.code));
    for (const row of rows.filter((region) => region.level !== 'city' && region.level !== 'district')) {
      expect(codes.has(row.parentCode ?? '')).toBe(true);
      expect(row.code.startsWith(row.parentCode ?? '-')).toBe(true);
    }
  });

  it('when read, every name, full name and list of children fits the bounds the API documents', async () => {
    const rows = await readRegionsFile();
    const children = new Map<string, number>();
    for (const row of rows) if (row.parentCode) children.set(row.parentCode, (children.get(row.parentCode) ?? 0) + 1);
    expect(Math.max(...rows.map((row) => row.name.length))).toBeLessThanOrEqual(regionTreeBounds.name);
    expect(Math.max(...rows.map((row) => row.fullName.length))).toBeLessThanOrEqual(regionTreeBounds.fullName);
    expect(Math.max(...children.values())).toBeLessThanOrEqual(regionTreeBounds.children);
    expect(rows.filter((row) => row.level === 'district' || row.level === 'township').length).toBeLessThanOrEqual(
      regionTreeBounds.districtsAndTownships,
    );
  });

  it('when read, full names chain the ancestors, e.g. 重庆市沙坪坝区小龙坎街道', async () => {
    const rows = await readRegionsFile();
    expect(rows.find((row) => row.code === '500106001')?.fullName).toBe('重庆市沙坪坝区小龙坎街道');
  });
});

describe('migrations and region loading on PGlite', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({});
    await handle.migrate();
  });
  afterAll(() => handle.close());

  it('when loaded twice, the regions are inserted once', async () => {
    expect(await loadRegions(handle.db)).toBe(12340);
    expect(await loadRegions(handle.db)).toBe(0);
    const [row] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from regions`);
    expect(row?.count).toBe(12340);
  });

  it('when migrated again, nothing changes', async () => {
    await expect(handle.migrate()).resolves.toBeUndefined();
  });
});
