import {
  CreateVenueBody,
  ListVenuesQuery,
  UpdateVenueBody,
  VenuePage,
  VenueResponse,
  toShanghaiDate,
  type CreateVenue,
  type ListVenues,
  type Venue,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { eq, sql } from 'drizzle-orm';
import { anyOf } from '../kernel/resource/bind.js';
import { requireLive, requireRegion } from '../kernel/references.js';
import { recordMetaOf, recordResource, type ImportableSpec } from '../kernel/resource/spec.js';

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
            and ${designations.validFrom} <= ${today}::date and (${designations.validTo} is null or ${designations.validTo} >= ${today}::date))`
        : undefined,
    ];
  },
  async prepare(input, { executor, principal }) {
    await requireRegion(input.regionCode);
    if (input.organisationId) await requireLive(executor, organisations, [input.organisationId], 'body.organisationId', principal);
    return venuesResource.toColumns(input);
  },
  toColumns: (input) => ({
    name: input.name,
    type: input.type,
    regionCode: input.regionCode,
    organisationId: input.organisationId ?? null,
    address: input.address ?? null,
    longitude: input.longitude ?? null,
    latitude: input.latitude ?? null,
    floorArea: input.floorArea ?? null,
    status: input.status ?? 'open',
    annualCapacity: input.annualCapacity ?? null,
  }),
  toResponse: (row) => ({
    name: row.name,
    type: row.type,
    regionCode: row.regionCode,
    organisationId: row.organisationId,
    address: row.address,
    longitude: row.longitude,
    latitude: row.latitude,
    floorArea: row.floorArea,
    status: row.status,
    annualCapacity: row.annualCapacity,
    ...recordMetaOf(row),
  }),
};
