import type { RecordEntity } from './access.js';
import { labelsOf, type FieldList } from './field-list.js';
import { designationFields } from './designations.js';
import { eventFields } from './events.js';
import { indicatorFields } from './indicators.js';
import { summaryFields } from './summaries.js';
import { venueFields } from './venues.js';
import { audienceGroup, designationSubject, eventMode, figureQualifier, eventStatus, honourLevel, venueStatus } from './enums.js';
import { z } from 'zod';
import { dictionaryOf, type DictionaryEntry, type DictionaryKind } from './dictionary.js';
import { indicatorRules } from './indicators.js';
import { isQualifierField } from './figures.js';
import { inLanguage } from './headline.js';
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
  /** Its choices are the entries of this dictionary (loaded by the caller), not fixed `options`. */
  dictionary?: DictionaryKind;
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

/**
 * Each entity's rules beyond its schema that need no database but the dictionary (see
 * `organisationRules`): the API, the import and the console's form all ask them.
 */
export const recordRules: Partial<Record<EntityKey, (value: Record<string, unknown>, dictionary: readonly DictionaryEntry[]) => FieldProblem[]>> = {
  organisations: organisationRules,
  indicators: indicatorRules,
};

export const fieldLabel = (field: string, language: 'zh' | 'en') => (labels[field] ? inLanguage(labels[field], language) : field);

export type LabelledEnum = { values: readonly string[]; labels: Record<string, string> };

/** The fixed enum a field holds, by entity: `status` is a venue status on venues and an event status on events. */
export function enumOf(entity: EntityKey, field: string): LabelledEnum | undefined {
  const byField: Record<string, LabelledEnum | undefined> = {
    status: entity === 'venues' ? venueStatus : eventStatus,
    mode: eventMode,
    audienceGroups: audienceGroup,
    level: honourLevel,
    subjectType: designationSubject,
  };
  return isQualifierField(field) ? figureQualifier : byField[field];
}

/** The dictionary a field's codes come from (its schema's `x-dictionary`), if it holds dictionary codes. */
export function dictionaryKindOf(entity: EntityKey, field: string): DictionaryKind | undefined {
  const schema = (recordFieldLists[entity] as FieldList)[field]?.input;
  return schema
    ? (z.globalRegistry.get(unwrap(schema as unknown as ZodInternals).inner as never)?.['x-dictionary'] as DictionaryKind | undefined)
    : undefined;
}

/**
 * The choices of a field: its fixed enum, or the entries of its dictionary. `dictionary` holds the
 * entries the caller loaded; retired ones are left out unless `withRetired` (to label stored values).
 */
export function choicesOf(entity: EntityKey, field: string, dictionary: readonly DictionaryEntry[], withRetired = false): LabelledEnum | undefined {
  const kind = dictionaryKindOf(entity, field);
  if (!kind) return enumOf(entity, field);
  const entries = dictionaryOf(dictionary, kind).entries.filter((entry) => withRetired || entry.active);
  return { values: entries.map((entry) => entry.code), labels: Object.fromEntries(entries.map((entry) => [entry.code, entry.labelZh])) };
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
    const dictionary = dictionaryKindOf(entity, name);
    const base = { name, required, ...(help ? { help } : {}) };
    if (dictionary) return { ...base, kind: 'enum', dictionary };
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
