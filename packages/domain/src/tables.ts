import type { z } from 'zod';
import type { RecordEntity } from './access.js';
import { CreateDesignationBody, DesignationPage, DesignationResponse, UpdateDesignationBody } from './designations.js';
import { CreateEventBody, EventPage, EventResponse, UpdateEventBody } from './events.js';
import { fieldLabel, fieldsOf, type FieldSpec } from './fields.js';
import { CreateIndicatorBody, IndicatorPage, IndicatorResponse, UpdateIndicatorBody } from './indicators.js';
import { CreateOrganisationBody, OrganisationPage, OrganisationResponse, UpdateOrganisationBody } from './organisations.js';
import { CreateSummaryBody, SummaryPage, SummaryResponse, UpdateSummaryBody } from './summaries.js';
import { CreateVenueBody, UpdateVenueBody, VenuePage, VenueResponse } from './venues.js';

/** Each record type's request and response schemas, for code that handles every record type alike. */
export const recordSchemas = {
  organisations: { create: CreateOrganisationBody, update: UpdateOrganisationBody, response: OrganisationResponse, page: OrganisationPage },
  venues: { create: CreateVenueBody, update: UpdateVenueBody, response: VenueResponse, page: VenuePage },
  events: { create: CreateEventBody, update: UpdateEventBody, response: EventResponse, page: EventPage },
  summaries: { create: CreateSummaryBody, update: UpdateSummaryBody, response: SummaryResponse, page: SummaryPage },
  designations: { create: CreateDesignationBody, update: UpdateDesignationBody, response: DesignationResponse, page: DesignationPage },
  indicators: { create: CreateIndicatorBody, update: UpdateIndicatorBody, response: IndicatorResponse, page: IndicatorPage },
} as const satisfies Record<RecordEntity, { create: z.ZodObject; update: z.ZodType; response: z.ZodType; page: z.ZodType }>;

/** The record types staff keep in spreadsheets today and can import. */
export const importableEntities = ['organisations', 'venues', 'events'] as const satisfies readonly RecordEntity[];
export type ImportableEntity = (typeof importableEntities)[number];

/** A column of an import template or an export: a record field and the Chinese header it goes under. */
export interface TableColumn extends FieldSpec {
  header: string;
}

/** Columns every export may add after the record's own; imports recognise and skip them. */
export const recordMetaColumns: TableColumn[] = [
  { name: 'id', kind: 'text', required: false, header: '编号' },
  { name: 'createdAt', kind: 'dateTime', required: false, header: '创建时间' },
  { name: 'updatedAt', kind: 'dateTime', required: false, header: '更新时间' },
];

const columnsByEntity = new Map<RecordEntity, readonly TableColumn[]>();

/**
 * The record's own columns, in form order, as templates, imports and exports share them. Read off
 * the schema once per entity: imports ask for them on every row.
 */
export function tableColumns(entity: RecordEntity): readonly TableColumn[] {
  let columns = columnsByEntity.get(entity);
  if (!columns) {
    columns = fieldsOf(entity, recordSchemas[entity].create).map((field) => ({ ...field, header: fieldLabel(field.name, 'zh') }));
    columnsByEntity.set(entity, columns);
  }
  return columns;
}
