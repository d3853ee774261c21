const excelEpochMs = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

/**
 * The wall-clock date and time an Excel serial stands for, as `YYYY-MM-DDTHH:mm:ss` with no zone:
 * Excel stores what the user typed, so the caller decides which zone it was typed in.
 */
export function excelSerialToDate(serial: number): string {
  // Rounded to the second: serials are binary fractions of a day and land a hair off.
  const ms = Math.round((excelEpochMs + serial * dayMs) / 1000) * 1000;
  return new Date(ms).toISOString().slice(0, 19);
}
