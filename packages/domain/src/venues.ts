import { z } from 'zod';
import { count, id, listQueryBase, multiValue, name, nonEmptyPatch, pageOf, sortParam, text } from './common.js';
import { inputShape, responseShape, type FieldList } from './field-list.js';
import { honourLevel, venueStatus } from './enums.js';
import { dictionaryValue } from './dictionary.js';
import { bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

/** A venue's fields, declared once (see packages/domain/src/field-list.ts). */
export const venueFields = {
  name: { input: name, label: ['名称', 'Name'], list: { at: 1, shown: true, sort: 'name' } },
  type: { input: dictionaryValue('venue_type'), label: ['类型', 'Type'], list: { at: 2, shown: true } },
  regionCode: { input: regionCode, label: ['行政区划', 'Region'], list: { at: 4, shown: true } },
  organisationId: {
    input: id.nullable().optional().meta({ description: 'the organisation that runs it' }),
    label: ['所属组织', 'Organisation'],
  },
  address: { input: text(200).nullable().optional(), label: ['地址', 'Address'], list: { at: 6 } },
  longitude: {
    input: z.number().min(-180).max(180).nullable().optional().meta({ description: 'WGS-84 degrees' }),
    label: ['经度', 'Longitude'],
  },
  latitude: {
    input: z.number().min(-90).max(90).nullable().optional().meta({ description: 'WGS-84 degrees' }),
    label: ['纬度', 'Latitude'],
  },
  floorArea: {
    input: z.number().min(0).max(10_000_000).nullable().optional().meta({ description: '建筑面积, m²' }),
    label: ['面积（㎡）', 'Floor area (m²)'],
    list: { at: 5, sort: 'floorArea' },
  },
  status: {
    input: venueStatus.schema.optional(),
    label: ['状态', 'Status'],
    empty: 'open',
    list: { at: 3, shown: true },
  },
  annualCapacity: {
    input: count.nullable().optional().meta({ description: '年接待能力, 人次' }),
    label: ['年接待能力（人次）', 'Annual capacity'],
  },
} as const satisfies FieldList;

const venueInput = z.strictObject(inputShape(venueFields));

/** Coordinates come in pairs: one without the other cannot be placed on a map. */
export function checkCoordinates(value: { longitude?: number | null; latitude?: number | null }, ctx: z.RefinementCtx) {
  const hasLongitude = value.longitude != null;
  const hasLatitude = value.latitude != null;
  if (hasLongitude !== hasLatitude) {
    ctx.addIssue(bilingualIssue([hasLongitude ? 'latitude' : 'longitude'], { zh: '经度和纬度须同时填写', en: 'longitude and latitude go together' }));
  }
}

export const CreateVenueBody = venueInput.superRefine(checkCoordinates).meta({ id: 'CreateVenue' });
export const UpdateVenueBody = venueInput.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateVenue' });

export const VenueResponse = z.object(responseShape(venueFields)).meta({ id: 'Venue' });

export const ListVenuesQuery = z.strictObject({
  ...listQueryBase,
  type: multiValue(dictionaryValue('venue_type')).optional(),
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
