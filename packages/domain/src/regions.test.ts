import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionLevelOf, regionParentCode, regionSubtreePrefix } from './regions.js';
import { shanghaiDayStart, toShanghaiDate, toShanghaiIso } from './time.js';

describe('regionSubtreePrefix', () => {
  it('when given the city, a district, a 镇街 or a village, it returns the prefix its descendants share', () => {
    expect(regionSubtreePrefix('500000')).toBe('50');
    expect(regionSubtreePrefix('500100')).toBe('5001');
    expect(regionSubtreePrefix('500106')).toBe('500106');
    expect(regionSubtreePrefix('500106001')).toBe('500106001');
    expect(regionSubtreePrefix('500106001001')).toBe('500106001001');
  });
});

describe('regionLevelOf and regionParentCode', () => {
  it('when given a code at each level, it names the level and the parent', () => {
    const codes = ['500000', '500106', '500106001', '500106001001'];
    expect(codes.map(regionLevelOf)).toEqual(['city', 'district', 'township', 'village']);
    expect(codes.map(regionParentCode)).toEqual([null, '500000', '500106', '500106001']);
  });
});

describe('Asia/Shanghai time', () => {
  it('when an instant is late evening UTC, it is shown on the next day in Shanghai', () => {
    const instant = new Date('2024-09-14T17:30:00Z');
    expect(toShanghaiIso(instant)).toBe('2024-09-15T01:30:00+08:00');
    expect(toShanghaiDate(instant)).toBe('2024-09-15');
  });

  it('when any instant is shown, it is the UTC time eight hours on, to the second, as toISOString writes it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(-62_000_000_000_000), max: new Date(8_600_000_000_000_000), noInvalidDate: true }), (instant) => {
        const shifted = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
        expect(toShanghaiIso(instant)).toBe(`${shifted.slice(0, shifted.indexOf('.'))}+08:00`);
      }),
      { numRuns: 2_000 },
    );
  });

  it('when a Shanghai day starts, it is 16:00 UTC the day before', () => {
    expect(shanghaiDayStart('2024-01-01').toISOString()).toBe('2023-12-31T16:00:00.000Z');
  });
});
