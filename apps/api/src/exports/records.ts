import { columnNames, recordEntityLabels, type ExportFormat, type RecordEntity, type TableColumn } from '@kepu/domain';
import { readWholeResult, type Database, type DatabaseHandle } from '@kepu/db';
import { crlfRowEnds, csvChunks, type Cell } from '@kepu/sheets';
import { and, sql, type SQL } from 'drizzle-orm';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Principal } from '../kernel/principal.js';
import { invalidFields } from '../kernel/errors.js';
import { bindParameter } from '../kernel/resource/bind.js';
import type { ResourceContext } from '../kernel/resource/context.js';
import { orderFor } from '../kernel/resource/repository.js';
import type { ListQueryBase, ResourceSpec } from '../kernel/resource/spec.js';
import { exportableColumns, exportCells } from './cells.js';
import { tableChunks } from '../kernel/download.js';
import { cursorBatches } from './cursor.js';

const batchSize = 2000;

/** The columns an export asked for, in its order; unknown names are a 400 naming `field`. */
export function chooseColumns(entity: RecordEntity, requested: string | undefined, field = 'query.columns'): TableColumn[] {
  const available = exportableColumns(entity);
  if (!requested) return available.filter((column) => column.name !== 'id' && column.name !== 'createdAt');
  const names = columnNames(requested);
  const unknown = names.filter((name) => !available.some((column) => column.name === name));
  if (unknown.length > 0 || names.length === 0) {
    const choices = available.map((column) => column.name).join(', ');
    const message =
      unknown.length > 0
        ? { zh: `没有列 ${unknown.join('、')}；可选的列有 ${choices}`, en: `unknown column ${unknown.join(', ')}; choose from ${choices}` }
        : { zh: `没有选择任何列；可选的列有 ${choices}`, en: `unknown column (none given); choose from ${choices}` };
    throw invalidFields([{ field, message }]);
  }
  return names.map((name) => available.find((column) => column.name === name) as TableColumn);
}

export interface RecordExport<Query extends ListQueryBase> {
  principal: Principal;
  query: Query;
  columns: TableColumn[];
  format: ExportFormat;
}

/** Where an export reads from: the database, and PostgreSQL's CSV stream where there is one. */
export interface ExportSource {
  db: Database;
  copyCsv: DatabaseHandle['copyCsv'];
}

/**
 * Writes every record of a list (the caller's scope and the list's filters and order) to `sink`
 * as CSV or XLSX, from one read-only snapshot. PostgreSQL builds the cells (see cells.ts); on
 * PostgreSQL a CSV is written by COPY itself, elsewhere the rows come through a cursor to the
 * sheet writers. Resolves with the number of rows written.
 */
export async function writeRecordExport<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  source: ExportSource,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
  request: RecordExport<Query>,
  sink: Writable,
): Promise<number> {
  const entity = spec.entity as RecordEntity;
  const { where } = await context.listConditions(request.principal, request.query, bindParameter);
  const header: Cell[] = request.columns.map((column) => ({ value: column.header, style: 'header' as const }));
  const filtered = (cells: SQL) =>
    sql`select ${cells} from ${spec.table} where ${and(sql`${spec.table.deletedAt} is null`, where)} order by ${sql.join(
      orderFor(request.query.sort, spec.sortColumns, spec.table.id),
      sql`, `,
    )}`;

  if (request.format === 'csv' && source.copyCsv) {
    const copied = source.copyCsv(filtered(await exportCells(source.db, entity, spec.table, request.columns, { escapeFormulas: true })));
    const counter = { rows: 0 };
    async function* file() {
      yield* csvChunks([header]);
      yield* crlfRowEnds(copied, counter);
    }
    await pipeline(Readable.from(file()), sink);
    return counter.rows;
  }

  return source.db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    await tx.execute(sql.raw(readWholeResult));
    const cells = await exportCells(tx, entity, spec.table, request.columns, { escapeFormulas: false });
    let written = 0;
    async function* rows(): AsyncGenerator<Cell[]> {
      yield header;
      for await (const batch of cursorBatches<Record<string, Cell>>(tx, filtered(cells), batchSize)) {
        written += batch.length;
        for (const row of batch) yield request.columns.map((_, index) => row[`c${index}`]);
      }
    }
    const layout = {
      name: recordEntityLabels[entity],
      frozenRows: 1,
      widths: request.columns.map((column) => (column.kind === 'longText' ? 40 : column.kind === 'region' ? 30 : 18)),
    };
    await pipeline(Readable.from(tableChunks(request.format, layout, rows())), sink);
    return written;
  });
}
