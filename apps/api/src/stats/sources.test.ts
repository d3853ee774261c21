import { describe, expect, it } from 'vitest';
import { eventSources } from './queries.js';

const monthlyAndDaily = { monthly: true, daily: true };
const monthlyOnly = { monthly: true, daily: false };
const noRollup = { monthly: false, daily: false };

describe('where event figures are read from', () => {
  it('when a period has ragged ends and daily rollups exist, whole months come from monthly rows and the ends from daily ones', () => {
    expect(eventSources(monthlyAndDaily, { from: '2024-01-15', to: '2024-04-10' }, false)).toEqual({
      monthRollup: { from: '2024-02-01', to: '2024-03-31' },
      dayRollup: [
        { from: '2024-01-15', to: '2024-01-31' },
        { from: '2024-04-01', to: '2024-04-10' },
      ],
      baseRows: [],
    });
  });

  it('when only monthly rollups exist, whole months come from them and ragged ends from the events', () => {
    expect(eventSources(monthlyOnly, { from: '2024-01-01', to: '2024-12-31' }, false)).toEqual({
      monthRollup: { from: '2024-01-01', to: '2024-12-31' },
      dayRollup: [],
      baseRows: [],
    });
    expect(eventSources(monthlyOnly, { from: '2024-03-05', to: '2024-03-20' }, false)).toEqual({
      monthRollup: null,
      dayRollup: [],
      baseRows: [{ from: '2024-03-05', to: '2024-03-20' }],
    });
    expect(eventSources(monthlyOnly, { from: '2024-03-05', to: '2024-05-31' }, false)).toEqual({
      monthRollup: { from: '2024-04-01', to: '2024-05-31' },
      dayRollup: [],
      baseRows: [{ from: '2024-03-05', to: '2024-03-31' }],
    });
  });

  it('when days are asked for, only daily rollups or the events can answer', () => {
    expect(eventSources(monthlyAndDaily, { from: '2024-01-01', to: '2024-12-31' }, true)).toEqual({
      monthRollup: null,
      dayRollup: [{ from: '2024-01-01', to: '2024-12-31' }],
      baseRows: [],
    });
    expect(eventSources(monthlyOnly, { from: '2024-01-01', to: '2024-12-31' }, true).baseRows).toHaveLength(1);
    expect(eventSources(noRollup, { from: '2024-01-01', to: '2024-12-31' }, false).baseRows).toHaveLength(1);
  });
});
