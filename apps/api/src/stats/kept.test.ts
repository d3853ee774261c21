import { StatsQuery, resolveStatsPeriod, toShanghaiDate, type StatsOverview } from '@kepu/domain';
import { queryRows } from '@kepu/db';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type App } from '../app.js';
import { buildTestApp, unlimitedRates, type AuthHeaders, type TestApp } from '../../test/app.js';
import { create, eventInput } from '../../test/fixtures.js';
import { requireRegion } from '../kernel/references.js';
import { dictionaryChanged } from '../kernel/dictionary.js';
import { childrenOf } from '../regions/index.js';
import { breakdown, overview, timeSeries } from './reports.js';

// Stats answers are kept between requests (kernel/kept-answers.ts). Two apps over one database stand
// for two replicas: whatever one acknowledges, the other's next answer includes.

let t: TestApp;
let replicas: App[];
let districtAdmin: AuthHeaders;
let organiserId: string;
let townships: string[];

beforeAll(async () => {
  t = await buildTestApp();
  replicas = [t.app, await buildApp({ database: t.database, rateLimits: unlimitedRates })];
  const { userId: _, ...headers } = await t.signIn('district_admin', '500112');
  districtAdmin = headers;
  townships = (await childrenOf('500112')).slice(0, 2).map((region) => region.code);
  organiserId = (await create(t, 'organisations', { name: '渝北区科协', type: 'district_association', regionCode: '500112' }, districtAdmin)).id;
});
afterAll(async () => {
  await replicas[1]?.close();
  await t.close();
});

