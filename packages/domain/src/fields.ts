import type { z } from 'zod';
import type { RecordEntity } from './access.js';
import { labelsOf, type FieldList } from './field-list.js';
import { designationFields } from './designations.js';
import { eventFields } from './events.js';
import { indicatorFields } from './indicators.js';
import { summaryFields } from './summaries.js';
import { venueFields } from './venues.js';
import {
  audienceGroup,
  designationKind,
  designationSubject,
  eventCategory,
  eventMode,
  figureQualifier,
  eventStatus,
  honourLevel,
  indicatorKind,
  organisationType,
  venueStatus,
  venueType,
} from './enums.js';
import { isQualifierField } from './figures.js';
import type { LocalText } from './messages.js';
import { organisationFields, organisationRules, type FieldProblem } from './organisations.js';

type EntityKey = RecordEntity;

/** What kind of control a field of a domain schema needs, read off the zod schema itself. */
export type FieldKind = 'text' | 'longText' | 'number' | 'enum' | 'enumList' | 'reference' | 'referenceList' | 'region' | 'dateTime' | 'date';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required: boolean;
  options?: { value: string; label: string }[];
  references?: EntityKey;
  /** The field list's `help`, when it has one. */
  help?: LocalText;
}

interface ZodInternals {
  _zod: {
    def: { type: string; innerType?: ZodInternals; element?: ZodInternals; entries?: Record<string, string>; format?: string; in?: ZodInternals };
  };
}

/**
 * Field names in Chinese and English: form labels, list columns and import/export headers, read
 * off the entities' field lists. A name means the same on every entity, so it has one label
 * (fields.test.ts holds the lists to that).
 */
export const recordFieldLists = {
  organisations: organisationFields,
  venues: venueFields,
  events: eventFields,
  summaries: summaryFields,
  designations: designationFields,
  indicators: indicatorFields,
} as const satisfies Record<EntityKey, FieldList>;

const labels: Record<string, readonly [string, string]> = {
  updatedAt: ['更新时间', 'Updated'],
  ...Object.values<FieldList>(recordFieldLists).reduce<Record<string, readonly [string, string]>>(
    (all, fields) => ({ ...all, ...labelsOf(fields) }),
    {},
  ),
};

/** Each entity's rules beyond its schema that need no database (see `organisationRules`). */
export const recordRules: Partial<Record<EntityKey, (value: Record<string, unknown>) => FieldProblem[]>> = {
  organisations: organisationRules,
};

export const fieldLabel = (field: string, language: 'zh' | 'en') => labels[field]?.[language === 'zh' ? 0 : 1] ?? field;

export type LabelledEnum = { values: readonly string[]; labels: Record<string, string> };

/** The enum a field holds, by entity: `type` is an organisation type on organisations and a venue type on venues. */
export function enumOf(entity: EntityKey, field: string): LabelledEnum | undefined {
  const byField: Record<string, LabelledEnum | undefined> = {
    type: entity === 'venues' ? venueType : organisationType,
    status: entity === 'venues' ? venueStatus : eventStatus,
    category: eventCategory,
    mode: eventMode,
    audienceGroups: audienceGroup,
    kind: entity === 'indicators' ? indicatorKind : designationKind,
    level: honourLevel,
    subjectType: designationSubject,
  };
  return isQualifierField(field) ? figureQualifier : byField[field];
}

const referenceTargets: Record<string, EntityKey> = {
  parentId: 'organisations',
  organisationId: 'organisations',
  organiserIds: 'organisations',
  venueId: 'venues',
  eventId: 'events',
};

function unwrap(schema: ZodInternals): { inner: ZodInternals; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    const { type, innerType } = inner._zod.def;
    if ((type === 'optional' || type === 'nullable' || type === 'default') && innerType) {
      required = false;
      inner = innerType;
    } else if (type === 'pipe' && inner._zod.def.in) {
      inner = inner._zod.def.in;
    } else {
      return { inner, required };
    }
  }
}

/** The fields of a create schema, in order, with the control each needs. */
export function fieldsOf(entity: EntityKey, schema: z.ZodObject): FieldSpec[] {
  const shape: [string, unknown][] = Object.entries(schema.shape);
  return shape.map(([name, field]) => {
    const { inner, required } = unwrap(field as ZodInternals);
    const { type, format, element } = inner._zod.def;
    const options = enumOf(entity, name)?.values.map((value) => ({ value, label: enumOf(entity, name)?.labels[value] ?? value }));
    const help = (recordFieldLists[entity] as FieldList)[name]?.help;
    const base = { name, required, ...(help ? { help } : {}) };
    if (name === 'regionCode') return { ...base, kind: 'region' };
    if (referenceTargets[name]) return { ...base, kind: type === 'array' ? 'referenceList' : 'reference', references: referenceTargets[name] };
    if (type === 'enum') return { ...base, kind: 'enum', ...(options ? { options } : {}) };
    if (type === 'array' && element?._zod.def.type === 'enum') return { ...base, kind: 'enumList', ...(options ? { options } : {}) };
    if (type === 'number') return { ...base, kind: 'number' };
    if (format === 'datetime') return { ...base, kind: 'dateTime' };
    if (format === 'date') return { ...base, kind: 'date' };
    if (name === 'description' || name === 'note') return { ...base, kind: 'longText' };
    return { ...base, kind: 'text' };
  });
}
