import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';

export interface PdfTable {
  heading: string;
  columns: string[];
  rows: (string | number | null)[][];
  note?: string;
}

export interface PdfDocumentModel {
  title: string;
  subtitle?: string;
  tables: PdfTable[];
  footer?: string;
}

type Cell = PdfTable['rows'][number][number];
interface CellText {
  text: string;
  align: 'left' | 'center' | 'right';
}

const MARGIN = 50;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 11;
const HEADING_SIZE = 12;
const HEADING_GAP = 4;
const FOOTER_SIZE = 8;
const NOTE_SIZE = 8;
const CELL_SIZE = 9;
const CELL_PADDING_X = 4;
const CELL_PADDING_Y = 3;
const GRID_COLOR = '#999999';
const HEADER_FILL = '#e8e8e8';
const MUTED_COLOR = '#666666';
const MISSING = '—';
const numbers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

interface FontFiles {
  regular: Buffer;
  bold: Buffer;
}

let fontFiles: Promise<FontFiles> | undefined;

/** Read once: pdfkit parses the font per document anyway, but a report should not read megabytes from disk every time. */
function loadFonts(): Promise<FontFiles> {
  fontFiles ??= Promise.all([
    readFile(new URL('../../assets/fonts/NotoSansCJKsc-Regular-subset.otf', import.meta.url)),
    readFile(new URL('../../assets/fonts/NotoSansCJKsc-Bold-subset.otf', import.meta.url)),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fontFiles;
}

/** Renders the document to a PDF (A4 portrait) with the bundled CJK font; resolves with the bytes. */
export async function renderPdf(model: PdfDocumentModel): Promise<Buffer> {
  const fonts = await loadFonts();
  return new Promise((resolve, reject) => {
    // Page numbers need the total page count, so pages stay buffered until every table is laid out.
    const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: model.title }, displayTitle: true, lang: 'zh-CN' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', fonts.regular);
    doc.registerFont('bold', fonts.bold);
    drawTitle(doc, model);
    for (const table of model.tables) drawTable(doc, table);
    drawFooters(doc, model.footer);
    doc.end();
  });
}

function drawTitle(doc: PDFKit.PDFDocument, model: PdfDocumentModel) {
  doc.font('bold').fontSize(TITLE_SIZE).fillColor('black').text(model.title, { align: 'center' });
  if (model.subtitle) doc.moveDown(0.3).font('regular').fontSize(SUBTITLE_SIZE).fillColor(MUTED_COLOR).text(model.subtitle, { align: 'center' });
  doc.moveDown(1);
}

function drawTable(doc: PDFKit.PDFDocument, table: PdfTable) {
  const widths = columnWidths(doc, table.columns.length);
  const header = table.columns.map((column): CellText => ({ text: column, align: 'center' }));
  const rows = table.rows.map((row) => row.map(cellOf));
  // Keep the heading with the header row and the first row rather than stranding it at the bottom of a page.
  const opening = [header, ...rows.slice(0, 1)].reduce((sum, row) => sum + rowHeight(doc, row, widths, 'bold'), headingHeight(doc, table.heading));
  if (!fits(doc, opening)) doc.addPage();
  drawHeading(doc, table.heading);
  drawRow(doc, header, widths, 'bold');
  for (const row of rows) {
    if (!fits(doc, rowHeight(doc, row, widths, 'regular'))) {
      doc.addPage();
      drawRow(doc, header, widths, 'bold');
    }
    drawRow(doc, row, widths, 'regular');
  }
  if (table.note) {
    doc.moveDown(0.4).font('regular').fontSize(NOTE_SIZE).fillColor(MUTED_COLOR);
    doc.text(table.note, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  }
  doc.moveDown(1.2);
}

function headingHeight(doc: PDFKit.PDFDocument, heading: string) {
  return (
    doc
      .font('bold')
      .fontSize(HEADING_SIZE)
      .heightOfString(heading, { width: contentWidth(doc) }) + HEADING_GAP
  );
}

function drawHeading(doc: PDFKit.PDFDocument, heading: string) {
  doc
    .font('bold')
    .fontSize(HEADING_SIZE)
    .fillColor('black')
    .text(heading, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.y += HEADING_GAP;
}

/** Numbers (and the missing values standing in for them) line up on the right so their digits compare at a glance. */
function cellOf(value: Cell): CellText {
  if (value === null) return { text: MISSING, align: 'right' };
  if (typeof value === 'number') return { text: numbers.format(value), align: 'right' };
  return { text: value, align: 'left' };
}

/** The first column holds the row labels (region names can be long), so it gets twice the share of the others. */
function columnWidths(doc: PDFKit.PDFDocument, count: number): number[] {
  const share = contentWidth(doc) / (count + 1);
  return Array.from({ length: count }, (_, index) => (index === 0 ? share * 2 : share));
}

function rowHeight(doc: PDFKit.PDFDocument, row: CellText[], widths: number[], font: 'regular' | 'bold') {
  doc.font(font).fontSize(CELL_SIZE);
  const heights = row.map((cell, index) => doc.heightOfString(cell.text, { width: (widths[index] ?? 0) - 2 * CELL_PADDING_X }));
  return Math.max(...heights) + 2 * CELL_PADDING_Y;
}

function drawRow(doc: PDFKit.PDFDocument, row: CellText[], widths: number[], font: 'regular' | 'bold') {
  const height = rowHeight(doc, row, widths, font);
  const top = doc.y;
  let x = doc.page.margins.left;
  // Shade the whole header row before any grid line, so no cell's fill paints over its neighbour's border.
  if (font === 'bold') doc.rect(x, top, contentWidth(doc), height).fill(HEADER_FILL);
  row.forEach((cell, index) => {
    const width = widths[index] ?? 0;
    doc.lineWidth(0.5).rect(x, top, width, height).stroke(GRID_COLOR);
    // The explicit height stops pdfkit from starting a page mid-row; page breaks are decided per row by the caller.
    doc
      .fillColor('black')
      .text(cell.text, x + CELL_PADDING_X, top + CELL_PADDING_Y, { width: width - 2 * CELL_PADDING_X, height, align: cell.align });
    x += width;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

function fits(doc: PDFKit.PDFDocument, height: number) {
  return doc.y + height <= doc.page.height - doc.page.margins.bottom;
}

function contentWidth(doc: PDFKit.PDFDocument) {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function drawFooters(doc: PDFKit.PDFDocument, footer: string | undefined) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const lines = [footer, `第 ${index - start + 1} 页 / 共 ${count} 页`].filter((line): line is string => Boolean(line));
    const lineHeight = doc.font('regular').fontSize(FOOTER_SIZE).currentLineHeight(true);
    const top = doc.page.height - doc.page.margins.bottom / 2 - lines.length * lineHeight;
    // Text below the bottom margin would make pdfkit add a page, so the footer gets an explicit box of its own.
    doc
      .fillColor(MUTED_COLOR)
      .text(lines.join('\n'), doc.page.margins.left, top, { width: contentWidth(doc), height: lines.length * lineHeight, align: 'center' });
  }
}
