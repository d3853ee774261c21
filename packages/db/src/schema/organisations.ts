import { index, integer, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { live, naturalKey, nonNegative, recordColumns, recordIndexes } from './columns.js';
import { figureQualifierEnum } from './enums.js';
import { dictionaryKindColumn, dictionaryReference } from './dictionary.js';
import { regions } from './regions.js';

export const organisations = pgTable(
  'organisations',
  {
    ...recordColumns(),
    name: text().notNull(),
    type: text().notNull(),
    typeKind: dictionaryKindColumn('organisation_type'),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    parentId: uuid().references((): AnyPgColumn => organisations.id),
    creditCode: text(),
    contactName: text(),
    contactPhone: text(),
    address: text(),
    website: text(),
    memberCount: integer().notNull().default(0),
    // Null when not known (unknown, not 0).
    volunteerCount: integer(),
    volunteerCountQualifier: figureQualifierEnum(),
  },
  (t) => [
    ...recordIndexes('organisations', t, t.name),
    // Imports match records by region and name (one expression, which the trigram index cannot claim), and references by name.
    index('organisations_natural_key_idx').on(naturalKey(t.regionCode, t.name)).where(live(t)),
    index('organisations_name_idx').on(t.name).where(live(t)),
    uniqueIndex('organisations_credit_code_live_key').on(t.creditCode).where(live(t)),
    dictionaryReference('organisations_type_fk', t.typeKind, t.type),
    nonNegative('organisations_member_count_check', t.memberCount),
    nonNegative('organisations_volunteer_count_check', t.volunteerCount),
  ],
);

export type OrganisationRow = typeof organisations.$inferSelect;
