import { isUtf8 } from 'node:buffer';
import { Readable, pipeline } from 'node:stream';
import { parse as parseStream } from 'csv-parse';
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
 * The bytes a CSV parser reads, in slices, and which encoding they are in. Excel on Chinese Windows
 * saves "CSV" in GB18030 and "CSV UTF-8" with a BOM, so a file that is not valid UTF-8 is read as
 * GB18030 (re-encoded as UTF-8 slice by slice, so no copy of the whole text is made).
 */
function* csvSlices(bytes: Uint8Array): Generator<Uint8Array> {
  if (bytes.includes(0))
    throw new SheetError('format', {
      zh: '这是二进制文件，不是 CSV 文本；请上传 .csv 或 .xlsx 文件',
      en: 'the file is binary, not CSV text; upload .csv or .xlsx',
    });
  if (isUtf8(bytes)) {
    for (let offset = 0; offset < bytes.length; offset += chunkChars) yield bytes.subarray(offset, offset + chunkChars);
    return;
  }
  const decoder = new TextDecoder('gb18030', { fatal: true });
  try {
    for (let offset = 0; offset < bytes.length; offset += chunkChars) {
      yield Buffer.from(decoder.decode(bytes.subarray(offset, offset + chunkChars), { stream: offset + chunkChars < bytes.length }), 'utf8');
    }
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw new SheetError('encoding', {
      zh: '此 CSV 既不是 UTF-8 也不是 GB18030 编码；请另存为“CSV UTF-8”',
      en: 'the CSV is neither UTF-8 nor GB18030 text; save it as "CSV UTF-8"',
    });
  }
}

const parseOptions = { bom: true, info: true, relax_column_count: false, skip_empty_lines: true } as const;

type ParsedRecord = { record: string[]; info: { lines: number } };

/** A parsed record as a row numbered by the line it starts on: `info.lines` is where it ends, and quoted line breaks move its start back. */
function csvRow({ record, info }: ParsedRecord): SheetRow {
  const breaks = record.reduce((count, cell) => count + cell.split('\n').length - 1, 0);
  return { number: info.lines - breaks, cells: record.map(unescapeFormula) };
}

/** What the parser refused, as the uploader reads it. */
function csvProblem(error: unknown): SheetError {
  if (error instanceof SheetError) return error;
  const { code, lines } = error as { code?: string; lines?: number };
  if (code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
    const line = lines ?? '?';
    return new SheetError('ragged', { zh: `第 ${line} 行的列数与表头不一致`, en: `line ${line} has a different number of columns than the header` });
  }
  const reason = (error as Error).message;
  return new SheetError('format', { zh: `无法解析此 CSV：${reason}`, en: `the CSV cannot be parsed: ${reason}` });
}

/** Rows of a CSV file as text cells (formula escapes removed), numbered by line; every row must have the header's width. */
export function readCsv(bytes: Uint8Array): SheetRow[] {
  try {
    const records = parse(Buffer.concat([...csvSlices(bytes)]), parseOptions) as unknown as ParsedRecord[];
    return records.map(csvRow);
  } catch (error) {
    throw csvProblem(error);
  }
}

/**
 * The rows `readCsv` reads, parsed as they are asked for: memory holds the parser's buffer and the
 * rows not yet taken, not the whole table, however long the file.
 */
export async function* csvRows(bytes: Uint8Array): AsyncGenerator<SheetRow> {
  const parser = parseStream(parseOptions);
  const records = pipeline(Readable.from(csvSlices(bytes), { objectMode: false }), parser, () => {});
  try {
    for await (const record of records) yield csvRow(record as ParsedRecord);
  } catch (error) {
    throw csvProblem(error);
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
    // Jumps from mark to mark (indexOf is native): most bytes are neither a quote nor a line feed.
    let nextQuote = chunk.indexOf(quote);
    for (let lineEnd = chunk.indexOf(lineFeed); lineEnd !== -1; lineEnd = chunk.indexOf(lineFeed, lineEnd + 1)) {
      for (; nextQuote !== -1 && nextQuote < lineEnd; nextQuote = chunk.indexOf(quote, nextQuote + 1)) quoted = !quoted;
      if (quoted) continue;
      parts.push(chunk.subarray(start, lineEnd), crlf);
      start = lineEnd + 1;
      counter.rows += 1;
    }
    for (; nextQuote !== -1; nextQuote = chunk.indexOf(quote, nextQuote + 1)) quoted = !quoted;
    parts.push(chunk.subarray(start));
    yield Buffer.concat(parts);
  }
}
