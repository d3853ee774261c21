import type { ImportResult } from '@kepu/domain';
import { schema } from '@kepu/db';
import { count, like } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from '../../test/app.js';
import type { Principal } from '../kernel/principal.js';
import { commitImport } from './commit.js';
import { planImport, type PlannedRow } from './plan.js';
import { readUpload } from './upload.js';

// Planning and committing a file in batches must answer as planning it whole: duplicates, bad cells
// and references on either side of a batch boundary, and a refused commit writing nothing from the
// batches before the refusal. Batches here are a few rows, so small files cross many boundaries.
// KEPU_FUZZ_RUNS=100 runs more files; KEPU_FUZZ_SEED replays a printed failure.

let t: TestApp;
let headers: AuthHeaders;
let principal: Principal;
beforeAll(async () => {
  t = await buildTestApp();
  const { userId, ...signedIn } = await t.signIn('district_admin', '500106');
  headers = signedIn;
  principal = {
    kind: 'user',
    id: userId,
    label: '批次测试',
    role: 'district_admin',
    permissions: new Set(['events:read', 'events:write']),
    scopeRegionCode: '500106',
    session: null,
  };
  await checkedAndCommitted('organisations', ['名称,类型,行政区划', '批次测试学会,学会/协会,500106']);
  await checkedAndCommitted('events', [
    header,
    ...Array.from({ length: storedCount }, (_, index) => line(`批次存量 ${index}`, { day: index + 1, attendance: 100 })),
  ]);
});
afterAll(() => t.close());

const header = '活动名称,活动类型,行政区划,主办组织,开始时间,结束时间,活动形式,受众人次';
const storedCount = 4;
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

function line(title: string, cells: { day: number; attendance: number; category?: string; region?: string; organiser?: string; start?: string }) {
  const day = `2024-05-${String(cells.day).padStart(2, '0')}`;
  return [
    title,
    cells.category ?? '讲座',
    cells.region ?? '500106',
    cells.organiser ?? '批次测试学会',
    cells.start ?? `${day} 09:00`,
    `${day} 10:00`,
    '线下',
    cells.attendance,
  ].join(',');
}

async function checkedAndCommitted(entity: string, lines: string[]) {
  const checked = await t.inject({
    method: 'POST',
    url: `/api/v1/imports?entity=${entity}`,
    payload: csv(lines),
    headers: { ...headers, 'content-type': 'text/csv' },
  });
  expect(checked.statusCode, checked.body).toBe(201);
  const committed = await t.inject({ method: 'POST', url: `/api/v1/imports/${checked.json<ImportResult>().id}/commit`, headers });
  expect(committed.statusCode, committed.body).toBe(200);
}

/** A row of a generated file: what it is meant to be, which decides what the plan must make of it. */
type Spec =
  | { kind: 'new'; n: number }
  | { kind: 'stored'; index: number; attendance: number }
  | { kind: 'badCategory' | 'badDate' | 'outOfScope' | 'unknownOrganiser' }
  | { kind: 'copy'; of: number };

const spec: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('new' as const), n: fc.nat(6) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('stored' as const), index: fc.nat(storedCount - 1), attendance: fc.constantFrom(100, 101, 102) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('badCategory' as const, 'badDate' as const, 'outOfScope' as const, 'unknownOrganiser' as const) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copy' as const), of: fc.nat(40) }) },
);

/** The spec a row's cells come from: a copy is the row it copies (one earlier in the file). */
function original(specs: Spec[], index: number): { spec: Exclude<Spec, { kind: 'copy' }>; at: number } {
  const each = specs[index] as Spec;
  if (each.kind !== 'copy') return { spec: each, at: index };
  return index === 0 ? { spec: { kind: 'new', n: 0 }, at: index } : original(specs, each.of % index);
}

function fileOf(specs: Spec[], run: number): string[] {
  return [
    header,
    ...specs.map((_, index) => {
      const { spec: each, at } = original(specs, index);
      switch (each.kind) {
        case 'new':
          return line(`批次新增 ${run}-${each.n}`, { day: 10 + each.n, attendance: 50 });
        case 'stored':
          return line(`批次存量 ${each.index}`, { day: each.index + 1, attendance: each.attendance });
        case 'badCategory':
          return line(`批次坏类型 ${run}-${at}`, { day: 20, attendance: 50, category: '讲座座' });
        case 'badDate':
          return line(`批次坏日期 ${run}-${at}`, { day: 20, attendance: 50, start: '2024-13-01 09:00' });
        case 'outOfScope':
          return line(`批次越界 ${run}-${at}`, { day: 20, attendance: 50, region: '500112' });
        case 'unknownOrganiser':
          return line(`批次无主办 ${run}-${at}`, { day: 20, attendance: 50, organiser: '不存在的学会' });
      }
    }),
  ];
}

/**
 * What the plan must make of each row, row by row: a row whose cells cannot be read is an error and
 * claims no record; else a row whose record an earlier row claimed is the same record again; else
 * it is an error if its organiser is unknown, or creates, updates or leaves its record.
 */
