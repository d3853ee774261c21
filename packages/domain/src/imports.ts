import { z } from 'zod';
import { id, isoDateTime } from './common.js';
import { exportFormat } from './exports.js';
import { importableEntities } from './tables.js';

export const importableEntity = z.enum(importableEntities);

export const ImportProblem = z.object({
  row: z.number().int().meta({ description: 'the row number as the spreadsheet shows it (the header is row 1)' }),
  column: z.string().nullable().meta({ description: 'the column header, or null for a problem of the whole row' }),
  message: z.string(),
});

export const ImportSummary = z
  .object({
    rows: z.number().int().meta({ description: 'data rows read (blank rows skipped)' }),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int().meta({ description: 'rows with at least one problem' }),
    problemCount: z.number().int(),
    problems: z.array(ImportProblem).meta({ description: 'the first 200 problems; the error sheet has them all' }),
  })
  .meta({ id: 'ImportSummary' });

export const ImportResponse = z
  .object({
    id,
    entity: importableEntity,
    fileName: z.string(),
    format: exportFormat,
    status: z.enum(['checked', 'committed']).meta({ description: 'checked: the dry run is done and nothing is written; committed: written' }),
    summary: ImportSummary,
    createdAt: isoDateTime,
    committedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'Import' });

export const ImportEntityParams = z.strictObject({ entity: importableEntity });
export const UploadQuery = z.strictObject({
  entity: importableEntity.meta({ description: 'what the rows are' }),
  fileName: z.string().trim().min(1).max(200).optional().meta({ description: 'shown in the history; defaults to upload.<format>' }),
});
export const SheetFormatQuery = z.strictObject({ format: exportFormat.default('xlsx') });

export type ImportResult = z.infer<typeof ImportResponse>;