async function read<T>(replica: number, url: string): Promise<T> {
  const response = await (replicas[replica] as App).inject({ url, headers: t.adminHeaders });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

/** An answer without the time it was computed, which alone may differ between two computations of the same figures. */
const figures = (answer: object): unknown =>
  JSON.parse(JSON.stringify(answer), (key: string, value: unknown) => (key === 'generatedAt' ? undefined : value));

const reports = {
  overview: (region: Awaited<ReturnType<typeof requireRegion>>, period: ReturnType<typeof resolveStatsPeriod>) =>
    overview(t.database.db, region, period),
  breakdown: (region: Awaited<ReturnType<typeof requireRegion>>, period: ReturnType<typeof resolveStatsPeriod>) =>
    breakdown(t.database.db, region, period, 'region'),
  timeseries: (region: Awaited<ReturnType<typeof requireRegion>>, period: ReturnType<typeof resolveStatsPeriod>) =>
    timeSeries(t.database.db, region, period),
};

/** Renames 区县科协 in the dictionary, as an edit on this replica does. */
async function relabelDistrictAssociations(label: string) {
  await queryRows(
    t.database.db,
    sql`update dictionary_entries set label_zh = ${label} where kind = 'organisation_type' and code = 'district_association'`,
  );
  dictionaryChanged();
}

describe('stats answers kept between requests', () => {
  it('when nothing changed a replica answers what it kept, and after a write on the other replica it counts the write', async () => {
    const url = '/api/v1/stats/overview?region=500112&year=2024';
    const first = await read<StatsOverview>(1, url);
    const again = await read<StatsOverview>(1, url);
    expect(again.meta.generatedAt).toBe(first.meta.generatedAt);

    const written = await create(
      t,
      'events',
      eventInput(organiserId, {
        regionCode: '500112',
        attendance: 321,
        participants: null,
        startsAt: '2024-05-04T09:00:00+08:00',
        endsAt: '2024-05-04T11:00:00+08:00',
      }),
      districtAdmin,
    );
    const after = await read<StatsOverview>(1, url);
    expect(after.events.events).toBe((first.events.events ?? 0) + 1);
    expect(after.events.attendance).toBe((first.events.attendance ?? 0) + 321);

    const removed = await t.inject({ method: 'DELETE', url: `/api/v1/events/${written.id}`, headers: { ...districtAdmin, 'if-match': '"1"' } });
    expect(removed.statusCode).toBe(204);
    expect(figures(await read(1, url))).toEqual(figures(first));
  });

  it('when several requests ask for the same figures at once, they share one computation', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => read<StatsOverview>(0, '/api/v1/stats/overview?region=500106&from=2024-02-01&to=2024-03-31')),
    );
    expect(new Set(answers.map((answer) => answer.meta.generatedAt)).size).toBe(1);
  });

  it('when a label changes in the dictionary, the replica that changed it answers with the new label at once', async () => {
    const url = '/api/v1/stats/overview?region=500112&year=2024';
    const before = await read<StatsOverview>(0, url);
    expect(before.organisations.byType.find((item) => item.key === 'district_association')?.label).toBe('区县科协');
    await relabelDistrictAssociations('区县科学技术协会');
    const after = await read<StatsOverview>(0, url);
    expect(after.organisations.byType.find((item) => item.key === 'district_association')?.label).toBe('区县科学技术协会');
    await relabelDistrictAssociations('区县科协');
  });

  it('when writes and reads on either replica are interleaved at random, every answer equals the figures computed afresh', async () => {
    const regions = ['500000', '500112', '500106'] as const;
    const write = fc.record({
      type: fc.constant('write' as const),
      replica: fc.constantFrom(0, 1),
      action: fc.constantFrom('create', 'patch', 'delete'),
      region: fc.constantFrom('500112', ...townships),
      year: fc.constantFrom(2023, 2024),
      attendance: fc.nat(5_000),
    });
    const readCommand = fc.record({
      type: fc.constant('read' as const),
      replica: fc.constantFrom(0, 1),
      report: fc.constantFrom(...(Object.keys(reports) as (keyof typeof reports)[])),
      region: fc.constantFrom(...regions),
      year: fc.constantFrom(2023, 2024),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(write, readCommand, readCommand), { minLength: 5, maxLength: 25 }), async (commands) => {
        const written: { id: string; version: number }[] = [];
        for (const command of commands) {
          if (command.type === 'read') {
            const query = `region=${command.region}&year=${command.year}${command.report === 'breakdown' ? '&by=region' : ''}`;
            const answer = await read<object>(command.replica, `/api/v1/stats/${command.report}?${query}`);
            const period = resolveStatsPeriod(StatsQuery.parse({ year: command.year }), toShanghaiDate(new Date()));
            const fresh = await reports[command.report](await requireRegion(command.region), period);
            expect(figures(answer)).toEqual(figures(fresh));
            continue;
          }
          const inject = (options: InjectOptions) =>
            (replicas[command.replica] as App).inject({ ...options, headers: { ...districtAdmin, ...options.headers } });
          const target = written.at(-1);
          if (command.action === 'create' || !target) {
            const startsAt = `${command.year}-06-01T09:00:00+08:00`;
            const response = await inject({
              method: 'POST',
              url: '/api/v1/events',
              payload: eventInput(organiserId, {
                regionCode: command.region,
                attendance: command.attendance,
                participants: null,
                startsAt,
                endsAt: `${command.year}-06-01T11:00:00+08:00`,
              }),
            });
            expect(response.statusCode, response.body).toBe(201);
            written.push(response.json());
          } else if (command.action === 'patch') {
            const response = await inject({
              method: 'PATCH',
              url: `/api/v1/events/${target.id}`,
              headers: { 'if-match': `"${target.version}"` },
              payload: { attendance: command.attendance },
            });
            expect(response.statusCode, response.body).toBe(200);
            written[written.length - 1] = response.json();
          } else {
            const response = await inject({ method: 'DELETE', url: `/api/v1/events/${target.id}`, headers: { 'if-match': `"${target.version}"` } });
            expect(response.statusCode, response.body).toBe(204);
            written.pop();
          }
        }
      }),
      { numRuns: inject('fuzzRuns') || 6, ...(inject('fuzzSeed') ? { seed: inject('fuzzSeed') } : {}), endOnFailure: true },
    );
  }, 120_000);
});
