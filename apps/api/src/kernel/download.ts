import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { csvChunks, xlsxChunks, type Cell, type SheetLayout } from '@kepu/sheets';
import type { ExportFormat } from '@kepu/domain';

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
  return reply
    .header('content-type', download.contentType)
    .header('content-disposition', attachment(download.fileName))
    .header('cache-control', 'no-store')
    .send(body);
}

export function tableChunks(
  format: ExportFormat,
  layout: SheetLayout,
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>,
): AsyncIterable<string | Uint8Array> {
  return format === 'csv' ? csvChunks(rows) : xlsxChunks([{ layout, rows }]);
}
