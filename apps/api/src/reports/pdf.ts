import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';

export interface PdfTable {
  heading: string;
  columns: string[];
  rows: (string | number | null)[][];
  note?: string;
  /**
   * Rows whose cells in these columns are all 0 or empty (null, '', '—') are not drawn one by one: a line under
   * the table names them by their first cell. For long tables where most rows are zero; "未填报" is not empty.
   */
  foldZeroRows?: { columns: number[] };
}

/** One figure as a card: the value, and whichever comparisons the report has for it. */
export interface PdfKeyFigure {
  label: string;
  value: number | null;
  unit: string;
  /** Said under the value, e.g. 另3条未填报. */
  valueNote?: string;
  /** The value of the period before; `value: null` when it is not known (the card says so rather than hiding the line). */
  previous?: { value: number | null; change: number | null; changeRate: number | null };
  average?: number | null;
  rank?: { rank: number | null; of: number };
}

export interface PdfKeyFigures {
  heading: string;
  /** How the cards name the comparisons, e.g. 上年 / 全市区县平均 / 全市区县排名. */
  labels: { previous: string; average: string; rank: string };
  items: PdfKeyFigure[];
  note?: string;
}

/** An SVG chart (see charts.ts `chartSvg`) drawn at the full text width; `width` and `height` are the SVG's own. */
export interface PdfChart {
  title: string;
  svg: string;
  width: number;
  height: number;
}

/** A report: the title, then key figures, charts and tables in that order, each block optional but the title. */
export interface PdfDocumentModel {
  title: string;
  subtitle?: string;
  keyFigures?: PdfKeyFigures;
  charts?: PdfChart[];
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
const CARDS_PER_ROW = 3;
const CARD_GAP = 8;
const CARD_PADDING = 6;
const CARD_LABEL_SIZE = 9;
const CARD_VALUE_SIZE = 16;
const CARD_DETAIL_SIZE = 8;
const CARD_BORDER = '#d9d9d9';
const numbers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const signedPercent = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });

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
    if (model.keyFigures) drawKeyFigures(doc, model.keyFigures);
    for (const chart of model.charts ?? []) drawChart(doc, chart);
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

const formatted = (value: number | null) => (value === null ? MISSING : numbers.format(value));

function keyFigureLines(figure: PdfKeyFigure, labels: PdfKeyFigures['labels']): string[] {
  const { previous, average, rank } = figure;
  const change = previous?.change == null ? '' : `，${signed.format(previous.change)}`;
  const rate = previous?.changeRate == null ? '' : `（${signedPercent.format(previous.changeRate)}%）`;
  return [
    ...(figure.valueNote ? [figure.valueNote] : []),
    ...(previous ? [`${labels.previous} ${formatted(previous.value)}${change}${rate}`] : []),
    ...(average !== undefined ? [`${labels.average} ${formatted(average)}`] : []),
    ...(rank ? [`${labels.rank} ${rank.rank === null ? MISSING : `第 ${rank.rank} / ${rank.of}`}`] : []),
  ];
}

