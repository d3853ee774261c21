import { z } from 'zod';
import { id, isoDateTime, stored } from './common.js';
import { labelText } from './dictionary.js';
import { exportFormat } from './exports.js';
import { importableEntities } from './tables.js';

export const importableEntity = z.enum(importableEntities);

const fileName = z.string().trim().min(1).max(200);

/** The problems a summary lists; the error sheet has them all. */
export const IMPORT_PROBLEMS_SHOWN = 200;
/** A problem's message, quoting the cell it is about: longer ones are cut. */
export const importMessageLength = 500;

export const ImportProblem = z.object({
  row: z.number().int().meta({ description: 'the row number as the spreadsheet shows it (the header is row 1)' }),
  column: labelText.nullable().meta({ description: 'the column header, or null for a problem of the whole row' }),
  message: z.string().max(importMessageLength),
});

export const ImportSummary = z
  .object({
    rows: z.number().int().meta({ description: 'data rows read (blank rows skipped)' }),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int().meta({ description: 'rows with at least one problem' }),
    problemCount: z.number().int(),
    problems: z
      .array(ImportProblem)
      .max(IMPORT_PROBLEMS_SHOWN)
      .meta({ description: `the first ${IMPORT_PROBLEMS_SHOWN} problems; the error sheet has them all` }),
  })
  .meta({ id: 'ImportSummary' });

export const ImportResponse = z
  .object({
    id,
    entity: importableEntity,
    fileName: stored(fileName),
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
  fileName: fileName.optional().meta({ description: 'shown in the history; defaults to upload.<format>' }),
});
export const SheetFormatQuery = z.strictObject({ format: exportFormat.default('xlsx') });

export type ImportResult = z.infer<typeof ImportResponse>;
