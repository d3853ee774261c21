import { sql } from 'drizzle-orm';
import { check, index, integer, timestamp, uuid, type ExtraConfigColumn, type PgColumn } from 'drizzle-orm/pg-core';

/** The columns every entity table has: identity, timestamps, optimistic-concurrency version, soft delete. */
export const recordColumns = () => ({
  id: uuid().primaryKey().defaultRandom(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  version: integer().notNull().default(1),
  deletedAt: timestamp({ withTimezone: true }),
});

export const live = (table: { deletedAt: PgColumn }) => sql`${table.deletedAt} is null`;

/** Indexes every entity table needs: the region subtree (prefix match on the code) and trigram search on its name. */
export function recordIndexes(
  tableName: string,
  table: { regionCode: ExtraConfigColumn; deletedAt: ExtraConfigColumn; version: ExtraConfigColumn },
  searchColumn: ExtraConfigColumn,
) {
  return [
    index(`${tableName}_region_idx`).using('btree', table.regionCode.op('text_pattern_ops')).where(live(table)),
    index(`${tableName}_search_idx`).using('gin', searchColumn.op('gin_trgm_ops')).where(live(table)),
    check(`${tableName}_version_positive`, sql`${table.version} >= 1`),
  ];
}

export const nonNegative = (name: string, column: PgColumn) => check(name, sql`${column} >= 0`);

/**
 * A record's region and name as one value (`500106/沙坪坝区科协`): imports look records up by it.
 * As a single expression it is served by its own btree index; `name = $1` alone would be planned
 * on the trigram index, whose posting lists make each exact lookup take milliseconds.
 */
export const naturalKey = (regionCode: PgColumn | ExtraConfigColumn, name: PgColumn | ExtraConfigColumn) => sql`(${regionCode} || '/' || ${name})`;
