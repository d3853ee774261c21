import {
  CreateDesignationBody,
  DesignationPage,
  DesignationResponse,
  ListDesignationsQuery,
  UpdateDesignationBody,
  columnsOf,
  designationFields,
  unspecifiedLevel,
  type CreateDesignation,
  type Designation,
  type ListDesignations,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { anyOf } from '../kernel/resource/bind.js';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { unprocessable } from '../kernel/errors.js';
import { requireLive, requireRegion } from '../kernel/references.js';
import { recordResource, recordResponse, type PrepareContext, type RecordTable, type ResourceSpec } from '../kernel/resource/spec.js';

const { designations, organisations, venues, events } = schema;
type DesignationRow = typeof designations.$inferSelect;

const subjects = {
  organisation: { table: organisations, field: 'organisationId' },
  venue: { table: venues, field: 'venueId' },
  event: { table: events, field: 'eventId' },
} as const satisfies Record<string, { table: RecordTable & { regionCode: PgColumn }; field: keyof CreateDesignation }>;

/** The region a designation counts towards: the honoured region itself, or its subject's region. */
async function subjectRegion(input: CreateDesignation, { executor, principal }: PrepareContext<DesignationRow>) {
  if (input.subjectType === 'region') return (await requireRegion(input.regionCode ?? '')).code;
  const subject = subjects[input.subjectType];
  const id = input[subject.field] ?? '';
  const [row] = await requireLive<{ regionCode: string }>(executor, subject.table, [id], `body.${subject.field}`, principal);
  const regionCode = row?.regionCode ?? '';
  if (input.regionCode && input.regionCode !== regionCode) {
    throw unprocessable([
      {
        field: 'body.regionCode',
        message: { zh: `须与认定对象所在的行政区划 ${regionCode} 一致（也可不填）`, en: `must be the subject's region ${regionCode} (or left out)` },
      },
    ]);
  }
  return regionCode;
}

export const designationsResource: ResourceSpec<DesignationRow, CreateDesignation, ListDesignations, Designation> = {
  ...recordResource('designations', 'Designation', '认定/荣誉 designations', designations),
  schemas: {
    create: CreateDesignationBody,
    update: UpdateDesignationBody,
    query: ListDesignationsQuery,
    response: DesignationResponse,
    page: DesignationPage,
  },
  searchColumn: designations.name,
  sortColumns: { validFrom: designations.validFrom, name: designations.name, level: designations.level, createdAt: designations.createdAt },
  filters: (query, bind) => {
    const validOn = query.validOn ? bind('validOn', query.validOn) : undefined;
    return [
      query.kind ? anyOf(designations.kind, bind('kind', query.kind)) : undefined,
      // `unspecified` asks for honours given without a level (unspecifiedLevel).
      query.level ? sql`coalesce(${designations.level}::text, ${sql.raw(`'${unspecifiedLevel}'`)}) = any(${bind('level', query.level)})` : undefined,
      query.subjectType ? eq(designations.subjectType, bind('subjectType', query.subjectType)) : undefined,
      query.venueId ? eq(designations.venueId, bind('venueId', query.venueId)) : undefined,
      query.organisationId ? eq(designations.organisationId, bind('organisationId', query.organisationId)) : undefined,
      // An honour whose start is unknown counts as valid until it ends.
      validOn ? or(isNull(designations.validFrom), lte(designations.validFrom, validOn)) : undefined,
      validOn ? or(isNull(designations.validTo), gte(designations.validTo, validOn)) : undefined,
    ];
  },
  async prepare(input, { executor, principal }) {
    return { ...columnsOf(designationFields, input), regionCode: await subjectRegion(input, { executor, principal }) };
  },

  // A stored designation of a venue carries the venue's region; re-deriving it lets a PATCH move the subject.
  mergeForUpdate: (current, patch) => {
    const { id, version, createdAt, updatedAt, regionCode, ...fields } = current;
    const subjectType = patch.subjectType ?? current.subjectType;
    return { ...fields, ...(subjectType === 'region' ? { regionCode } : {}), ...patch };
  },
  ...recordResponse(designations, designationFields),
};
