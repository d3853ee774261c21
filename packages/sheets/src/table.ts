import { SheetError, type SheetRow } from './cells.js';
import { readCsv } from './csv.js';
import { readXlsx, type ReadLimits } from './xlsx-reader.js';

export type TableFormat = 'csv' | 'xlsx';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0];

/** The rows of an uploaded table, recognising the format by its content rather than trusting its name. */
export function readTable(bytes: Uint8Array, limits?: ReadLimits): { format: TableFormat; rows: SheetRow[] } {
  if (bytes.length === 0) throw new SheetError('empty', { zh: '文件是空的', en: 'the file is empty' });
  if (startsWith(bytes, compoundFileSignature)) {
    throw new SheetError('format', {
      zh: '这是旧版 .xls（Office 97 格式）文件，请另存为 .xlsx 或“CSV UTF-8”',
      en: 'this is an old .xls (or other Office 97) file; save it as .xlsx or CSV UTF-8',
    });
  }
  if (startsWith(bytes, zipSignature)) return { format: 'xlsx', rows: readXlsx(bytes, limits).rows };
  return { format: 'csv', rows: readCsv(bytes) };
}
