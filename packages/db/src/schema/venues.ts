import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { live, naturalKey, nonNegative, recordColumns, recordIndexes } from './columns.js';
import { venueStatusEnum } from './enums.js';
import { dictionaryKindColumn, dictionaryReference } from './dictionary.js';
import { organisations } from './organisations.js';
import { regions } from './regions.js';

export const venues = pgTable(
  'venues',
  {
    ...recordColumns(),
    name: text().notNull(),
    type: text().notNull(),
    typeKind: dictionaryKindColumn('venue_type'),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    organisationId: uuid().references(() => organisations.id),
    address: text(),
    longitude: doublePrecision(),
    latitude: doublePrecision(),
    floorArea: doublePrecision(),
    status: venueStatusEnum().notNull().default('open'),
    annualCapacity: integer(),
  },
  (t) => [
    dictionaryReference('venues_type_fk', t.typeKind, t.type),
    ...recordIndexes('venues', t, t.name),
    // Imports match records by region and name (one expression, which the trigram index cannot claim), and references by name.
    index('venues_natural_key_idx').on(naturalKey(t.regionCode, t.name)).where(live(t)),
    index('venues_name_idx').on(t.name).where(live(t)),
    index('venues_organisation_idx').on(t.organisationId).where(live(t)),
    check(
      'venues_coordinates_check',
      sql`(${t.longitude} is null) = (${t.latitude} is null) and ${t.longitude} between -180 and 180 and ${t.latitude} between -90 and 90`,
    ),
    nonNegative('venues_floor_area_check', t.floorArea),
    nonNegative('venues_annual_capacity_check', t.annualCapacity),
  ],
);

export type VenueRow = typeof venues.$inferSelect;