/** Cards, a row of three at a time, each as tall as its row's tallest so the grid stays even. */
function drawKeyFigures(doc: PDFKit.PDFDocument, block: PdfKeyFigures) {
  const width = (contentWidth(doc) - (CARDS_PER_ROW - 1) * CARD_GAP) / CARDS_PER_ROW;
  const inner = width - 2 * CARD_PADDING;
  const cards = block.items.map((figure) => {
    const value = `${formatted(figure.value)} ${figure.unit}`.trim();
    const details = keyFigureLines(figure, block.labels).join('\n');
    const height =
      doc.font('bold').fontSize(CARD_LABEL_SIZE).heightOfString(figure.label, { width: inner }) +
      doc.font('bold').fontSize(CARD_VALUE_SIZE).heightOfString(value, { width: inner }) +
      doc.font('regular').fontSize(CARD_DETAIL_SIZE).heightOfString(details, { width: inner }) +
      2 * CARD_PADDING;
    return { figure, value, details, height };
  });
  const rows = Array.from({ length: Math.ceil(cards.length / CARDS_PER_ROW) }, (_, index) =>
    cards.slice(index * CARDS_PER_ROW, (index + 1) * CARDS_PER_ROW),
  );
  const firstRowHeight = Math.max(0, ...(rows[0] ?? []).map((card) => card.height));
  if (!fits(doc, headingHeight(doc, block.heading) + firstRowHeight)) doc.addPage();
  drawHeading(doc, block.heading);
  for (const row of rows) {
    const height = Math.max(...row.map((card) => card.height));
    if (!fits(doc, height)) doc.addPage();
    const top = doc.y;
    row.forEach((card, index) => {
      const left = doc.page.margins.left + index * (width + CARD_GAP);
      doc.lineWidth(0.5).rect(left, top, width, height).stroke(CARD_BORDER);
      doc
        .font('bold')
        .fontSize(CARD_LABEL_SIZE)
        .fillColor(MUTED_COLOR)
        .text(card.figure.label, left + CARD_PADDING, top + CARD_PADDING, { width: inner });
      doc.font('bold').fontSize(CARD_VALUE_SIZE).fillColor('black').text(card.value, { width: inner });
      doc.font('regular').fontSize(CARD_DETAIL_SIZE).fillColor(MUTED_COLOR).text(card.details, { width: inner });
    });
    doc.x = doc.page.margins.left;
    doc.y = top + height + CARD_GAP;
  }
  if (block.note) drawNote(doc, block.note);
  doc.moveDown(1.2);
}

/**
 * svg-to-pdfkit draws the SVG as vector paths and text; every font family the chart names maps to the
 * bundled CJK font, since the host's fonts (if any) may lack Chinese.
 */
function drawChart(doc: PDFKit.PDFDocument, chart: PdfChart) {
  const width = contentWidth(doc);
  const height = (chart.height / chart.width) * width;
  if (!fits(doc, headingHeight(doc, chart.title) + height)) doc.addPage();
  drawHeading(doc, chart.title);
  SVGtoPDF(doc, chart.svg, doc.page.margins.left, doc.y, {
    width,
    height,
    fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
  });
  doc.x = doc.page.margins.left;
  doc.y += height;
  doc.moveDown(1.2);
}

const isEmpty = (value: PdfTable['rows'][number][number] | undefined) => value === 0 || value === null || value === '' || value === MISSING;

/** The rows drawn, and the labels of those folded away. */
function foldRows(table: PdfTable) {
  const { foldZeroRows } = table;
  if (!foldZeroRows) return { shown: table.rows, folded: [] };
  const zero = (row: PdfTable['rows'][number]) => foldZeroRows.columns.every((column) => isEmpty(row[column]));
  return { shown: table.rows.filter((row) => !zero(row)), folded: table.rows.filter(zero).map((row) => String(row[0] ?? '')) };
}

function drawTable(doc: PDFKit.PDFDocument, table: PdfTable) {
  const widths = columnWidths(doc, table.columns.length);
  const header = table.columns.map((column): CellText => ({ text: column, align: 'center' }));
  const { shown, folded } = foldRows(table);
  const rows = shown.map((row) => row.map(cellOf));
  // Keep the heading with the header row and the first row rather than stranding it at the bottom of a page.
  const opening = [header, ...rows.slice(0, 1)].reduce((sum, row) => sum + rowHeight(doc, row, widths, 'bold'), headingHeight(doc, table.heading));
  if (!fits(doc, opening)) doc.addPage();
  drawHeading(doc, table.heading);
  if (rows.length > 0) drawRow(doc, header, widths, 'bold');
  for (const row of rows) {
    if (!fits(doc, rowHeight(doc, row, widths, 'regular'))) {
      doc.addPage();
      drawRow(doc, header, widths, 'bold');
    }
    drawRow(doc, row, widths, 'regular');
  }
  if (folded.length > 0) drawNote(doc, `以下 ${folded.length} 项为 0 或无数据，未列出：${folded.join('、')}。`);
  if (table.note) drawNote(doc, table.note);
  doc.moveDown(1.2);
}

function drawNote(doc: PDFKit.PDFDocument, note: string) {
  doc.moveDown(0.4).font('regular').fontSize(NOTE_SIZE).fillColor(MUTED_COLOR);
  doc.text(note, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
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
