import type { Region } from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { and, asc, eq, ilike, sql } from 'drizzle-orm';
import { escapeLike } from '../kernel/http.js';
import { inSubtree } from '../kernel/regions.js';

const { regions } = schema;

export async function searchRegions(
  executor: Executor,
  options: { q: string; within?: string | undefined; level?: Region['level'] | undefined; limit: number },
): Promise<Region[]> {
  return (
    executor
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
      .limit(options.limit)
  );
}
