import { z } from 'zod';
import { count, id, listQueryBase, multiValue, name, nonEmptyPatch, pageOf, recordMeta, sortParam, text } from './common.js';
import { honourLevel, venueStatus, venueType } from './enums.js';
import { bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

const venueFields = z.strictObject({
  name,
  type: venueType.schema,
  regionCode,
  organisationId: id.nullable().optional().meta({ description: 'the organisation that runs it' }),
  address: text(200).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional().meta({ description: 'WGS-84 degrees' }),
  latitude: z.number().min(-90).max(90).nullable().optional().meta({ description: 'WGS-84 degrees' }),
  floorArea: z.number().min(0).max(10_000_000).nullable().optional().meta({ description: '建筑面积, m²' }),
  status: venueStatus.schema.optional(),
  annualCapacity: count.nullable().optional().meta({ description: '年接待能力, 人次' }),
});

/** Coordinates come in pairs: one without the other cannot be placed on a map. */
export function checkCoordinates(value: { longitude?: number | null; latitude?: number | null }, ctx: z.RefinementCtx) {
  const hasLongitude = value.longitude != null;
  const hasLatitude = value.latitude != null;
  if (hasLongitude !== hasLatitude) {
    ctx.addIssue(bilingualIssue([hasLongitude ? 'latitude' : 'longitude'], { zh: '经度和纬度须同时填写', en: 'longitude and latitude go together' }));
  }
}

export const CreateVenueBody = venueFields.superRefine(checkCoordinates).meta({ id: 'CreateVenue' });
export const UpdateVenueBody = venueFields.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateVenue' });

export const VenueResponse = z
  .object({
    ...recordMeta,
    name: z.string(),
    type: venueType.schema,
    regionCode,
    organisationId: id.nullable(),
    address: z.string().nullable(),
    longitude: z.number().nullable(),
    latitude: z.number().nullable(),
    floorArea: z.number().nullable(),
    status: venueStatus.schema,
    annualCapacity: z.number().int().nullable(),
  })
  .meta({ id: 'Venue' });

export const ListVenuesQuery = z.strictObject({
  ...listQueryBase,
  type: multiValue(venueType.schema).optional(),
  status: multiValue(venueStatus.schema).optional(),
  level: honourLevel.schema.optional().meta({ description: 'only venues holding a designation of this level valid today' }),
  organisationId: id.optional(),
  sort: sortParam(['name', 'createdAt', 'updatedAt', 'floorArea'], 'name'),
});

export const VenuePage = pageOf(VenueResponse).meta({ id: 'VenuePage' });

export type CreateVenue = z.infer<typeof CreateVenueBody>;
export type UpdateVenue = z.infer<typeof UpdateVenueBody>;
export type Venue = z.infer<typeof VenueResponse>;
export type ListVenues = z.infer<typeof ListVenuesQuery>;
