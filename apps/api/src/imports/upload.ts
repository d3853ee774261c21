import { AppError, problem } from '../kernel/errors.js';
import { SheetError, tableRows, type SheetRow } from '@kepu/sheets';

/** A file the sheet reader refuses is a 422 naming the file (or the cell), with the reader's reason. */
function unreadable(error: unknown): unknown {
  if (!(error instanceof SheetError)) return error;
  return new AppError(problem('importUnreadable', { reason: error.code }), {
    errors: [{ field: error.cell ? `file.${error.cell}` : 'file', message: error.text }],
  });
}

async function* refusingUnreadable(rows: AsyncIterable<SheetRow> | Iterable<SheetRow>): AsyncGenerator<SheetRow> {
  try {
    yield* rows;
  } catch (error) {
    throw unreadable(error);
  }
}

/**
 * The rows of an uploaded file as they are read. What the reader refuses is refused the same way
 * whether it is seen at once (an empty file, a legacy .xls) or only when the reading gets there (a
 * ragged line, a merged cell listed after the rows).
 */
export function readUpload(bytes: Uint8Array) {
  try {
    const { format, rows } = tableRows(bytes);
    return { format, rows: refusingUnreadable(rows) };
  } catch (error) {
    throw unreadable(error);
  }
}
