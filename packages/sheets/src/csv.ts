import { parse } from 'csv-parse/sync';
import { escapeFormula, SheetError, unescapeFormula, valueOf, type Cell, type SheetRow } from './cells.js';

const byteOrderMark = '\uFEFF';
const chunkChars = 64 * 1024;

function csvField(cell: Cell): string {
  const value = valueOf(cell);
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = escapeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting and
 * formula-escaped text. Rows are pulled one at a time and written in 64 KiB chunks, so memory
 * stays flat however many rows come.
 */
export async function* csvChunks(rows: AsyncIterable<Cell[]> | Iterable<Cell[]>): AsyncGenerator<string> {
  let chunk = byteOrderMark;
  for await (const row of rows) {
    chunk += `${row.map(csvField).join(',')}\r\n`;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Text of a CSV file. Excel on Chinese Windows saves "CSV" in GB18030 and "CSV UTF-8" with a BOM,
 * so a file that is not valid UTF-8 is read as GB18030.
 */
function decodeCsv(bytes: Uint8Array): string {
  if (bytes.includes(0))
    throw new SheetError('format', {
      zh: '这是二进制文件，不是 CSV 文本；请上传 .csv 或 .xlsx 文件',
      en: 'the file is binary, not CSV text; upload .csv or .xlsx',
    });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new SheetError('encoding', {
        zh: '此 CSV 既不是 UTF-8 也不是 GB18030 编码；请另存为“CSV UTF-8”',
        en: 'the CSV is neither UTF-8 nor GB18030 text; save it as "CSV UTF-8"',
      });
    }
  }
}

/** Rows of a CSV file as text cells (formula escapes removed), numbered by line; every row must have the header's width. */
export function readCsv(bytes: Uint8Array): SheetRow[] {
  const text = decodeCsv(bytes);
  try {
    const records = parse(text, { bom: true, info: true, relax_column_count: false, skip_empty_lines: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    // `info.lines` is where a record ends; quoted line breaks inside it move its start back.
    const startLine = (record: string[], endLine: number) => endLine - record.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0);
    return records.map(({ record, info }) => ({ number: startLine(record, info.lines), cells: record.map(unescapeFormula) }));
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      const line = lines ?? '?';
      throw new SheetError('ragged', { zh: `第 ${line} 行的列数与表头不一致`, en: `line ${line} has a different number of columns than the header` });
    }
    const reason = (error as Error).message;
    throw new SheetError('format', { zh: `无法解析此 CSV：${reason}`, en: `the CSV cannot be parsed: ${reason}` });
  }
}

const quote = 0x22;
const lineFeed = 0x0a;
const crlf = Buffer.from('\r\n');

/**
 * CSV whose rows end in LF (as PostgreSQL's COPY writes it) with CRLF row ends, as `csvChunks`
 * writes them; a line break inside a quoted cell is part of the cell and stays. Counts the rows.
 */
export async function* crlfRowEnds(chunks: AsyncIterable<Uint8Array>, counter: { rows: number }): AsyncGenerator<Uint8Array> {
  let quoted = false;
  for await (const chunk of chunks) {
    const parts: Uint8Array[] = [];
    let start = 0;
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index];
      if (byte === quote) quoted = !quoted;
      else if (byte === lineFeed && !quoted) {
        parts.push(chunk.subarray(start, index), crlf);
        start = index + 1;
        counter.rows += 1;
      }
    }
    parts.push(chunk.subarray(start));
    yield Buffer.concat(parts);
  }
}
