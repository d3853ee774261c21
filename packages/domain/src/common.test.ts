import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { id, stored, text } from './common.js';
import { regionCode } from './regions.js';

describe('stored', () => {
  it('when the input trims text, the response is plain text of the input’s length, answered as it is', () => {
    const schema = stored(text(50).nullable().optional());
    expect(schema.parse(' as stored ')).toBe(' as stored ');
    expect(schema.parse(null)).toBeNull();
    expect(schema.safeParse(undefined).success).toBe(false);
    expect(z.toJSONSchema(schema)).toMatchObject({ anyOf: [{ type: 'string', maxLength: 50 }, { type: 'null' }] });
  });

  it('when the input checks text without rewriting it, the response is the input itself', () => {
    expect(stored(regionCode.optional())).toBe(regionCode);
  });

  it('when the input is a bounded list, the response list keeps the bound and the items’ schema', () => {
    expect(z.toJSONSchema(stored(z.array(id).max(20).optional()))).toMatchObject({
      type: 'array',
      maxItems: 20,
      items: { format: 'uuid', maxLength: 36 },
    });
  });

  it('when a text or a list has no bound, it is refused', () => {
    expect(() => stored(z.string().trim())).toThrow(/needs a bound/);
    expect(() => stored(z.array(id))).toThrow(/needs a bound/);
  });
});
