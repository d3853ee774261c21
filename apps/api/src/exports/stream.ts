import { queryRows, type Executor } from '@kepu/db';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { csvChunks, xlsxChunks, type Cell, type SheetLayout } from '@kepu/sheets';
import type { ExportFormat } from '@kepu/domain';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RecordTable } from '../shared/resource/spec.js';

export const formatTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266), so Chinese file names survive. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replaceAll('"', '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A file to send: exports, templates, error sheets, reports and scheduled runs all leave as one. */
export interface Download {
  fileName: string;
  contentType: string;
  body: Buffer | Readable | AsyncIterable<string | Uint8Array>;
}

/** Sends a file as a download, streaming it unless it is already in memory. */
export function sendDownload(reply: FastifyReply, download: Download) {
  const body = Buffer.isBuffer(download.body) || download.body instanceof Readable ? download.body : Readable.from(download.body);
  return reply.header('content-type', download.contentType).header('content-disposition', attachment(download.fileName)).header('cache-control', 'no-store').send(body);
}

export function tableChunks(format: ExportFormat, layout: SheetLayout, rows: AsyncIterable<Cell[]> | Iterable<Cell[]>): AsyncIterable<string | Uint8Array> {
  return format === 'csv' ? csvChunks(rows) : xlsxChunks([{ layout, rows }]);
}

/**
 * Every row of a query on `table`, `batchSize` at a time, through a server-side cursor: memory
 * stays flat and the rows come from one snapshot. Run it inside a transaction. Values are mapped
 * the way drizzle maps them (enum arrays, timestamps), so rows look like `select()` rows.
 */
export async function* cursorBatches<Row>(tx: Executor, table: RecordTable, where: SQL | undefined, orderBy: SQL[], batchSize: number): AsyncGenerator<Row[]> {
  const columns: [string, PgColumn][] = Object.entries(getTableColumns(table));
  const selection = sql.join(columns.map(([key, column]) => sql`${column} as ${sql.identifier(key)}`), sql`, `);
  await tx.execute(sql`declare kepu_export no scroll cursor for select ${selection} from ${table} ${where ? sql`where ${where}` : sql``} order by ${sql.join(orderBy, sql`, `)}`);
  try {
    for (;;) {
      const rows = await queryRows<Record<string, unknown>>(tx, sql.raw(`fetch ${batchSize} from kepu_export`));
      if (rows.length > 0) {
        yield rows.map((raw) => Object.fromEntries(columns.map(([key, column]) => [key, raw[key] === null ? null : column.mapFromDriverValue(raw[key])])) as Row);
      }
      if (rows.length < batchSize) return;
    }
  } finally {
    await tx.execute(sql`close kepu_export`).catch(() => undefined);
  }
}
