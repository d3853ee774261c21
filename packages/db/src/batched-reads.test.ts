import { sql, type SQL } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchedReads, openDatabase, queryRows, type DatabaseHandle } from './client.js';

let handle: DatabaseHandle;
let statements = 0;
beforeAll(async () => {
  handle = await openDatabase({});
  // Counts what reaches the database: the batched executor must send one statement for the lot.
  const execute = handle.db.execute.bind(handle.db);
  handle.db.execute = (query: SQL) => {
    statements += 1;
    return execute(query);
  };
});
afterAll(() => handle.close());

const text = fc.string().map((item) => item.replaceAll('\u0000', ''));
// The kinds of value the stats queries return, each with the cast that types it in SQL.
const kinds: { cast: string; values: fc.Arbitrary<unknown> }[] = [
  { cast: 'int4', values: fc.integer() },
  { cast: 'float8', values: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { cast: 'text', values: fc.option(text, { nil: null }) },
  { cast: 'boolean', values: fc.boolean() },
  { cast: 'text[]', values: fc.array(text) },
];
const column = fc.constantFrom(...kinds);
/** A query of up to three rows of two typed columns. */
const query = fc.tuple(column, column).chain(([a, b]) =>
  fc.array(fc.tuple(a.values, b.values), { maxLength: 3 }).map((rows) =>
    rows.length === 0
      ? sql`select 1 as a where false`
      : sql.join(
          rows.map(
            ([first, second], index) =>
              sql`select ${index}::int as n, ${sql.param(first)}::${sql.raw(a.cast)} as a, ${sql.param(second)}::${sql.raw(b.cast)} as b`,
          ),
          sql` union all `,
        ),
  ),
);

describe('reads asked together of a batched executor', () => {
  it('when several queries are asked in one turn, each answers its own rows, as asked alone, in one statement', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(query, { minLength: 1, maxLength: 5 }), async (queries) => {
        const alone = await Promise.all(queries.map((each) => queryRows(handle.db, each)));
        statements = 0;
        const batched = batchedReads(handle.db);
        const together = await Promise.all(queries.map((each) => queryRows(batched, each)));
        expect(together).toEqual(alone);
        expect(statements).toBe(1);
      }),
      { numRuns: 30 },
    );
  });

  it('when one of them fails, every query asked with it fails with its error', async () => {
    const batched = batchedReads(handle.db);
    const answers = await Promise.allSettled([queryRows(batched, sql`select 1 as one`), queryRows(batched, sql`select 1 / 0 as broken`)]);
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected']);
    // The driver's error names the statement; its cause is the database's own message.
    const causes = answers.map((answer) => (answer.status === 'rejected' ? String((answer.reason as Error).cause ?? answer.reason) : ''));
    expect(causes).toEqual([expect.stringMatching(/division by zero/), expect.stringMatching(/division by zero/)]);
  });
});
