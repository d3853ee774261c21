import type { paths } from '@kepu/client';
import {
  importableEntities,
  dictionaryOf,
  type DictionaryEntry,
  listColumnsOf,
  designationFields,
  eventFields,
  indicatorFields,
  organisationFields,
  summaryFields,
  venueFields,
  recordEntities,
  recordSchemas,
  type FieldList,
  type ImportableEntity,
  type RecordEntity,
} from '@kepu/domain';
import type { z } from 'zod';

// How the console shows each record type (columns, filters, titles). The entity list, the record
// shapes and their pages are the domain's; this file only adds presentation.

export const isRecordEntity = (value: string | undefined): value is RecordEntity => (recordEntities as readonly string[]).includes(value ?? '');
export const isImportable = (value: string | undefined): value is ImportableEntity => (importableEntities as readonly string[]).includes(value ?? '');

/** Any record as the API answers it (`GET /api/v1/{entity}/{id}`), typed from the document. */
export type AnyRecord = paths[`/api/v1/${RecordEntity}/{id}`]['get']['responses'][200]['content']['application/json'];

/** A list filter kept in the URL: an enum (multi-choice), a date range, or a year. */
export type FilterSpec = { param: string; kind: 'enum'; field: string } | { param: 'from'; kind: 'dateRange' } | { param: 'year'; kind: 'year' };

export interface EntityConfig {
  key: RecordEntity;
  create: z.ZodObject;
  update: z.ZodType;
  /** Columns a list can show, the first ones shown by default; `sort` names the API's sort key. */
  columns: { field: string; sort?: string }[];
  defaultColumns: string[];
  filters: FilterSpec[];
  /** What to call a record in titles and pickers. */
  /** How a record is named in links and headings; `dictionary` labels a code-named record (an indicator is its kind and year). */
  title(record: Record<string, unknown>, dictionary: readonly DictionaryEntry[]): string;
  /** Lists of records that point at this one, for its detail page. */
  related: { entity: RecordEntity; param: string }[];
}

/** A list's columns, read off the domain's field list (`list`), then the update time where the API sorts by it. */
function listedColumns(fields: FieldList, sortsByUpdate = false) {
  const { columns, defaultColumns } = listColumnsOf(fields);
  return { columns: sortsByUpdate ? [...columns, { field: 'updatedAt', sort: 'updatedAt' }] : columns, defaultColumns };
}

const named = (record: Record<string, unknown>) => String(record.name ?? record.title ?? record.id);

export const entities: Record<RecordEntity, EntityConfig> = {
  organisations: {
    key: 'organisations',
    ...recordSchemas.organisations,
    ...listedColumns(organisationFields, true),
    filters: [{ param: 'type', kind: 'enum', field: 'type' }],
    title: named,
    related: [
      { entity: 'venues', param: 'organisationId' },
      { entity: 'events', param: 'organisationId' },
      { entity: 'designations', param: 'organisationId' },
    ],
  },
  venues: {
    key: 'venues',
    ...recordSchemas.venues,
    ...listedColumns(venueFields, true),
    filters: [
      { param: 'type', kind: 'enum', field: 'type' },
      { param: 'status', kind: 'enum', field: 'status' },
      { param: 'level', kind: 'enum', field: 'level' },
    ],
    title: named,
    related: [
      { entity: 'events', param: 'venueId' },
      { entity: 'designations', param: 'venueId' },
    ],
  },
  events: {
    key: 'events',
    ...recordSchemas.events,
    ...listedColumns(eventFields, true),
    filters: [
      { param: 'category', kind: 'enum', field: 'category' },
      { param: 'status', kind: 'enum', field: 'status' },
      { param: 'from', kind: 'dateRange' },
    ],
    title: named,
    related: [],
  },
  summaries: {
    key: 'summaries',
    ...recordSchemas.summaries,
    ...listedColumns(summaryFields, true),
    filters: [
      { param: 'category', kind: 'enum', field: 'category' },
      { param: 'year', kind: 'year' },
    ],
    title: named,
    related: [],
  },
  designations: {
    key: 'designations',
    ...recordSchemas.designations,
    ...listedColumns(designationFields),
    filters: [
      { param: 'kind', kind: 'enum', field: 'kind' },
      { param: 'level', kind: 'enum', field: 'level' },
    ],
    title: named,
    related: [],
  },
  indicators: {
    key: 'indicators',
    ...recordSchemas.indicators,
    ...listedColumns(indicatorFields),
    filters: [
      { param: 'kind', kind: 'enum', field: 'kind' },
      { param: 'year', kind: 'year' },
    ],
    title: (record, dictionary) =>
      `${dictionaryOf(dictionary, 'indicator_kind').label(String(record.kind))} ${typeof record.year === 'number' ? record.year : ''}`.trim(),
    related: [],
  },
};

/** A record's field by name, for the generic list, detail and form pages. */
export function valueOf(record: AnyRecord, field: string): unknown {
  const fields: Record<string, unknown> = record;
  return fields[field];
}
