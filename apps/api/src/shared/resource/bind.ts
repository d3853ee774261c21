import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Puts a value into a list query as a named placeholder; the names bound make up the query's shape. */
export type Bind = (name: string, value: unknown) => Placeholder;

export function createBinder() {
  const values: Record<string, unknown> = {};
  const bind: Bind = (name, value) => {
    values[name] = value;
    return sql.placeholder(name);
  };
  return { bind, values, shape: () => Object.keys(values).sort().join(',') };
}

/** `column = any(array)`, the placeholder-friendly form of IN. */
export const anyOf = (column: PgColumn, values: Placeholder): SQL => sql`${column} = any(${values})`;
