import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Puts a value into a list query. Pages bind named placeholders, so each shape of filters is
 * prepared once and reused; exports bind plain parameters into a one-off cursor query.
 */
export type Bind = (name: string, value: unknown) => SQLWrapper;

export function createBinder() {
  const values: Record<string, unknown> = {};
  const bind: Bind = (name, value) => {
    values[name] = value;
    return sql.placeholder(name);
  };
  return { bind, values, shape: () => Object.keys(values).sort().join(',') };
}

/** Binds each value as a parameter of the statement itself. */
export const bindParameter: Bind = (_name, value) => sql.param(value);

/** `column = any(array)`, the placeholder-friendly form of IN. */
export const anyOf = (column: PgColumn, values: SQLWrapper): SQL => sql`${column} = any(${values})`;

/** A uuid[] column that holds `id` (served by its GIN index). */
export const holdsId = (column: PgColumn, id: SQLWrapper): SQL => sql`${column} @> array[${id}]::uuid[]`;
