import {
  CreateEventBody,
  EventPage,
  EventResponse,
  ListEventsQuery,
  UpdateEventBody,
  columnsOf,
  eventFields,
  shanghaiDayStart,
  type CreateEvent,
  type Event,
  type ListEvents,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { eq, gte, lt } from 'drizzle-orm';
import { anyOf, holdsId } from '../kernel/resource/bind.js';
import { unprocessable } from '../kernel/errors.js';
import { requireLive, requireRegion } from '../kernel/references.js';
import { countedBySummary, placesEventAnew, summariesAbove, summaryCounting } from '../summaries/index.js';
import { recordResource, recordResponse, type ImportableSpec } from '../kernel/resource/spec.js';

const { events, organisations, venues } = schema;
type EventRow = typeof events.$inferSelect;
const dayMs = 86_400_000;

export const eventsResource: ImportableSpec<EventRow, CreateEvent, ListEvents, Event> = {
  ...recordResource('events', 'Event', '科普活动 events', events),
  schemas: { create: CreateEventBody, update: UpdateEventBody, query: ListEventsQuery, response: EventResponse, page: EventPage },
  searchColumn: events.title,
  sortColumns: {
    startsAt: events.startsAt,
    title: events.title,
    attendance: events.attendance,
    createdAt: events.createdAt,
    updatedAt: events.updatedAt,
  },
  // Dates select by the event's start, as the statistics do.
  filters: (query, bind) => [
    query.from ? gte(events.startsAt, bind('from', shanghaiDayStart(query.from))) : undefined,
    query.to ? lt(events.startsAt, bind('to', new Date(shanghaiDayStart(query.to).getTime() + dayMs))) : undefined,
    query.category ? anyOf(events.category, bind('category', query.category)) : undefined,
    query.status ? anyOf(events.status, bind('status', query.status)) : undefined,
    query.mode ? eq(events.mode, bind('mode', query.mode)) : undefined,
    query.organisationId ? holdsId(events.organiserIds, bind('organisationId', query.organisationId)) : undefined,
    query.venueId ? eq(events.venueId, bind('venueId', query.venueId)) : undefined,
  ],
  async prepare(input, { executor, principal, current }) {
    await requireRegion(input.regionCode);
    await requireLive(executor, organisations, input.organiserIds, 'body.organiserIds', principal);
    if (input.venueId) await requireLive(executor, venues, [input.venueId], 'body.venueId', principal);
    const values = eventsResource.toColumns(input);
    const slot = { ...input, status: values.status as string };
    if (placesEventAnew(current, slot)) {
      const counting = summaryCounting(await summariesAbove(executor, [input.regionCode], [input.category]), slot);
      if (counting) throw unprocessable([{ field: 'body.category', message: countedBySummary(counting) }]);
    }
    return values;
  },
  toColumns: (input) => columnsOf(eventFields, input),
  ...recordResponse(events, eventFields),
};
