/** A value as it goes into or comes out of a sheet. Dates are written by the caller as text. */
export type CellValue = string | number | boolean | null | undefined;

/** The few looks a report needs; plain cells have none. */
export type CellStyle = 'bold' | 'title' | 'header' | 'wrap';

export interface StyledCell {
  value: CellValue;
  style: CellStyle;
}

export type Cell = CellValue | StyledCell;

/** One row read from a file: its number as the user sees it (line or Excel row) and its cells. */
export interface SheetRow {
  number: number;
  cells: (string | number | boolean | null)[];
}

export const isStyled = (cell: Cell): cell is StyledCell => typeof cell === 'object' && cell !== null;
export const valueOf = (cell: Cell): CellValue => (isStyled(cell) ? cell.value : cell);

// Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection,
// OWASP); a leading apostrophe makes it text, and `unescapeFormula` takes it off on import.
const formulaStart = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/** Column letters of a zero-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Zero-based column index of a cell reference such as `AB12`. */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/**
 * Why a file cannot be read, in Chinese and English (`message` is the English), for whoever
 * uploaded it; `cell` points at the offending cell when there is one (e.g. `B7`).
 */
export class SheetError extends Error {
  constructor(
    readonly code: 'format' | 'encoding' | 'too_large' | 'formula' | 'merged' | 'empty' | 'ragged',
    readonly text: { zh: string; en: string },
    readonly cell?: string,
  ) {
    super(text.en);
    this.name = 'SheetError';
  }
}
