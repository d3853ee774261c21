import { audienceGroup, CreateEventBody, CreateOrganisationBody, choicesOf, tableColumns, toShanghaiIso, type RecordEntity } from '@kepu/domain';
import { regionIndex } from '@kepu/db';
import { escapeFormula, readTable, unescapeFormula } from '@kepu/sheets';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { create, eventInput, organisationInput } from '../../test/fixtures.js';
import { dictionaryEntriesFor } from '../kernel/dictionary.js';

// The exported cells are built by PostgreSQL (and, on PostgreSQL, written by COPY). This oracle is
// how a sheet showed a record before: from the record as the API returns it, in JavaScript.
const listSeparator = '；';

function sheetDateTime(iso: string): string {
  const [date, time = ''] = iso.split('T');
  const clock = time.slice(0, 8);
  return `${date} ${clock.endsWith(':00') ? clock.slice(0, 5) : clock}`;
}

type Expected = string | number | null;

async function expectedCells(t: TestApp, entity: RecordEntity, record: Record<string, unknown>, names: Map<string, string>): Promise<Expected[]> {
  const regions = await regionIndex();
  const dictionary = await dictionaryEntriesFor(t.app.db);
  return tableColumns(entity).map((column) => {
    const value = record[column.name] as string | number | string[] | null | undefined;
    const labels = choicesOf(entity, column.name, dictionary, true)?.labels;
    if (value === null || value === undefined) return null;
    const text = (cell: string) => (cell === '' ? null : cell);
    switch (column.kind) {
      case 'number':
        return value as number;
      case 'region':
        return `${String(value)} ${regions.get(String(value))?.fullName ?? ''}`;
      case 'reference':
        return text(names.get(String(value)) ?? String(value));
      case 'referenceList':
        return text((value as string[]).map((id) => names.get(id) ?? id).join(listSeparator));
      case 'enum':
        return labels?.[String(value)] ?? String(value);
      case 'enumList':
        return text((value as string[]).map((item) => labels?.[item] ?? item).join(listSeparator));
      case 'dateTime':
        return sheetDateTime(String(value));
      default:
        return text(String(value));
    }
  });
}

/** Text that stresses a CSV and a spreadsheet: formula starts, quotes, separators, line breaks, backslashes, `$1`. */
const awkwardText = fc
  .string({
    unit: fc.constantFrom('=', '+', '-', '@', '"', ',', '\n', '\r\n', '；', '\\', "'", '$1', ' ', '科', '普', 'a'),
    minLength: 1,
    maxLength: 10,
  })
  .map((text) => `${text}活动`);
const valid = (schema: { safeParse(value: unknown): { success: boolean } }, key: string) => (value: string) =>
  schema.safeParse({ ...(key === 'name' ? organisationInput() : eventInput('00000000-0000-4000-8000-000000000000')), [key]: value }).success;

let t: TestApp;
const names = new Map<string, string>();
let organiserIds: string[] = [];
beforeAll(async () => {
  t = await buildTestApp();
  const [parentName, childName, goneName] = fc.sample(awkwardText.filter(valid(CreateOrganisationBody, 'name')), { numRuns: 3, seed: 7 });
  const parent = await create(t, 'organisations', organisationInput({ name: parentName }));
  // A record naming another of its own kind: the name lookup must not confuse the two.
  const child = await create(t, 'organisations', organisationInput({ name: childName, parentId: parent.id }));
  const gone = await create(t, 'organisations', organisationInput({ name: goneName }));
  for (const organisation of [parent, child, gone]) names.set(organisation.id, (organisation as unknown as { name: string }).name);
  organiserIds = [parent.id, child.id, gone.id];
});
afterAll(() => t.close());

async function exportOf(entity: RecordEntity, format: 'csv' | 'xlsx') {
  const columns = tableColumns(entity)
    .map((column) => column.name)
    .join(',');
  const response = await t.inject({ url: `/api/v1/${entity}/export?format=${format}&sort=createdAt&columns=${columns}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

async function listOf(entity: RecordEntity): Promise<Record<string, unknown>[]> {
  const response = await t.inject({ url: `/api/v1/${entity}?sort=createdAt&pageSize=100` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Record<string, unknown>[] }>().items;
}

/** Each row of a CSV as written, formula escapes kept; only CRLF ends a row. */
const rawCsvRows = (bytes: Buffer): string[][] => parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), { record_delimiter: '\r\n' });

async function expectExportsMatch(entity: RecordEntity) {
  const records = await listOf(entity);
  const expected = await Promise.all(records.map((record) => expectedCells(t, entity, record, names)));
  const header = tableColumns(entity).map((column) => column.header);

  const csv = await exportOf(entity, 'csv');
  expect(rawCsvRows(csv)).toEqual([header, ...expected.map((row) => row.map((cell) => (cell === null ? '' : escapeFormula(String(cell)))))]);
  // The reader leaves out a row's trailing empty cells.
  const xlsx = readTable(await exportOf(entity, 'xlsx')).rows.map((row) => header.map((_, index) => row.cells[index] ?? null));
  // The reader takes the formula escape off again (so text that itself began with an apostrophe and = reads as =…).
  expect(xlsx).toEqual([
    header,
    ...expected.map((row) => row.map((cell) => (typeof cell === 'string' ? unescapeFormula(escapeFormula(cell)) : cell))),
  ]);
}

describe('exported cells', () => {
  it('when events are entered through the API with generated text, times, organisers and groups, the CSV and XLSX show each as the API returns it', async () => {
    const event = fc.record({
      title: awkwardText.filter(valid(CreateEventBody, 'title')),
      description: fc.option(awkwardText.filter(valid(CreateEventBody, 'description')), { nil: undefined }),
      organisers: fc
        .subarray(
          organiserIds.map((_, index) => index),
          { minLength: 1 },
        )
        .chain((indexes) => fc.shuffledSubarray(indexes, { minLength: indexes.length })),
      audienceGroups: fc.subarray([...audienceGroup.values]),
      startsAt: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2025-12-30T00:00:00Z'), noInvalidDate: true }),
      attendance: fc.integer({ min: 0, max: 100_000 }),
    });
    const runs = inject('fuzzRuns') || 6;
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 3 }), async (events) => {
        for (const generated of events) {
          const startsAt = toShanghaiIso(generated.startsAt);
          const body = eventInput(organiserIds[0] as string, {
            title: generated.title,
            ...(generated.description ? { description: generated.description } : {}),
            organiserIds: generated.organisers.map((index) => organiserIds[index] as string),
            audienceGroups: generated.audienceGroups,
            startsAt,
            endsAt: toShanghaiIso(new Date(generated.startsAt.getTime() + 3_600_000)),
            attendance: generated.attendance,
            participants: Math.min(generated.attendance, 800),
          });
          const created = await t.inject({ method: 'POST', url: '/api/v1/events', payload: body });
          expect(created.statusCode, created.body).toBe(201);
        }
        await expectExportsMatch('events');
      }),
      { numRuns: runs, ...(inject('fuzzSeed') ? { seed: inject('fuzzSeed') } : {}), endOnFailure: true },
    );
  });

  it('when an organisation names its parent and an organiser is deleted, the exports name both by their names', async () => {
    const gone = organiserIds[2] as string;
    const deleted = await t.inject({ method: 'DELETE', url: `/api/v1/organisations/${gone}`, headers: { 'if-match': '"1"' } });
    expect(deleted.statusCode, deleted.body).toBe(204);
    await expectExportsMatch('organisations');
    await expectExportsMatch('events');
  });
});
