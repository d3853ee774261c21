import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { regionLevelEnum } from './enums.js';

/**
 * 行政区划 reference data. The GB/T 2260 code is its own materialised path: every descendant's
 * code starts with the ancestor's prefix, so a subtree is one indexed prefix match.
 */
export const regions = pgTable(
  'regions',
  {
    code: text().primaryKey(),
    name: text().notNull(),
    level: regionLevelEnum().notNull(),
    parentCode: text(),
    fullName: text().notNull(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode),
    index('regions_code_prefix_idx').using('btree', t.code.op('text_pattern_ops')),
    index('regions_name_search_idx').using('gin', t.fullName.op('gin_trgm_ops')),
  ],
);
