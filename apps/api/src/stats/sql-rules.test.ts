import { audienceBucketsOf, levelBucketOf, regionLevelOf, regionParentCode, unspecifiedAudience, unspecifiedLevel } from '@kepu/domain';
import { queryRows, schema } from '@kepu/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput, venueInput } from '../../test/fixtures.js';

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

describe('the honour levels of the stats triggers', () => {
  it('when an honour of an open venue gives no level, the rollup counts it under unspecifiedLevel as levelBucketOf does', async () => {
    const venue = await create(t, 'venues', venueInput({ name: '未注明级别的科普基地', type: 'education_base' }));
    await create(t, 'designations', {
      name: '科普教育基地',
      kind: 'education_base',
      level: null,
      grantedBy: '区科协',
      subjectType: 'venue',
      venueId: venue.id,
      validFrom: null,
    });
    const rows = await t.database.db
      .select({ level: schema.statsVenueHonourSpans.level, validFrom: schema.statsVenueHonourSpans.validFrom })
      .from(schema.statsVenueHonourSpans)
      .where(eq(schema.statsVenueHonourSpans.venueId, venue.id));
    expect(rows).toEqual([{ level: levelBucketOf(null), validFrom: '-infinity' }]);
    expect(levelBucketOf(null)).toBe(unspecifiedLevel);
  });
});
