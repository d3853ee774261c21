import type { z } from 'zod';
import { recordMeta, stored, type Stored } from './common.js';
import type { LocalText } from './messages.js';
import { toShanghaiIso } from './time.js';

type EmptyValue = string | number | boolean | readonly [];

/**
 * One field of a record, declared once: what a create body accepts, what a response carries, its
 * labels, and how the console lists it. The create, update and response schemas, the labels, the
 * import/export columns, the console's form, detail and list, and the API's row↔response mapping
 * are all read off the entity's list of these.
 */
export interface FieldDef<Input extends z.ZodType = z.ZodType> {
  /** What a create body accepts; a response carries `stored(input)`, so its limits are the input's. */
  input: Input;
  label: readonly [zh: string, en: string];
  /** Stored when a create body leaves the field out (null when not given); a function derives it from the body's other fields. */
  empty?: EmptyValue | ((input: Record<string, unknown>) => EmptyValue);
  /** An instant: sent and answered as ISO 8601 text (answered in +08:00), stored as a timestamp. */
  instant?: true;
  /** What a person filling the field in should know that its label cannot say: shown under it in the console's form and in the import template. */
  help?: LocalText;
  /** A console list column: `at` orders the columns, `shown` makes it a default one, `sort` names the API's sort key. */
  list?: { at: number; shown?: boolean; sort?: string };
}

export type FieldList = Record<string, FieldDef>;

type Inputs<F extends FieldList> = { [K in keyof F]: F[K]['input'] };
type Outputs<F extends FieldList> = { [K in keyof F]: Stored<F[K]['input']> };

const mapFields = <F extends FieldList, T>(fields: F, pick: (field: FieldDef) => T) =>
  Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, pick(field)])) as { [K in keyof F]: T };

/** The create body's fields, in declaration order (update bodies are their partial). */
export const inputShape = <F extends FieldList>(fields: F) => mapFields(fields, (field) => field.input) as Inputs<F>;

/** A response: the record's meta columns, then its fields. */
export const responseShape = <F extends FieldList>(fields: F) => ({
  ...recordMeta,
  ...(mapFields(fields, (field) => stored(field.input)) as Outputs<F>),
});

/** The values a stored row holds for a create body: what was sent, else the field's empty value, else null. */
export function columnsOf(fields: FieldList, input: Record<string, unknown>): Record<string, unknown> {
  // A loop, not entries mapped: an import passes 100,000 rows through here, twice.
  const columns: Record<string, unknown> = {};
  for (const name in fields) {
    const field = fields[name] as FieldDef;
    const value = input[name] ?? (typeof field.empty === 'function' ? field.empty(input) : field.empty) ?? null;
    columns[name] = field.instant && typeof value === 'string' ? new Date(value) : value;
  }
  return columns;
}

type Values<F extends FieldList> = { [K in keyof F]: z.output<Outputs<F>[K]> };

/**
 * A function from a stored row to the fields a response carries, in declaration order. Built once
 * per entity: every listed row goes through it, so it loops over a prepared name list instead of
 * rebuilding one from the field list each time.
 */
export function rowReader<F extends FieldList>(fields: F): (row: Record<string, unknown>) => Values<F> {
  const names = Object.keys(fields);
  const instants = new Set(names.filter((name) => fields[name]?.instant));
  return (row) => {
    const values: Record<string, unknown> = {};
    for (const name of names) {
      const value = row[name];
      values[name] = instants.has(name) && value instanceof Date ? toShanghaiIso(value) : value;
    }
    return values as Values<F>;
  };
}

/** Field labels `[zh, en]` by name. */
export const labelsOf = (fields: FieldList) => mapFields(fields, (field) => field.label) as Record<string, readonly [string, string]>;

/** The console's list columns, in their order, and the ones shown by default. */
export function listColumnsOf(fields: FieldList) {
  const listed = Object.entries(fields)
    .flatMap(([field, { list }]) => (list ? [{ field, ...list }] : []))
    .sort((a, b) => a.at - b.at);
  return {
    columns: listed.map(({ field, sort }) => (sort ? { field, sort } : { field })),
    defaultColumns: listed.filter(({ shown }) => shown).map(({ field }) => field),
  };
}
