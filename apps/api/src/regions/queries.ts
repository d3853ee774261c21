import { regionSubtreePrefix, type Region } from '@kepu/domain';
import { regionIndex, schema, type Executor } from '@kepu/db';
import { and, asc, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { escapeLike } from '../shared/http.js';

const { regions } = schema;

export async function findRegion(code: string): Promise<Region | undefined> {
  return (await regionIndex()).get(code);
}

export async function searchRegions(
  executor: Executor,
  options: { q: string; within?: string | undefined; level?: Region['level'] | undefined; limit: number },
): Promise<Region[]> {
  return executor
    .select()
    .from(regions)
    .where(
      and(
        ilike(regions.fullName, `%${escapeLike(options.q)}%`),
        options.within ? inSubtree(regions.code, options.within) : undefined,
        options.level ? eq(regions.level, options.level) : undefined,
      ),
    )
    // Shorter names first: 沙坪坝 should find 沙坪坝区 before the 200 communities inside it.
    .orderBy(sql`length(${regions.fullName})`, asc(regions.code))
    .limit(options.limit);
}

/** The LIKE pattern of a subtree: the code prefix is the materialised path. */
export const subtreePattern = (code: string) => `${regionSubtreePrefix(code)}%`;

/** Rows whose region code lies in the subtree of `code`. */
export function inSubtree(column: PgColumn, code: string): SQL {
  return like(column, subtreePattern(code));
}
