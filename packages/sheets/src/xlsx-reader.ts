import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { SaxesParser } from 'saxes';
import { columnIndex, SheetError, unescapeFormula, type SheetRow } from './cells.js';

export interface ReadLimits {
  /** Most bytes the parts we read may inflate to; a zip bomb stops here instead of filling memory. */
  maxInflatedBytes: number;
}

/** A part of the workbook that cannot be unpacked or parsed; `where` names the part and the reader's reason. */
const damaged = (where: string) => new SheetError('format', { zh: `此 XLSX 文件已损坏（${where}）`, en: `the XLSX is damaged (${where})` });

const xmlSlice = 256 * 1024;

const defaultLimits: ReadLimits = { maxInflatedBytes: 256 * 1024 * 1024 };

const wanted = (path: string) =>
  path === 'xl/workbook.xml' ||
  path === 'xl/_rels/workbook.xml.rels' ||
  path === 'xl/sharedStrings.xml' ||
  /^xl\/worksheets\/sheet\d+\.xml$/.test(path);

/** Inflates only the parts a table read needs, counting every byte against the limit as it comes. */
function unzipParts(bytes: Uint8Array, limits: ReadLimits): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array[]>();
  let inflated = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = damaged(`${file.name}: ${error.message}`);
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        const mebibytes = limits.maxInflatedBytes / 1024 / 1024;
        failure = new SheetError('too_large', {
          zh: `此 XLSX 解压后超过 ${mebibytes} MiB，疑似压缩炸弹，无法读取`,
          en: `the XLSX unpacks to more than ${mebibytes} MiB; it looks like a zip bomb`,
        });
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Feed in slices so a bomb is stopped after its first slices, not after inflating the whole entry.
  const slice = 64 * 1024;
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += slice) {
      unzip.push(bytes.subarray(offset, offset + slice), offset + slice >= bytes.length);
    }
  } catch (error) {
    const reason = (error as Error).message;
    throw failure ?? new SheetError('format', { zh: `此 XLSX 文件已损坏：${reason}`, en: `the XLSX is damaged: ${reason}` });
  }
  if (failure) throw failure as Error;
  return new Map([...parts].map(([name, chunks]) => [name, Buffer.concat(chunks)]));
}

type XmlHandlers = {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
};

/**
 * Parses a part in slices, handing each slice's events to `handlers` before the next is decoded, so
 * a large sheet is never one string; yields after every slice so its caller can take what it built.
 */
function* parseXmlSlices(bytes: Uint8Array | undefined, part: string, handlers: XmlHandlers): Generator<void> {
  if (!bytes) return;
  const parser = new SaxesParser({ xmlns: false });
  // Producers differ in namespace prefixes (`x:c` from some .NET writers), so match local names.
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => handlers.open?.(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('cdata', (text) => handlers.text?.(text));
  parser.on('closetag', (tag) => handlers.close?.(local(tag.name)));
  const decoder = new TextDecoder();
  try {
    for (let offset = 0; offset < bytes.length; offset += xmlSlice) {
      const last = offset + xmlSlice >= bytes.length;
      parser.write(decoder.decode(bytes.subarray(offset, offset + xmlSlice), { stream: !last }));
      if (last) parser.close();
      yield;
    }
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw damaged(`${part}: ${(error as Error).message}`);
  }
}

function parseXml(bytes: Uint8Array | undefined, part: string, handlers: XmlHandlers) {
  const slices = parseXmlSlices(bytes, part, handlers);
  while (!slices.next().done);
}

function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  // Phonetic runs (<rPh>) hold pinyin guides, not the cell's text.
  let inPhonetic = false;
  parseXml(bytes, 'sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
  });
  return strings;
}

/** The first sheet's part, following the workbook's relationships as Excel does. */
function firstSheet(parts: Map<string, Uint8Array>): { name: string; path: string } {
  let sheet: { name: string; relation: string } | undefined;
  parseXml(parts.get('xl/workbook.xml'), 'workbook.xml', {
    open(name, attributes) {
      if (name === 'sheet' && !sheet) sheet = { name: attributes.name ?? 'Sheet1', relation: attributes['r:id'] ?? attributes.id ?? '' };
    },
  });
  if (!sheet)
    throw new SheetError('format', {
      zh: '这是 zip 压缩文件，不是 XLSX 工作簿；请上传 .xlsx 或 .csv 文件',
      en: 'this is a zip file but not an XLSX workbook; upload .xlsx or .csv',
    });
  let target: string | undefined;
  parseXml(parts.get('xl/_rels/workbook.xml.rels'), 'workbook.xml.rels', {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id === sheet?.relation) target = attributes.Target;
    },
  });
  const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  return { name: sheet.name, path };
}

