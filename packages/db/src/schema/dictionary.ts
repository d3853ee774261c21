import { dictionaryKind, type DictionaryKind } from '@kepu/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  type ExtraConfigColumn,
  type PgColumn,
} from 'drizzle-orm/pg-core';

/** The entries staff choose types, categories and kinds from (字典); see packages/domain/src/dictionary.ts. */
export const dictionaryEntries = pgTable(
  'dictionary_entries',
  {
    kind: text().notNull(),
    code: text().notNull(),
    labelZh: text().notNull(),
    labelEn: text().notNull(),
    parentCode: text(),
    unit: text(),
    measure: text(),
    definition: text(),
    active: boolean().notNull().default(true),
    /** Display order within the kind: seeded entries first, in their official order, then new ones as added. */
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.code] }),
    foreignKey({ name: 'dictionary_entries_parent_fk', columns: [t.kind, t.parentCode], foreignColumns: [t.kind, t.code] }),
    check('dictionary_entries_kind_check', sql.raw(`kind in (${dictionaryKind.values.map((kind) => `'${kind}'`).join(', ')})`)),
    check('dictionary_entries_code_check', sql`${t.code} ~ '^[a-z][a-z0-9_]{0,47}$'`),
  ],
);

export type DictionaryEntryRow = typeof dictionaryEntries.$inferSelect;

/**
 * The constant column that names the dictionary a record's code comes from, so the pair can
 * reference (kind, code): PostgreSQL then refuses an unknown code and the removal of one in use.
 */
export const dictionaryKindColumn = (kind: DictionaryKind) =>
  text()
    .notNull()
    .generatedAlwaysAs(sql.raw(`'${kind}'`));

export const dictionaryReference = (name: string, kindColumn: ExtraConfigColumn | PgColumn, codeColumn: ExtraConfigColumn | PgColumn) =>
  foreignKey({ name, columns: [kindColumn as PgColumn, codeColumn as PgColumn], foreignColumns: [dictionaryEntries.kind, dictionaryEntries.code] });
