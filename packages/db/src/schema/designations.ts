import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { live, recordColumns, recordIndexes } from './columns.js';
import { designationSubjectEnum, honourLevelEnum } from './enums.js';
import { dictionaryKindColumn, dictionaryReference } from './dictionary.js';
import { events } from './events.js';
import { organisations } from './organisations.js';
import { regions } from './regions.js';
import { venues } from './venues.js';

export const designations = pgTable(
  'designations',
  {
    ...recordColumns(),
    name: text().notNull(),
    kind: text().notNull(),
    kindKind: dictionaryKindColumn('honour_kind'),
    // Null when the source gives no level: counted as 未注明级别, never as national.
    level: honourLevelEnum(),
    grantedBy: text().notNull(),
    subjectType: designationSubjectEnum().notNull(),
    // The honoured region, or the region of the honoured organisation, venue or event (scope and stats use it).
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    organisationId: uuid().references(() => organisations.id),
    venueId: uuid().references(() => venues.id),
    eventId: uuid().references(() => events.id),
    // Null when the start is not known: valid on any date up to valid_to.
    validFrom: date({ mode: 'string' }),
    validTo: date({ mode: 'string' }),
  },
  (t) => [
    dictionaryReference('designations_kind_fk', t.kindKind, t.kind),
    ...recordIndexes('designations', t, t.name),
    index('designations_venue_idx').on(t.venueId).where(live(t)),
    check('designations_validity_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check(
      'designations_subject_check',
      sql`(${t.organisationId} is not null)::int + (${t.venueId} is not null)::int + (${t.eventId} is not null)::int
        = case when ${t.subjectType} = 'region' then 0 else 1 end`,
    ),
  ],
);

export type DesignationRow = typeof designations.$inferSelect;
