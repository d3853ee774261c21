import { regionSubtreePrefix, type Region } from '@kepu/domain';
import { regionIndex } from '@kepu/db';
import { like, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export async function findRegion(code: string): Promise<Region | undefined> {
  return (await regionIndex()).get(code);
}

/** The LIKE pattern of a subtree: the code prefix is the materialised path. */
export const subtreePattern = (code: string) => `${regionSubtreePrefix(code)}%`;

/** Rows whose region code lies in the subtree of `code`. */
export function inSubtree(column: PgColumn, code: string): SQL {
  return like(column, subtreePattern(code));
}
