import { strToU8, Zip, ZipPassThrough, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import { columnName, escapeFormula, isStyled, type Cell, type CellStyle } from './cells.js';

export interface SheetLayout {
  name: string;
  /** Column widths in characters; CJK text needs about two per character. */
  widths?: number[];
  /** Ranges to merge, such as `A1:E1` (report titles only: imports refuse merged cells). */
  merges?: string[];
  /** Rows to keep in view when scrolling (the header). */
  frozenRows?: number;
}

export interface SheetSource {
  layout: SheetLayout;
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>;
}

// Index into cellXfs below; 0 is the default look.
const styleIndex: Record<CellStyle, number> = { bold: 1, title: 2, header: 3, wrap: 4 };

const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="3"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font><font><b/><sz val="14"/><name val="等线"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF7"/></patternFill></fill></fills>
<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>
<cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="5"><xf/><xf fontId="1" applyFont="1"/><xf fontId="2" applyFont="1"/><xf fontId="1" fillId="2" borderId="1" applyFont="1" applyFill="1" applyBorder="1"/><xf applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
</styleSheet>`;

// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters outright
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// A literal CR would reach the reader as LF (XML normalises line ends); a character reference survives.
function escapeXml(text: string): string {
  return text
    .replace(invalidXmlChars, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\r', '&#13;');
}

// One test finds the text that needs escaping; most cells have none and are written as they are.
// eslint-disable-next-line no-control-regex -- the same control characters as above, and the marks XML escapes
const needsEscaping = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const edgeSpace = /^\s|\s$/;

/**
 * A cell's XML. Its reference (`r`) is written only after a skipped empty cell: readers place the
 * others in order, and leaving it out makes a large sheet a third smaller to build and deflate.
 */
function cellXml(cell: Cell, reference: string | null): string {
  const value = isStyled(cell) ? cell.value : cell;
  const attributes = `${reference ? ` r="${reference}"` : ''}${isStyled(cell) ? ` s="${styleIndex[cell.style]}"` : ''}`;
  if (value === null || value === undefined || value === '') return isStyled(cell) ? `<c${attributes}/>` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c${attributes}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c${attributes} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = escapeFormula(String(value));
  const escaped = needsEscaping.test(text) ? escapeXml(text) : text;
  // Inline strings, not a shared-string table: the table would have to be held until the end.
  return `<c${attributes} t="inlineStr"><is><t${edgeSpace.test(escaped) ? ' xml:space="preserve"' : ''}>${escaped}</t></is></c>`;
}

function rowXml(row: Cell[], rowNumber: number): string {
  let xml = `<row r="${rowNumber}">`;
  let skipped = false;
  for (let column = 0; column < row.length; column += 1) {
    const cell = row[column];
    const written = cellXml(cell, skipped ? `${columnName(column)}${rowNumber}` : null);
    skipped = written === '';
    xml += written;
  }
  return `${xml}</row>`;
}

function sheetHead(layout: SheetLayout): string {
  const frozen = layout.frozenRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${layout.frozenRows}" topLeftCell="A${layout.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : '';
  const widths = layout.widths?.length
    ? `<cols>${layout.widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}${widths}<sheetData>`;
}

function sheetTail(layout: SheetLayout): string {
  const merges = layout.merges?.length
    ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
    : '';
  return `</sheetData>${merges}</worksheet>`;
}

export function workbookParts(names: string[]): Record<string, string> {
  const sheets = names.map((name, index) => `<sheet name="${escapeXml(name.slice(0, 31))}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  const sheetRels = names
    .map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join('');
  const overrides = names
    .map(
      (_, index) =>
        `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return {
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': stylesXml,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`,
  };
}

/**
 * A zip entry deflated by Node's zlib, which compresses on its thread pool while JavaScript writes
 * the next rows' XML (fflate's deflate ran on the one thread and took as long as the XML itself).
 */
class ThreadedDeflate implements ZipInputFile {
  crc = 0;
  size = 0;
  readonly compression = 8;
  ondata: AsyncFlateStreamHandler = () => undefined;
  private readonly deflate = createDeflateRaw({ level: 1 });
  private readonly ended: Promise<void>;

  constructor(readonly filename: string) {
    this.deflate.on('data', (chunk: Buffer<ArrayBuffer>) => this.ondata(null, chunk, false));
    this.ended = new Promise((resolve, reject) => {
      this.deflate.once('end', () => {
        this.ondata(null, new Uint8Array(0), true);
        resolve();
      });
      this.deflate.once('error', reject);
    });
  }

  /** Adds text to the entry; resolves once zlib is ready for more, so memory stays flat. */
  async write(text: string) {
    const bytes = Buffer.from(text);
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  async end(text: string) {
    await this.write(text);
    this.deflate.end();
    await this.ended;
  }
}

const flushChars = 256 * 1024;

/**
 * An XLSX workbook written as it is read: each sheet's rows are pulled one at a time, turned into
 * XML and deflated straight into the zip, so memory stays flat however many rows there are.
 */
export async function* xlsxChunks(sheets: SheetSource[]): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    yield* ready.splice(0);
  };

  for (const [index, { layout, rows }] of sheets.entries()) {
    const entry = new ThreadedDeflate(`xl/worksheets/sheet${index + 1}.xml`);
    zip.add(entry);
    let xml = sheetHead(layout);
    let rowNumber = 0;
    for await (const row of rows) {
      rowNumber += 1;
      xml += rowXml(row, rowNumber);
      if (xml.length >= flushChars) {
        await entry.write(xml);
        xml = '';
        yield* drain();
      }
    }
    await entry.end(xml + sheetTail(layout));
    yield* drain();
  }
  for (const [path, content] of Object.entries(workbookParts(sheets.map((sheet) => sheet.layout.name)))) {
    const part = new ZipPassThrough(path);
    zip.add(part);
    part.push(strToU8(content), true);
  }
  zip.end();
  yield* drain();
}
