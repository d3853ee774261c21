import type { ImportableEntity, ImportResult } from '@kepu/domain';
import { answer, api, apiUrl, rawBody } from '../../shared/api/client.js';
import { recordKeys, statsKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

/** Where a template or an error sheet downloads from: plain links, so the browser streams the file itself. */
export const templateUrl = (entity: ImportableEntity, format: 'xlsx' | 'csv') =>
  apiUrl('/api/v1/import-templates/{entity}', { path: { entity }, query: { format } });
export const errorSheetUrl = (id: string) => apiUrl('/api/v1/imports/{id}/errors', { path: { id }, query: { format: 'xlsx' } });

const sheetTypes: Record<string, string> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** A spreadsheet's content type, by its extension: browsers disagree on a CSV's own type. */
const sheetType = (file: File) => sheetTypes[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** The server's dry run of a file (sent as the raw body): writes nothing, names every problem. */
export const useCheckImport = (entity: ImportableEntity, feedback?: Feedback<File, ImportResult>) =>
  useApiMutation(
    {
      request: (file: File) =>
        answer(api.POST('/api/v1/imports', { params: { query: { entity, fileName: file.name } }, ...rawBody(file, sheetType(file)) })),
      invalidates: () => [],
    },
    feedback,
  );

/** Commits a checked import, all rows or none. */
export const useCommitImport = (entity: ImportableEntity, feedback?: Feedback<string, ImportResult>) =>
  useApiMutation(
    {
      request: (id: string) => answer(api.POST('/api/v1/imports/{id}/commit', { params: { path: { id } } })),
      invalidates: () => [recordKeys.entity(entity), statsKeys.all],
    },
    feedback,
  );
