import { sql } from 'drizzle-orm';
import { check, integer, numeric, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { live, recordColumns, recordIndexes } from './columns.js';
import { honourLevelEnum } from './enums.js';
import { dictionaryKindColumn, dictionaryReference } from './dictionary.js';
import { regions } from './regions.js';

export const indicators = pgTable(
  'indicators',
  {
    ...recordColumns(),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    year: integer().notNull(),
    kind: text().notNull(),
    kindKind: dictionaryKindColumn('indicator_kind'),
    // numeric keeps survey figures such as 18.1 exact; the API returns them as numbers.
    value: numeric({ precision: 18, scale: 4, mode: 'number' }).notNull(),
    source: text().notNull(),
    level: honourLevelEnum().notNull(),
    note: text(),
  },
  (t) => [
    dictionaryReference('indicators_kind_fk', t.kindKind, t.kind),
    ...recordIndexes('indicators', t, t.source),
    uniqueIndex('indicators_region_year_kind_live_key').on(t.regionCode, t.year, t.kind).where(live(t)),
    check('indicators_value_check', sql`${t.value} >= 0`),
  ],
);

export type IndicatorRow = typeof indicators.$inferSelect;
