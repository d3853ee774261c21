import { describe, expect, it } from 'vitest';
import { addMonths, isoWeekOf, monthsOf, previousPeriod, resolveStatsPeriod, StatsQuery, StatsSeriesQuery, weeksOf, yearEarlier } from './stats.js';

describe('stats periods', () => {
  it('when nothing is given, it means the current year, completed events, and designations valid today', () => {
    const query = StatsQuery.parse({});
    expect(resolveStatsPeriod(query, '2026-11-29')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      year: 2026,
      asOf: '2026-11-29',
      statuses: ['completed'],
    });
  });

  it('when the period has ended, designations are read as at its last day', () => {
    expect(resolveStatsPeriod(StatsQuery.parse({ year: '2022' }), '2026-11-29')).toMatchObject({
      from: '2022-01-01',
      to: '2022-12-31',
      asOf: '2022-12-31',
    });
  });

  it('when the query is contradictory or too long, it names the field', () => {
    const issues = (input: object) => StatsQuery.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ year: '2024', from: '2024-01-01', to: '2024-02-01' })).toEqual([['year', 'send either year or from/to, not both']]);
    expect(issues({ from: '2024-01-01' })).toEqual([['to', 'from and to come together']]);
    expect(issues({ from: '2024-02-01', to: '2024-01-01' })).toEqual([['to', 'must not be before from']]);
    expect(issues({ from: '1995-01-01', to: '2024-12-31' })).toBeUndefined();
    expect(issues({ from: '1995-01-01', to: '2025-01-01' })).toEqual([['to', 'a period may span at most 360 months']]);
    const series = (input: object) => StatsSeriesQuery.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(series({ from: '2020-01-01', to: '2024-12-31' })).toBeUndefined();
    expect(series({ from: '2020-01-01', to: '2025-01-01' })).toEqual([['to', 'a period may span at most 60 months']]);
    expect(issues({ status: 'done' })?.[0]?.[0]).toBe('status.0');
  });

  it('when a period is whole months, the previous one is the same months before; otherwise the same number of days', () => {
    expect(previousPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(previousPeriod({ from: '2024-04-01', to: '2024-06-30' })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(previousPeriod({ from: '2024-03-10', to: '2024-03-19' })).toEqual({ from: '2024-02-29', to: '2024-03-09' });
  });

  it('when moving dates by months or a year, month ends clamp', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
    expect(yearEarlier({ from: '2024-02-29', to: '2024-12-31' })).toEqual({ from: '2023-02-28', to: '2023-12-31' });
  });

  it('when listing months and ISO weeks, it covers every one the period touches', () => {
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-01' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2024-09-15')).toBe('2024-W37');
    expect(weeksOf({ from: '2024-12-28', to: '2025-01-06' })).toEqual(['2024-W52', '2025-W01', '2025-W02']);
  });
});
