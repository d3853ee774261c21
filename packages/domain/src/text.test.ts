import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { DATE_DOMAIN, isoDate, isoDateTime } from './common.js';
import { clip, findUnstorableText, unstorableTextProblem } from './text.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** KEPU_FUZZ_RUNS (see @kepu/tooling/vitest): cases per generated test; 0 means this file's CI-sized default. */
    fuzzRuns: number;
    fuzzSeed: number;
  }
}

const runs = { numRuns: inject('fuzzRuns') || 200 };
/** Any well-formed Unicode text: code points, so surrogates only ever come in pairs. */
const wellFormed = fc.string({ unit: 'binary', maxLength: 200 }).map((text) => text.replaceAll('\u0000', ''));

describe('the text rule', () => {
  it('when text is well-formed Unicode without NUL, it is storable', () => {
    fc.assert(
      fc.property(wellFormed, (text) => unstorableTextProblem(text) === undefined),
      runs,
    );
  });

  it('when a NUL or a lone surrogate is inserted anywhere, it names the position', () => {
    const bad = fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff');
    fc.assert(
      fc.property(wellFormed, bad, fc.nat(), (text, char, at) => {
        const index = at % (text.length + 1);
        // Do not split a pair already in the text, and do not let the inserted half pair up with a neighbour.
        const before = text.slice(0, index).replace(/[\ud800-\udbff]$/, '');
        const after = text.slice(index).replace(/^[\udc00-\udfff]/, '');
        const problem = unstorableTextProblem(`${before}${char}${after}`);
        return problem?.en.includes(`position ${before.length}`) === true && problem.zh.includes(`位置 ${before.length}`);
      }),
      runs,
    );
  });

  it('when a nested value holds a bad string or a prototype key, it names its path', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] }, 'body')?.field).toBe('body.a.1.c');
    expect(findUnstorableText(JSON.parse('{"a":{"__proto__":{"polluted":true}}}'), 'body')?.field).toBe('body.a.__proto__');
    expect(findUnstorableText({ a: ['😀', { b: 1, c: null }] }, 'body')).toBeUndefined();
  });
});

describe('the date domain', () => {
  const inDomain = fc.date({
    min: new Date(`${DATE_DOMAIN.first}T00:00:00+08:00`),
    max: new Date(`${DATE_DOMAIN.last}T23:59:59.999+08:00`),
    noInvalidDate: true,
  });
  const offset = fc.integer({ min: -12 * 60, max: 14 * 60 }).map((minutes) => {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  });
  const inOffset = (instant: Date, zone: string) => {
    const minutes = (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    return new Date(instant.getTime() + minutes * 60_000).toISOString().replace('Z', zone);
  };

  it('when an instant lies in the domain, whatever its offset, it parses', () => {
    fc.assert(
      fc.property(inDomain, offset, (instant, zone) => isoDateTime.safeParse(inOffset(instant, zone)).success),
      runs,
    );
  });

  it('when an instant lies outside the domain, it is refused with the domain in the message', () => {
    const outside = fc.oneof(
      fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date(Date.parse(`${DATE_DOMAIN.first}T00:00:00+08:00`) - 1), noInvalidDate: true }),
      fc.date({ min: new Date(`${DATE_DOMAIN.lastYear + 1}-01-01T00:00:00+08:00`), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
    );
    fc.assert(
      fc.property(outside, offset, (instant, zone) => {
        const result = isoDateTime.safeParse(inOffset(instant, zone));
        return !result.success && result.error.issues.some((issue) => issue.message.includes(DATE_DOMAIN.last));
      }),
      runs,
    );
  });

  it('when a date is at either end of the domain it parses, one day beyond it does not', () => {
    expect(isoDate.safeParse(DATE_DOMAIN.first).success).toBe(true);
    expect(isoDate.safeParse(DATE_DOMAIN.last).success).toBe(true);
    expect(isoDate.safeParse('1948-12-31').success).toBe(false);
    expect(isoDate.safeParse('2101-01-01').success).toBe(false);
    expect(isoDateTime.safeParse('9999-12-31T23:59:59.9999999-05:00').success).toBe(false);
  });
});

describe('clip', () => {
  it('when text is longer than the bound, it is cut to the bound, ends in …, and stays well-formed', () => {
    fc.assert(
      fc.property(wellFormed, fc.integer({ min: 2, max: 50 }), (text, max) => {
        const clipped = clip(text, max);
        if (text.length <= max) return clipped === text;
        return (
          clipped.length <= max && clipped.endsWith('…') && text.startsWith(clipped.slice(0, -1)) && unstorableTextProblem(clipped) === undefined
        );
      }),
      runs,
    );
  });
});
