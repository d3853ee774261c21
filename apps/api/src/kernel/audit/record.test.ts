import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesBetween } from './record.js';

const snapshot = fc.dictionary(
  fc.constantFrom('title', 'regionCode', 'attendance', 'organiserIds', 'description', 'version', 'updatedAt'),
  fc.jsonValue(),
);

describe('changesBetween', () => {
  it('answers a created record (no before) as an empty before: every field it has, from null', () => {
    fc.assert(
      fc.property(snapshot, (after) => {
        expect(changesBetween(null, after)).toEqual(changesBetween({}, after));
      }),
    );
  });

  it('names only the fields whose value differs, leaving out version and timestamps', () => {
    expect(
      changesBetween(
        { title: 'a', attendance: 1, organiserIds: ['x'], version: 1 },
        { title: 'a', attendance: 2, organiserIds: ['x', 'y'], version: 2 },
      ),
    ).toEqual({ attendance: { from: 1, to: 2 }, organiserIds: { from: ['x'], to: ['x', 'y'] } });
  });
});
