import { z } from 'zod';
import {
  checkDateRange,
  count,
  dateRangeQuery,
  id,
  isoDateTime,
  listQueryBase,
  multiValue,
  name,
  nonEmptyPatch,
  pageOf,
  recordMeta,
  sortParam,
  text,
} from './common.js';
import { audienceGroup, eventCategory, eventMode, eventStatus } from './enums.js';
import { bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

const eventFields = z.strictObject({
  title: name,
  category: eventCategory.schema,
  regionCode,
  organiserIds: z.array(id).min(1).max(20).meta({ description: '主办/承办组织; the first is the lead organiser' }),
  venueId: id.nullable().optional().meta({ description: 'where it took place; null for online or unregistered places' }),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  mode: eventMode.schema,
  audienceGroups: z.array(audienceGroup.schema).max(audienceGroup.values.length).optional(),
  attendance: count.meta({ description: '受众人次 (person-times): every attendance counts' }),
  participants: count.nullable().optional().meta({ description: '受众人数 (distinct people), when known; never more than attendance' }),
  onlineViews: count.optional().meta({ description: '线上浏览量' }),
  volunteers: count.optional().meta({ description: '参与志愿者人数' }),
  status: eventStatus.schema.optional(),
  description: text(5000).nullable().optional(),
});

type EventRuleInput = Partial<
  Pick<z.infer<typeof eventFields>, 'startsAt' | 'endsAt' | 'attendance' | 'participants' | 'organiserIds' | 'audienceGroups'>
>;

export function checkEventRules(value: EventRuleInput, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    ctx.addIssue(bilingualIssue(['endsAt'], { zh: '结束时间须晚于开始时间', en: 'must be after startsAt' }));
  }
  if (value.participants != null && value.attendance != null && value.participants > value.attendance) {
    ctx.addIssue(bilingualIssue(['participants'], { zh: '受众人数不能多于受众人次', en: '人数 cannot exceed 人次 (attendance)' }));
  }
  if (value.organiserIds && new Set(value.organiserIds).size !== value.organiserIds.length) {
    ctx.addIssue(bilingualIssue(['organiserIds'], { zh: '主办组织不能重复', en: 'must not repeat an organiser' }));
  }
  if (value.audienceGroups && new Set(value.audienceGroups).size !== value.audienceGroups.length) {
    ctx.addIssue(bilingualIssue(['audienceGroups'], { zh: '受众群体不能重复', en: 'must not repeat a group' }));
  }
}

export const CreateEventBody = eventFields.superRefine(checkEventRules).meta({ id: 'CreateEvent' });
export const UpdateEventBody = eventFields.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateEvent' });

export const EventResponse = z
  .object({
    ...recordMeta,
    title: z.string(),
    category: eventCategory.schema,
    regionCode,
    organiserIds: z.array(id),
    venueId: id.nullable(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    mode: eventMode.schema,
    audienceGroups: z.array(audienceGroup.schema),
    attendance: z.number().int(),
    participants: z.number().int().nullable(),
    onlineViews: z.number().int(),
    volunteers: z.number().int(),
    status: eventStatus.schema,
    description: z.string().nullable(),
  })
  .meta({ id: 'Event' });

export const ListEventsQuery = z
  .strictObject({
    ...listQueryBase,
    ...dateRangeQuery,
    category: multiValue(eventCategory.schema).optional(),
    status: multiValue(eventStatus.schema).optional(),
    mode: eventMode.schema.optional(),
    organisationId: id.optional().meta({ description: 'events this organisation organised' }),
    venueId: id.optional(),
    sort: sortParam(['startsAt', 'title', 'attendance', 'createdAt', 'updatedAt'], '-startsAt'),
  })
  .superRefine(checkDateRange);

export const EventPage = pageOf(EventResponse).meta({ id: 'EventPage' });

export type CreateEvent = z.infer<typeof CreateEventBody>;
export type UpdateEvent = z.infer<typeof UpdateEventBody>;
export type Event = z.infer<typeof EventResponse>;
export type ListEvents = z.infer<typeof ListEventsQuery>;
