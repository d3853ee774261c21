import { describe, expect, it } from 'vitest';
import { eventSources } from './queries.js';

describe('where event figures are read from', () => {
  it('when the city asks for a period with ragged ends, whole months come from monthly rollups and the ends from daily ones', () => {
    expect(eventSources('city', { from: '2024-01-15', to: '2024-04-10' }, false)).toEqual({
      monthRollup: { from: '2024-02-01', to: '2024-03-31' },
      dayRollup: [{ from: '2024-01-15', to: '2024-01-31' }, { from: '2024-04-01', to: '2024-04-10' }],
      baseRows: [],
    });
  });

  it('when a district asks, whole months come from its monthly rollups and ragged ends from its events', () => {
    expect(eventSources('district', { from: '2024-01-01', to: '2024-12-31' }, false)).toEqual({ monthRollup: { from: '2024-01-01', to: '2024-12-31' }, dayRollup: [], baseRows: [] });
    expect(eventSources('district', { from: '2024-03-05', to: '2024-03-20' }, false)).toEqual({ monthRollup: null, dayRollup: [], baseRows: [{ from: '2024-03-05', to: '2024-03-20' }] });
  });

  it('when a 镇街 asks, or a district asks by day, the events themselves are read', () => {
    expect(eventSources('township', { from: '2024-01-01', to: '2024-12-31' }, false)).toEqual({ monthRollup: null, dayRollup: [], baseRows: [{ from: '2024-01-01', to: '2024-12-31' }] });
    expect(eventSources('district', { from: '2024-01-01', to: '2024-12-31' }, true).baseRows).toHaveLength(1);
    expect(eventSources('city', { from: '2024-01-01', to: '2024-12-31' }, true).dayRollup).toHaveLength(1);
  });
});