function expected(specs: Spec[], run: number, storedAttendance: Map<string, number>) {
  const claimedBy = new Map<string, number>();
  return specs.map((_, index) => {
    const { spec: each, at } = original(specs, index);
    const rowNumber = index + 2;
    if (each.kind === 'badCategory' || each.kind === 'badDate' || each.kind === 'outOfScope') return { action: 'error', sameAs: null };
    const key = each.kind === 'new' ? `new ${each.n}` : each.kind === 'stored' ? `stored ${each.index}` : `unknown ${at}`;
    const earlier = claimedBy.get(key);
    if (earlier) return { action: 'error', sameAs: earlier };
    claimedBy.set(key, rowNumber);
    if (each.kind === 'new') return { action: 'create', sameAs: null };
    if (each.kind !== 'stored') return { action: 'error', sameAs: null };
    return { action: storedAttendance.get(`批次存量 ${each.index}`) === each.attendance ? 'unchanged' : 'update', sameAs: null };
  });
}

/** The rows of a file that plan without error: each record once, and no fault. */
function faultless(specs: Spec[]): Spec[] {
  const seen = new Set<string>();
  return specs.flatMap((each) => {
    const key = each.kind === 'new' ? `new ${each.n}` : each.kind === 'stored' ? `stored ${each.index}` : null;
    if (!key || seen.has(key)) return [];
    seen.add(key);
    return [each];
  });
}

async function planned(file: Buffer, batchRows: number): Promise<PlannedRow[]> {
  const plan = await planImport(t.database.db, 'events', readUpload(file).rows, principal, { batchRows });
  const rows: PlannedRow[] = [];
  for await (const batch of plan.batches) rows.push(...batch);
  return rows;
}

/** What a user sees of a planned row, and what a commit would write (a new record's id is made afresh each time). */
const seen = (row: PlannedRow) => ({
  number: row.number,
  action: row.action,
  problems: row.problems.map((problem) => `${problem.row} ${String(problem.column)} ${problem.message.zh}`),
  values: row.values,
  existing: row.existing?.id,
});

/** Every event with its version, the audit entries and the change log: what a refused commit must leave as it was. */
async function written() {
  const { events, auditLog, changeLog } = schema;
  const versions = await t.database.db.select({ id: events.id, version: events.version, attendance: events.attendance }).from(events);
  const [audits] = await t.database.db.select({ n: count() }).from(auditLog);
  const [changes] = await t.database.db.select({ n: count() }).from(changeLog);
  return { events: versions.map((row) => `${row.id}@${row.version}:${row.attendance}`).sort(), audits: audits?.n, changes: changes?.n };
}

async function storedAttendance() {
  const rows = await t.database.db
    .select({ title: schema.events.title, attendance: schema.events.attendance })
    .from(schema.events)
    .where(like(schema.events.title, '批次存量 %'));
  return new Map(rows.map((row) => [row.title, row.attendance ?? 0]));
}

const runs = { numRuns: inject('fuzzRuns') || 8, ...(inject('fuzzSeed') ? { seed: inject('fuzzSeed') } : {}), endOnFailure: true };
let run = 0;

describe('an import planned and committed in batches', () => {
  it('when a file crosses batch and write boundaries, every row is planned as in one batch and as the row-by-row rules say, and a commit writes all of it or, with any error, nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 12 }),
        async (generated, clean, batchRows, writeRows) => {
          const specs = clean && faultless(generated).length > 0 ? faultless(generated) : generated;
          run += 1;
          const lines = fileOf(specs, run);
          const file = csv(lines);
          const whole = await planned(file, Infinity);
          const batched = await planned(file, batchRows);
          expect(batched.map(seen)).toEqual(whole.map(seen));

          const model = expected(specs, run, await storedAttendance());
          expect(whole.map((row) => row.action)).toEqual(model.map((row) => row.action));
          const sameRecord = whole.map(
            (row) => /^与第 (\d+) 行是同一条记录$/.exec(row.problems.find((problem) => problem.column === null)?.message.zh ?? '')?.[1],
          );
          expect(sameRecord.map((number) => (number ? Number(number) : null))).toEqual(model.map((row) => row.sameAs));

          const checked = await t.inject({
            method: 'POST',
            url: '/api/v1/imports?entity=events',
            payload: file,
            headers: { ...headers, 'content-type': 'text/csv' },
          });
          const { id, summary } = checked.json<ImportResult>();
          expect(summary).toMatchObject({
            rows: specs.length,
            create: model.filter((row) => row.action === 'create').length,
            update: model.filter((row) => row.action === 'update').length,
            unchanged: model.filter((row) => row.action === 'unchanged').length,
            error: model.filter((row) => row.action === 'error').length,
          });

          const before = await written();
          const actor = { principal, ip: '127.0.0.1' };
          // As the API commits: on PostgreSQL the plan reads beside the transaction while it writes.
          const { sessions } = t.database;
          if (summary.error > 0) {
            await expect(commitImport(t.database.db, id, principal, actor, { batchRows, writeRows, sessions })).rejects.toMatchObject({
              code: 'imports.invalid',
            });
            expect(await written()).toEqual(before);
          } else {
            const { summary: committed } = await commitImport(t.database.db, id, principal, actor, { batchRows, writeRows, sessions });
            expect(committed).toMatchObject({ create: summary.create, update: summary.update, unchanged: summary.unchanged });
            const after = await written();
            expect(after.events.length).toBe(before.events.length + summary.create);
            expect((await planned(file, batchRows)).every((row) => row.action === 'unchanged')).toBe(true);
          }
        },
      ),
      runs,
    );
  }, 300_000);
});
