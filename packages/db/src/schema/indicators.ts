import { sql } from 'drizzle-orm';
import { check, integer, numeric, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { live, recordColumns, recordIndexes } from './columns.js';
import { figureQualifierEnum, honourLevelEnum } from './enums.js';
import { dictionaryKindColumn, dictionaryReference } from './dictionary.js';
import { regions } from './regions.js';

export const indicators = pgTable(
  'indicators',
  {
    ...recordColumns(),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    // The year of the figure, or the first of the span it covers (to year_to); either may be unknown.
    year: integer(),
    yearTo: integer(),
    kind: text().notNull(),
    kindKind: dictionaryKindColumn('indicator_kind'),
    // numeric keeps survey figures such as 18.1 exact; the API returns them as numbers.
    value: numeric({ precision: 18, scale: 4, mode: 'number' }).notNull(),
    valueQualifier: figureQualifierEnum(),
    source: text(),
    level: honourLevelEnum(),
    note: text(),
  },
  (t) => [
    dictionaryReference('indicators_kind_fk', t.kindKind, t.kind),
    ...recordIndexes('indicators', t, t.source),
    // One value per region, kind and year or span; values of unknown year are not deduplicated (null is distinct).
    uniqueIndex('indicators_region_year_kind_live_key')
      .on(t.regionCode, t.year, t.kind, sql`coalesce(${t.yearTo}, ${t.year})`)
      .where(live(t)),
    check('indicators_year_span_check', sql`${t.yearTo} is null or (${t.year} is not null and ${t.yearTo} >= ${t.year})`),
    check('indicators_value_check', sql`${t.value} >= 0`),
  ],
);

export type IndicatorRow = typeof indicators.$inferSelect;
