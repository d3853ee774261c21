import { readFile, rename, writeFile } from 'node:fs/promises';
import type { KepuClient, paths } from '@kepu/client';

/** `/api/v1/sync/events`, `/api/v1/sync/venues` …: one path per kind of record. */
type SyncPath = Extract<keyof paths, `/api/v1/sync/${string}`>;
export type SyncEntity = SyncPath extends `/api/v1/sync/${infer Entity}` ? Entity : never;

/** The partner's own copy of one kind of record, with the cursor to continue from. */
export interface Mirror {
  entity: SyncEntity;
  cursor: string | null;
  records: Record<string, unknown>;
}

export interface SyncResult {
  pages: number;
  upserts: number;
  deletions: number;
  records: number;
}

async function loadMirror(file: string, entity: SyncEntity): Promise<Mirror> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Mirror;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entity, cursor: null, records: {} };
    throw error;
  }
}

/** Written whole and renamed into place, so a crash leaves the previous page's copy and cursor, never half of one. */
async function saveMirror(file: string, mirror: Mirror) {
  await writeFile(`${file}.tmp`, JSON.stringify(mirror, null, 2));
  await rename(`${file}.tmp`, file);
}

/**
 * Brings the local copy up to date: pages through Kepu's changes since the stored cursor, applies
 * each page (an upsert replaces the record, a tombstone removes it) and stores the page's cursor
 * with it. Run it as often as you like; stopped at any point, the next run continues where the
 * last stored page ended, and applying a page twice changes nothing.
 */
export async function syncMirror(client: KepuClient, entity: SyncEntity, file: string, pageSize = 100): Promise<SyncResult> {
  const mirror = await loadMirror(file, entity);
  const result: SyncResult = { pages: 0, upserts: 0, deletions: 0, records: 0 };
  for (;;) {
    const { data, error } = await client.GET(`/api/v1/sync/${entity}`, {
      params: { query: { limit: pageSize, ...(mirror.cursor ? { cursor: mirror.cursor } : {}) } },
    });
    if (error) throw new Error(`Kepu refused the sync: ${error.code} ${error.title}`);
    for (const item of data.items) {
      if (item.action === 'delete') {
        delete mirror.records[item.id];
        result.deletions += 1;
      } else {
        mirror.records[item.id] = item.record;
        result.upserts += 1;
      }
    }
    mirror.cursor = data.cursor;
    await saveMirror(file, mirror);
    result.pages += 1;
    if (!data.hasMore) break;
  }
  result.records = Object.keys(mirror.records).length;
  return result;
}
