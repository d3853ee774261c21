import { SheetError, type SheetRow } from './cells.js';
import { csvRows, readCsv } from './csv.js';
import { readXlsx, xlsxRows, type ReadLimits } from './xlsx-reader.js';

export type TableFormat = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0];

/** The format of an uploaded table, recognised by its content rather than trusting its name. */
function formatOf(bytes: Uint8Array): TableFormat {
  if (bytes.length === 0) throw new SheetError('empty', { zh: '文件是空的', en: 'the file is empty' });
  if (startsWith(bytes, compoundFileSignature)) {
    throw new SheetError('format', {
      zh: '这是旧版 .xls（Office 97 格式）文件，请另存为 .xlsx 或“CSV UTF-8”',
      en: 'this is an old .xls (or other Office 97) file; save it as .xlsx or CSV UTF-8',
    });
  }
  return startsWith(bytes, zipSignature) ? 'xlsx' : 'csv';
}

/** The rows of an uploaded table. */
export function readTable(bytes: Uint8Array, limits?: ReadLimits): { format: TableFormat; rows: SheetRow[] } {
  const format = formatOf(bytes);
  return { format, rows: format === 'xlsx' ? readXlsx(bytes, limits).rows : readCsv(bytes) };
}

/**
 * The rows `readTable` reads, as they are asked for, so an import holds a batch of rows rather than
 * the table. A problem further into the file is thrown when the reading gets there.
 */
export function tableRows(bytes: Uint8Array, limits?: ReadLimits): { format: TableFormat; rows: AsyncIterable<SheetRow> | Iterable<SheetRow> } {
  const format = formatOf(bytes);
  return { format, rows: format === 'xlsx' ? xlsxRows(bytes, limits).rows : csvRows(bytes) };
}
