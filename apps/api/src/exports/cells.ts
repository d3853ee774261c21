import { choicesOf, recordMetaColumns, tableColumns, type RecordEntity, type TableColumn } from '@kepu/domain';
import { dictionaryEntriesFor } from '../kernel/dictionary.js';
import { schema, type Executor } from '@kepu/db';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RecordTable } from '../kernel/resource/spec.js';

/** A list of names in one cell; imports split on the same marks. */
const listSeparator = '；';

/**
 * Every name of a kind of record (deleted ones keep theirs: an event still names the organisation
 * that ran it) as one jsonb object, which PostgreSQL builds once per export: a lookup in it costs a
 * fraction of an index probe per row.
 */
const namesOf = {
  organisations: sql`(select jsonb_object_agg(${schema.organisations.id}, ${schema.organisations.name}) from ${schema.organisations})`,
  venues: sql`(select jsonb_object_agg(${schema.venues.id}, ${schema.venues.name}) from ${schema.venues})`,
  events: sql`(select jsonb_object_agg(${schema.events.id}, ${schema.events.title}) from ${schema.events})`,
};
const regionNames = sql`(select jsonb_object_agg(${schema.regions.code}, ${schema.regions.fullName}) from ${schema.regions})`;

/** The columns an export may name: the record's own, then id and timestamps. */
export function exportableColumns(entity: RecordEntity): TableColumn[] {
  return [...tableColumns(entity), ...recordMetaColumns];
}

// Spreadsheet programs run a cell that starts with = + - @ tab or CR as a formula; the sheet
// writers prefix such text with an apostrophe, and so does this SQL when PostgreSQL writes the CSV.
const formulaStartCodes = [61, 43, 45, 64, 9, 13].join(', ');

/**
 * Text as a cell: empty text is an empty cell, and formula-like text is escaped when asked. A list
 * is built once in a subquery (OFFSET 0 keeps PostgreSQL from inlining it into each mention);
 * cheaper text is simply named again.
 */
function textCell(text: SQL, escapeFormulas: boolean, expensive = false): SQL {
  if (!escapeFormulas) return sql`nullif(${text}, '')`;
  const escaped = (cell: SQL) => sql`case when ascii(${cell}) in (${sql.raw(formulaStartCodes)}) then '''' || ${cell} else nullif(${cell}, '') end`;
  return expensive ? sql`(select ${escaped(sql`cell`)} from (select ${text} as cell offset 0) as cell_text)` : escaped(text);
}

/** `2024-09-15 09:00` (seconds only when there are any), in Asia/Shanghai's fixed +08:00, as staff type it. */
const sheetDateTime = (column: PgColumn) =>
  sql`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD HH24:MI') || case when extract(second from ${column}) >= 1 then to_char(${column}, ':SS') else '' end`;

/** A referenced record's name, or its id when it is gone. */
const referenceName = (target: keyof typeof namesOf, id: SQL) => sql`coalesce(${namesOf[target]} ->> ${id}::text, ${id}::text)`;

/** The items of an array column, each turned into text by `item`, joined as one cell in their order. */
const listCell = (stored: PgColumn, item: (listed: SQL) => SQL) =>
  sql`array_to_string(array(select ${item(sql`listed.item`)} from unnest(${stored}) with ordinality as listed(item, n) order by listed.n), ${listSeparator})`;

/**
 * How one column of a record reads in a sheet, as one SQL expression: labels for codes, full names
 * for regions, names for references, dates as staff type them. PostgreSQL builds the cells, so a
 * million rows never become JavaScript objects on their way to a CSV.
 */
function cellOf(column: TableColumn, stored: PgColumn, labels: Record<string, string> | undefined, escapeFormulas: boolean): SQL {
  const labelled = (code: SQL) => (labels ? sql`coalesce(${JSON.stringify(labels)}::jsonb ->> ${code}, ${code})` : code);
  switch (column.kind) {
    case 'number':
      // numeric comes back as text from the driver; as float8 it is a number in XLSX and prints without trailing zeros.
      return stored.getSQLType().startsWith('numeric') ? sql`${stored}::float8` : sql`${stored}`;
    case 'dateTime':
      return sheetDateTime(stored);
    case 'date':
      return sql`to_char(${stored}, 'YYYY-MM-DD')`;
    case 'region':
      return sql`coalesce(${stored} || ' ' || (${regionNames} ->> ${stored}), ${stored})`;
    case 'reference':
      return textCell(referenceName(column.references as keyof typeof namesOf, sql`${stored}`), escapeFormulas);
    case 'referenceList':
      return textCell(
        listCell(stored, (id) => referenceName(column.references as keyof typeof namesOf, id)),
        escapeFormulas,
        true,
      );
    case 'enum':
      return textCell(labelled(sql`${stored}::text`), escapeFormulas);
    case 'enumList':
      return textCell(
        listCell(stored, (code) => labelled(sql`${code}::text`)),
        escapeFormulas,
        true,
      );
    default:
      return textCell(sql`${stored}::text`, escapeFormulas);
  }
}

/**
 * The select list of an export: one cell per chosen column, named c0, c1, …. With `escapeFormulas`
 * the text is ready for a CSV as PostgreSQL's COPY writes it; without, the sheet writer escapes.
 */
export async function exportCells(
  executor: Executor,
  entity: RecordEntity,
  table: RecordTable,
  columns: TableColumn[],
  options: { escapeFormulas: boolean },
): Promise<SQL> {
  const dictionary = await dictionaryEntriesFor(executor);
  const stored: Record<string, PgColumn> = getTableColumns(table);
  const cells = columns.map((column, index) => {
    const source = stored[column.name];
    if (!source) throw new Error(`${entity} has no stored column ${column.name}`);
    const labels = choicesOf(entity, column.name, dictionary, true)?.labels;
    return sql`${cellOf(column, source, labels, options.escapeFormulas)} as ${sql.identifier(`c${index}`)}`;
  });
  return sql.join(cells, sql`, `);
}
