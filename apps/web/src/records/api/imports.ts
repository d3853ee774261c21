import type { ImportableEntity, ImportResult } from '@kepu/domain';
import { apiUrl, fetchJson, queryString, uploadSheet } from '../../shared/api/client.js';
import { recordKeys, statsKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

/** Where a template or an error sheet downloads from: plain links, so the browser streams the file itself. */
export const templateUrl = (entity: ImportableEntity, format: 'xlsx' | 'csv') => apiUrl(`/import-templates/${entity}?format=${format}`);
export const errorSheetUrl = (id: string) => apiUrl(`/imports/${id}/errors?format=xlsx`);

/** The server's dry run of a file: writes nothing, names every problem. */
export const useCheckImport = (entity: ImportableEntity, feedback?: Feedback<File, ImportResult>) =>
  useApiMutation(
    {
      request: (file: File) => uploadSheet(`/imports${queryString({ entity, fileName: file.name })}`, file, (domain) => domain.ImportResponse),
      invalidates: () => [],
    },
    feedback,
  );

/** Commits a checked import, all rows or none. */
export const useCommitImport = (entity: ImportableEntity, feedback?: Feedback<string, ImportResult>) =>
  useApiMutation(
    {
      request: (id: string) => fetchJson(`/imports/${id}/commit`, (domain) => domain.ImportResponse, { method: 'POST' }),
      invalidates: () => [recordKeys.entity(entity), statsKeys.all],
    },
    feedback,
  );
