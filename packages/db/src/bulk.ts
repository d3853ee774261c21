import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.js';

const rowsPerStatement = 10_000;

/** The column's name in the database: the schema leaves most names to the snake_case casing of the client. */
const databaseName = (column: PgColumn) => (column.keyAsName ? column.name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`) : column.name);

/**
 * Inserts many rows as one JSON parameter per statement, expanded by `jsonb_populate_recordset`
 * into the table's own row type. Binding 20 parameters per row costs the driver and the server
 * more than the insert itself; one JSON document of ten thousand rows is parsed in milliseconds.
 * Rows are keyed by the schema's property names; columns no row names get their defaults.
 */
export async function insertMany(executor: Executor, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = (Object.entries(getTableColumns(table)) as [string, PgColumn][]).filter(([key]) => rows.some((row) => key in row));
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(databaseName(column))),
    sql`, `,
  );
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const documents = rows
      .slice(start, start + rowsPerStatement)
      .map((row) => Object.fromEntries(columns.map(([key, column]) => [databaseName(column), row[key] ?? null])));
    await executor.execute(
      sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(documents)}::jsonb)`,
    );
  }
}
