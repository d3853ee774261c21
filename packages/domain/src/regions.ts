import { z } from 'zod';
import { regionLevel, type RegionLevel } from './enums.js';
import { matching } from './messages.js';

/** The root of the tree Kepu ships: 重庆市. City administrators are scoped to it. */
export const cityRegionCode = '500000';

/** GB/T 2260 code: 6 digits for 市/区县, 9 for 镇街, 12 for 村/社区. */
export const regionCode = matching(z.string(), /^(\d{6}|\d{9}|\d{12})$/, {
  zh: '须为 6、9 或 12 位数字的行政区划代码（GB/T 2260）',
  en: 'must be a GB/T 2260 code of 6, 9 or 12 digits',
})
  .max(12)
  .meta({ description: 'GB/T 2260 行政区划代码', example: '500106' });

/**
 * Code arithmetic of the GB/T 2260 tree. The SQL in packages/db/migrations/0004_stats-triggers.sql
 * (`kepu_region_path`) repeats `regionLevelOf` and `regionParentCode`; apps/api/src/stats/sql-rules.test.ts
 * checks the database's answers against these.
 */

/** Code length at each level: 市 and 区县 6 (a 市 ends in 0000), 镇街 9, 村/社区 12. */
export const regionCodeLength: Record<RegionLevel, number> = { city: 6, district: 6, township: 9, village: 12 };

/** The level below each level; a 村/社区 has no children, so it maps to itself. */
export const childRegionLevel: Record<RegionLevel, RegionLevel> = { city: 'district', district: 'township', township: 'village', village: 'village' };

/** Code length of a region's children: 区县 6, 镇街 9, 村/社区 12; 0 for a 村/社区, which has none. */
export const childCodeLength: Record<RegionLevel, number> = { city: 6, district: 9, township: 12, village: 0 };

export function regionLevelOf(code: string): RegionLevel {
  if (code.length === regionCodeLength.village) return 'village';
  if (code.length === regionCodeLength.township) return 'township';
  return code.endsWith('0000') ? 'city' : 'district';
}

/** The parent's code (500106001001 → 500106001 → 500106 → 500000 → null). */
export function regionParentCode(code: string): string | null {
  const level = regionLevelOf(code);
  if (level === 'city') return null;
  if (level === 'district') return `${code.slice(0, 2)}0000`;
  return code.slice(0, regionCodeLength[level === 'township' ? 'district' : 'township']);
}

/** The code of the ancestor at `level` (or the region itself when it is at that level). */
export const regionAncestorCode = (code: string, level: 'district' | 'township') => code.slice(0, regionCodeLength[level]);

/**
 * The code prefix every descendant shares: the code itself is the materialised path of the tree
 * (500000 → 50, 500106 → 500106, 500106001 → 500106001).
 */
export function regionSubtreePrefix(code: string): string {
  if (code.length === 6 && code.endsWith('0000')) return code.slice(0, 2);
  if (code.length === 6 && code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether `code` lies in the subtree of `root` (the root included). */
export const isInRegionSubtree = (code: string, root: string) => code.startsWith(regionSubtreePrefix(root));

/**
 * What the region tree Kepu ships (packages/db/data) holds at most; packages/db checks the file
 * against these. Today's longest name has 14 characters, the longest full name 28, the most
 * children of one region 52, and there are 1,069 区县 and 镇街 (the units that report); the bounds
 * leave room for another province's file.
 */
export const regionTreeBounds = { name: 50, fullName: 200, children: 500, districtsAndTownships: 5000 } as const;

export const regionName = z.string().max(regionTreeBounds.name);
export const regionFullName = z.string().max(regionTreeBounds.fullName).meta({ description: '含上级的全称, e.g. 重庆市沙坪坝区小龙坎街道' });

export const RegionResponse = z
  .object({
    code: regionCode,
    name: regionName,
    level: regionLevel.schema,
    parentCode: regionCode.nullable(),
    fullName: regionFullName,
  })
  .meta({ id: 'Region' });

export const RegionParams = z.strictObject({ code: regionCode });

export const SearchRegionsQuery = z.strictObject({
  q: z.string().trim().min(1).max(50).meta({ description: '名称片段, e.g. 沙坪坝' }),
  within: regionCode.optional().meta({ description: 'limit to this subtree' }),
  level: regionLevel.schema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A search answers at most 100, a region's children at most the tree's most. */
export const RegionListResponse = z.object({ items: z.array(RegionResponse).max(regionTreeBounds.children) });

export type Region = z.infer<typeof RegionResponse>;
