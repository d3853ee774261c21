import { audienceBucketsOf, regionLevelOf, regionParentCode, unspecifiedAudience } from '@kepu/domain';
import { queryRows, schema } from '@kepu/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';

// The stats triggers (migration 0004) are SQL and cannot import the domain's helpers; these tests hold
// the rules they repeat to the TypeScript definitions.

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** The parent of `code` as regionParentCode sees it, then its parent, up to the city. */
function pathOf(code: string): { region_code: string; parent_code: string | null }[] {
  const path: { region_code: string; parent_code: string | null }[] = [];
  for (let current: string | null = code; current; current = regionParentCode(current)) {
    path.unshift({ region_code: current, parent_code: regionParentCode(current) });
  }
  return path;
}

describe('the region arithmetic of the stats triggers', () => {
  it('when kepu_region_path is asked for a code at each level, it answers the ancestors regionParentCode gives', async () => {
    for (const code of ['500000', '500106', '500106001', '500106001001', '500235120201']) {
      const rows = await queryRows<{ region_code: string; parent_code: string | null }>(
        t.database.db,
        sql`select region_code, parent_code from kepu_region_path(${code}) order by length(region_code)`,
      );
      expect(rows, code).toEqual(pathOf(code));
      expect(rows.map((row) => regionLevelOf(row.region_code)).at(-1), code).toBe(regionLevelOf(code));
    }
  });
});

describe('the audience buckets of the stats triggers', () => {
  it('when an event names no audience group, the rollup counts it under unspecifiedAudience as audienceBucketsOf does', async () => {
    const organiser = await create(t, 'organisations', organisationInput());
    await create(t, 'events', eventInput(organiser.id, { audienceGroups: [] }));
    const rows = await t.database.db
      .selectDistinct({ group: schema.statsAudienceBuckets.audienceGroup })
      .from(schema.statsAudienceBuckets)
      .where(eq(schema.statsAudienceBuckets.regionCode, '500106'));
    expect(rows.map((row) => row.group)).toEqual(audienceBucketsOf([]));
    expect(audienceBucketsOf([])).toEqual([unspecifiedAudience]);
  });
});
