import { describe, expect, it } from 'vitest';
import { CreateEventBody, ListEventsQuery, eventStatusAt } from './events.js';

const valid = {
  title: '科技活动周开幕式',
  category: 'science_week',
  regionCode: '500112',
  organiserIds: ['1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b'],
  startsAt: '2024-05-20T09:00:00+08:00',
  endsAt: '2024-05-20T12:00:00+08:00',
  mode: 'hybrid',
  attendance: 3000,
  participants: 1800,
};

const failingPaths = (input: unknown) => CreateEventBody.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('CreateEventBody', () => {
  it('when the event is complete and consistent, it parses', () => {
    expect(CreateEventBody.safeParse(valid).success).toBe(true);
  });

  it('when 人数 exceeds 人次 or the end is not after the start, it names the field', () => {
    expect(failingPaths({ ...valid, participants: 3001 })).toEqual(['participants']);
    expect(failingPaths({ ...valid, endsAt: valid.startsAt })).toEqual(['endsAt']);
  });

  it('when an organiser or audience group repeats, it names the field', () => {
    expect(failingPaths({ ...valid, organiserIds: [...valid.organiserIds, ...valid.organiserIds] })).toEqual(['organiserIds']);
    expect(failingPaths({ ...valid, audienceGroups: ['youth', 'youth'] })).toEqual(['audienceGroups']);
  });
});

describe('ListEventsQuery', () => {
  it('when categories come comma-separated, they become a list and defaults fill the rest', () => {
    expect(ListEventsQuery.parse({ category: 'lecture,exhibition' })).toMatchObject({
      category: ['lecture', 'exhibition'],
      page: 1,
      pageSize: 20,
      sort: '-startsAt',
    });
  });
});

describe('eventStatusAt', () => {
  const times = { startsAt: valid.startsAt, endsAt: valid.endsAt };
  const at = (iso: string) => eventStatusAt(times, new Date(iso));

  it('when the event has ended, it is completed; while it runs, ongoing; before it starts, planned', () => {
    expect(at('2024-05-21T09:00:00+08:00')).toBe('completed');
    expect(at('2024-05-20T10:30:00+08:00')).toBe('ongoing');
    expect(at('2024-05-19T09:00:00+08:00')).toBe('planned');
  });

  it('when now is exactly the start or the end, the event has started or ended', () => {
    expect(at(valid.startsAt)).toBe('ongoing');
    expect(at(valid.endsAt)).toBe('completed');
  });
});
