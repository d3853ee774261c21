import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { workbookParts } from './xlsx-writer.js';

/**
 * A one-sheet XLSX around hand-written `<sheetData>` XML, for tests that need what our writer never
 * produces: formulas, merged cells, shared strings, Excel date serials.
 */
export function handWrittenXlsx(sheetData: string, options: { sharedStrings?: string[]; merges?: string[] } = {}): Uint8Array {
  const merges = options.merges?.length ? `<mergeCells>${options.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
  const files: Record<string, Uint8Array> = Object.fromEntries(Object.entries(workbookParts(['Sheet1'])).map(([path, xml]) => [path, strToU8(xml)]));
  files['xl/worksheets/sheet1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${merges}</worksheet>`,
  );
  if (options.sharedStrings) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.sharedStrings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`,
    );
  }
  return zipSync(files);
}

/** An XLSX-looking zip whose sheet inflates to `mebibytes` MiB of spaces from well under a MiB. */
export function zipBomb(mebibytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((_error, chunk) => chunks.push(chunk));
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let index = 0; index < mebibytes; index += 1) sheet.push(block, index === mebibytes - 1);
  zip.end();
  return Buffer.concat(chunks);
}
