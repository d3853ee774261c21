import {
  CreateVenueBody,
  ListVenuesQuery,
  UpdateVenueBody,
  VenuePage,
  VenueResponse,
  columnsOf,
  toShanghaiDate,
  venueFields,
  type CreateVenue,
  type ListVenues,
  type Venue,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { eq, sql } from 'drizzle-orm';
import { anyOf } from '../kernel/resource/bind.js';
import { requireLive, requireRegion } from '../kernel/references.js';
import { recordResource, recordResponse, type ImportableSpec } from '../kernel/resource/spec.js';

const { venues, organisations, designations } = schema;
type VenueRow = typeof venues.$inferSelect;

export const venuesResource: ImportableSpec<VenueRow, CreateVenue, ListVenues, Venue> = {
  ...recordResource('venues', 'Venue', '科普阵地 venues', venues),
  schemas: { create: CreateVenueBody, update: UpdateVenueBody, query: ListVenuesQuery, response: VenueResponse, page: VenuePage },
  searchColumn: venues.name,
  sortColumns: { name: venues.name, createdAt: venues.createdAt, updatedAt: venues.updatedAt, floorArea: venues.floorArea },
  filters: (query, bind) => {
    const today = query.level ? bind('today', toShanghaiDate(new Date())) : undefined;
    return [
      query.type ? anyOf(venues.type, bind('type', query.type)) : undefined,
      query.status ? anyOf(venues.status, bind('status', query.status)) : undefined,
      query.organisationId ? eq(venues.organisationId, bind('organisationId', query.organisationId)) : undefined,
      query.level
        ? sql`exists (select 1 from ${designations} where ${designations.venueId} = ${venues.id}
            and ${designations.level} = ${bind('level', query.level)} and ${designations.deletedAt} is null
            and (${designations.validFrom} is null or ${designations.validFrom} <= ${today}::date) and (${designations.validTo} is null or ${designations.validTo} >= ${today}::date))`
        : undefined,
    ];
  },
  async prepare(input, { executor, principal }) {
    await requireRegion(input.regionCode);
    if (input.organisationId) await requireLive(executor, organisations, [input.organisationId], 'body.organisationId', principal);
    return venuesResource.toColumns(input);
  },
  // One-to-one with the domain's field list: a new field needs no line here.
  toColumns: (input) => columnsOf(venueFields, input),
  ...recordResponse(venues, venueFields),
};
