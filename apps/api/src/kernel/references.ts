import type { LocalText } from '@kepu/domain';
import type { Executor } from '@kepu/db';
import { and, inArray, isNull } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from './principal.js';
import { withinScope } from './scope.js';
import { findRegion } from './regions.js';
import { unprocessable } from './errors.js';
import type { RecordTable } from './resource/spec.js';

/** The region a record points at must exist; returns it so callers can check its level. */
export async function requireRegion(code: string, field = 'body.regionCode') {
  const region = await findRegion(code);
  if (!region) throw unprocessable([{ field, message: { zh: `没有代码为 ${code} 的行政区划`, en: `unknown region ${code}` } }]);
  return region;
}

/** A referenced record that is missing, deleted or outside the caller's scope: the three are not told apart. */
export const missingRecord = (id: string): LocalText => ({
  zh: `找不到记录 ${id}，它可能已被删除，或不在您的权限范围内`,
  en: `no such record ${id}`,
});

/**
 * Referenced records must exist, be live and lie in the caller's scope; one that does not is
 * reported as missing, so references cannot probe other districts.
 */
export async function requireLive<Row>(
  executor: Executor,
  table: RecordTable & { regionCode: PgColumn },
  ids: string[],
  field: string,
  principal: Principal,
): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows = (await executor
    .select()
    .from(table)
    .where(and(inArray(table.id, ids), isNull(table.deletedAt), withinScope(principal, table.regionCode)))) as (Row & { id: string })[];
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw unprocessable(missing.map((id) => ({ field, message: missingRecord(id) })));
  return ids.map((id) => rows.find((row) => row.id === id) as Row);
}
