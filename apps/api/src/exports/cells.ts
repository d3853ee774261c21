import { choicesOf, recordMetaColumns, tableColumns, type RecordEntity, type TableColumn } from '@kepu/domain';
import { dictionaryEntriesFor } from '../kernel/dictionary.js';
import { regionIndex, schema, type Executor } from '@kepu/db';
import type { Cell } from '@kepu/sheets';
import { and, inArray, sql } from 'drizzle-orm';

const { organisations, venues, events } = schema;

/** `2024-09-15T09:00:00+08:00` → `2024-09-15 09:00`, as staff type it (seconds only when there are any). */
export function sheetDateTime(iso: string): string {
  const [date, time = ''] = iso.split('T');
  const clock = time.slice(0, 8);
  return `${date} ${clock.endsWith(':00') ? clock.slice(0, 5) : clock}`;
}

/** How a region appears in a sheet: the code, which imports read first, then the full name for people. */
export const regionCell = (code: string, fullName: string | undefined) => (fullName ? `${code} ${fullName}` : code);

/** A list of names in one cell; imports split on the same marks. */
export const listSeparator = '；';

const nameSources = {
  organisations: { table: organisations, name: organisations.name },
  venues: { table: venues, name: venues.name },
  events: { table: events, name: events.title },
} as const;

/**
 * Names of referenced records, fetched a batch at a time and remembered for the rest of the export.
 * Deleted records keep their name: an event still names the organisation that ran it.
 */
export function referenceNames(executor: Executor) {
  const known = new Map<string, string>();
  return {
    executor,
    async load(entity: keyof typeof nameSources, ids: Iterable<string>) {
      const missing = [...new Set(ids)].filter((id) => !known.has(id));
      if (missing.length === 0) return;
      const { table, name } = nameSources[entity];
      const rows = await executor
        .select({ id: table.id, name: sql<string>`${name}` })
        .from(table)
        .where(and(inArray(table.id, missing)));
      for (const row of rows) known.set(row.id, row.name);
    },
    nameOf: (id: string) => known.get(id) ?? id,
  };
}

export type ReferenceNames = ReturnType<typeof referenceNames>;

/** The columns an export may name: the record's own, then id and timestamps. */
export function exportableColumns(entity: RecordEntity): TableColumn[] {
  return [...tableColumns(entity), ...recordMetaColumns];
}

/** Turns records (as the API returns them) into sheet rows for the chosen columns. */
export async function recordCells(
  entity: RecordEntity,
  columns: TableColumn[],
  records: Record<string, unknown>[],
  names: ReferenceNames,
): Promise<Cell[][]> {
  for (const column of columns) {
    if (!column.references || !(column.references in nameSources)) continue;
    const ids = records.flatMap((record) => {
      const value = record[column.name];
      return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    });
    await names.load(column.references as keyof typeof nameSources, ids);
  }
  const regions = await regionIndex();
  const dictionary = await dictionaryEntriesFor(names.executor);
  const labelsOf = columns.map((column) => choicesOf(entity, column.name, dictionary, true)?.labels);
  return records.map((record) =>
    columns.map((column, index): Cell => {
      const value = record[column.name] as string | number | string[] | null | undefined;
      if (value === null || value === undefined) return null;
      const labels = labelsOf[index];
      switch (column.kind) {
        case 'region':
          return regionCell(String(value), regions.get(String(value))?.fullName);
        case 'reference':
          return names.nameOf(String(value));
        case 'referenceList':
          return (value as string[]).map((id) => names.nameOf(id)).join(listSeparator);
        case 'enum':
          return labels?.[String(value)] ?? String(value);
        case 'enumList':
          return (value as string[]).map((item) => labels?.[item] ?? item).join(listSeparator);
        case 'dateTime':
          return sheetDateTime(String(value));
        default:
          return Array.isArray(value) ? value.join(listSeparator) : value;
      }
    }),
  );
}
