import { sql, type SQL } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type DatabaseHandle } from './client.js';
import { inlineParameters } from './copy.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({});
});
afterAll(() => handle.close());

/** Text that breaks naive quoting: quotes, backslashes, braces and commas of array syntax, `$1`, NUL-free unicode. */
const awkward = fc.string({
  unit: fc.oneof(fc.constantFrom("'", '"', '\\', '{', '}', ',', '$1', '$2', 'E', ' ', '\n', 'NULL'), fc.string({ unit: 'grapheme', maxLength: 1 })),
});

// Each case: a value and the cast that types it where it stands, as the export's filters do.
const parameter = fc.oneof(
  awkward.map((value) => ({ value, cast: 'text' })),
  fc.array(fc.option(awkward, { nil: null })).map((value) => ({ value, cast: 'text[]' })),
  fc.integer().map((value) => ({ value, cast: 'int8' })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ value, cast: 'float8' })),
  fc.boolean().map((value) => ({ value, cast: 'boolean' })),
  fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') }).map((value) => ({ value, cast: 'timestamptz' })),
  fc.constant({ value: null, cast: 'text' }),
);

describe('a query with its parameters written in (for COPY, which takes none)', () => {
  it('when values of every kind a filter binds are written in, the query answers exactly as with bound parameters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(parameter, { minLength: 1, maxLength: 4 }), async (cases) => {
        const query: SQL = sql`select ${sql.join(
          cases.map((item, index) => sql`${sql.param(item.value)}::${sql.raw(item.cast)} as ${sql.identifier(`v${index}`)}`),
          sql`, `,
        )}`;
        const bound = await queryRows(handle.db, query);
        const inlined = await queryRows(handle.db, sql.raw(inlineParameters(query)));
        expect(inlined).toEqual(bound);
      }),
      { numRuns: 200 },
    );
  });
});