/**
 * Rows of the first sheet of an XLSX file. Refuses what an import cannot trust: formulas (their
 * cached result may be stale), merged cells (the value sits in one cell of the range only) and
 * error values.
 */
export function readXlsx(bytes: Uint8Array, limits: ReadLimits = defaultLimits): { sheetName: string; rows: SheetRow[] } {
  const { sheetName, rows } = xlsxRows(bytes, limits);
  return { sheetName, rows: [...rows] };
}

/**
 * The rows `readXlsx` reads, parsed a slice of the sheet at a time as they are asked for. The parts
 * are unpacked first (the shared strings may come after the sheet in the zip), the rows are not.
 */
export function xlsxRows(bytes: Uint8Array, limits: ReadLimits = defaultLimits): { sheetName: string; rows: Generator<SheetRow> } {
  const parts = unzipParts(bytes, limits);
  const sheet = firstSheet(parts);
  const sheetXml = parts.get(sheet.path);
  if (!sheetXml)
    throw new SheetError('format', { zh: `此 XLSX 中工作表“${sheet.name}”没有数据`, en: `the XLSX has no data for sheet "${sheet.name}"` });
  const sharedStrings = readSharedStrings(parts.get('xl/sharedStrings.xml'));
  return { sheetName: sheet.name, rows: sheetRows(sheetXml, sheet.path, sharedStrings) };
}

function* sheetRows(sheetXml: Uint8Array, path: string, sharedStrings: string[]): Generator<SheetRow> {
  let ready: SheetRow[] = [];
  let rowCount = 0;
  let row: SheetRow | null = null;
  let cell: { reference: string; column: number; type: string } | null = null;
  let text = '';
  let collecting = false;
  const slices = parseXmlSlices(sheetXml, path, {
    open(name, attributes) {
      if (name === 'row') {
        row = { number: Number(attributes.r ?? rowCount + 1), cells: [] };
      } else if (name === 'c' && row) {
        const column = attributes.r ? columnIndex(attributes.r) : row.cells.length;
        cell = { reference: attributes.r ?? '', column, type: attributes.t ?? 'n' };
        text = '';
      } else if (name === 'f') {
        const reference = cell?.reference ?? '?';
        throw new SheetError(
          'formula',
          {
            zh: `单元格 ${reference} 是公式，请先“选择性粘贴为数值”再导入`,
            en: `cell ${reference} holds a formula; paste it as values before importing`,
          },
          cell?.reference,
        );
      } else if (name === 'mergeCell') {
        const range = attributes.ref ?? '';
        throw new SheetError(
          'merged',
          {
            zh: `单元格 ${range} 是合并单元格，请取消合并，让每行都有自己的值`,
            en: `cells ${range} are merged; unmerge them so each row has its own values`,
          },
          attributes.ref,
        );
      } else if ((name === 'v' || name === 't') && cell) {
        collecting = true;
      }
    },
    text(chunk) {
      if (collecting) text += chunk;
    },
    close(name) {
      if (name === 'v' || name === 't') collecting = false;
      else if (name === 'c' && row && cell) {
        row.cells[cell.column] = cellValue(cell, text, sharedStrings);
        cell = null;
      } else if (name === 'row' && row) {
        ready.push({ number: row.number, cells: Array.from(row.cells, (value) => value ?? null) });
        rowCount += 1;
        row = null;
      }
    },
  });
  while (!slices.next().done) {
    yield* ready;
    ready = [];
  }
}

function cellValue(cell: { reference: string; type: string }, raw: string, sharedStrings: string[]): string | number | boolean | null {
  switch (cell.type) {
    case 's': {
      const shared = sharedStrings[Number(raw)];
      if (shared === undefined) {
        throw new SheetError(
          'format',
          { zh: `单元格 ${cell.reference} 引用的共享文本不存在，文件可能已损坏`, en: `cell ${cell.reference} points at a missing shared string` },
          cell.reference,
        );
      }
      return unescapeFormula(shared);
    }
    case 'inlineStr':
    case 'str':
      return unescapeFormula(raw);
    case 'b':
      return raw === '1';
    case 'e':
      throw new SheetError(
        'formula',
        {
          zh: `单元格 ${cell.reference} 是错误值 ${raw}，请改正后再导入`,
          en: `cell ${cell.reference} holds the error ${raw}; fix it before importing`,
        },
        cell.reference,
      );
    case 'd':
      return raw;
    default:
      return raw === '' ? null : Number(raw);
  }
}
