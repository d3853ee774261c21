import { z } from 'zod';
import { bilingualIssue } from './messages.js';

export const exportFormat = z.enum(['csv', 'xlsx']).meta({ description: 'csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook' });
export type ExportFormat = z.infer<typeof exportFormat>;

/** The field names of a `columns` value as exports read it: comma-separated, blanks ignored. */
export const columnNames = (value: string) =>
  value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/** A column named twice would be written twice (a cheap way to multiply an export's size): each once. */
export function refuseRepeatedColumns(names: string[], context: z.RefinementCtx) {
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  if (repeated.length > 0) {
    context.addIssue(
      bilingualIssue([], {
        zh: `列 ${repeated.join('、')} 选了不止一次，每列只能选一次`,
        en: `names ${repeated.join(', ')} more than once; name each column once`,
      }),
    );
  }
}

/** What an export adds to a list's filters; paging does not apply: every matching row is written. */
export const exportParams = {
  format: exportFormat.default('csv'),
  columns: z
    .string()
    .max(1000)
    .superRefine((value, context) => refuseRepeatedColumns(columnNames(value), context))
    .optional()
    .meta({ description: 'comma-separated field names in the order to write them, as the list shows them; default: every field of the record' }),
};

/** A file's size as staff read it: 512 B, 3.4 KB, 12.0 MB (the console's run history and the mail about a run). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
