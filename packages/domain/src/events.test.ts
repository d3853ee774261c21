import { describe, expect, it } from 'vitest';
import { CreateEventBody, ListEventsQuery } from './events.js';

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
