import { z } from 'zod';

export const exportFormat = z.enum(['csv', 'xlsx']).meta({ description: 'csv: UTF-8 with BOM (Excel opens it as is); xlsx: Excel workbook' });
export type ExportFormat = z.infer<typeof exportFormat>;

/** What an export adds to a list's filters; paging does not apply: every matching row is written. */
export const exportParams = {
  format: exportFormat.default('csv'),
  columns: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'comma-separated field names in the order to write them, as the list shows them; default: every field of the record' }),
};
