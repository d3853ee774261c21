import type { Executor } from '@kepu/db';
import { and, inArray, isNull } from 'drizzle-orm';
import { findRegion } from '../regions/queries.js';
import { unprocessable } from './errors.js';
import type { RecordTable } from './resource/spec.js';

/** The region a record points at must exist; returns it so callers can check its level. */
export async function requireRegion(code: string, field = 'body.regionCode') {
  const region = await findRegion(code);
  if (!region) throw unprocessable([{ field, message: `unknown region ${code}` }]);
  return region;
}

/** Referenced records must exist and not be deleted; names the field when one does not. */
export async function requireLive<Row>(executor: Executor, table: RecordTable, ids: string[], field: string): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows = (await executor
    .select()
    .from(table)
    .where(and(inArray(table.id, ids), isNull(table.deletedAt)))) as (Row & { id: string })[];
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw unprocessable(missing.map((id) => ({ field, message: `no such record ${id}` })));
  return ids.map((id) => rows.find((row) => row.id === id) as Row);
}
