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
  sortParam,
  text,
} from './common.js';
import { inputShape, responseShape, type FieldList } from './field-list.js';
import { audienceGroup, eventMode, eventStatus, type EventStatus } from './enums.js';
import { dictionaryValue } from './dictionary.js';
import { audienceFigureFields, checkQualifiers } from './figures.js';
import { bilingualIssue, type LocalText } from './messages.js';
import { regionCode } from './regions.js';

const { completed, ongoing, planned } = eventStatus.labels;

/** How a create without 状态 is stored (`eventStatusAt`), said where people enter events: the OpenAPI document, the console's form and the import template. */
const derivedStatusHelp: LocalText = {
  zh: `不填时按保存时的时间确定：已结束的为“${completed}”，已开始未结束的为“${ongoing}”，未开始的为“${planned}”；之后不会自动变更。统计默认只计${completed}的活动。`,
  en: 'Left out, it is set from the times when saved: ended → completed, started but not ended → ongoing, not yet started → planned; it does not change by itself later. Statistics count completed events by default.',
};

/** An event's fields, declared once (see packages/domain/src/field-list.ts). */
export const eventFields = {
  title: { input: name, label: ['活动名称', 'Title'], list: { at: 1, shown: true, sort: 'title' } },
  category: { input: dictionaryValue('event_category'), label: ['活动类型', 'Category'], list: { at: 2, shown: true } },
  regionCode: { input: regionCode, label: ['行政区划', 'Region'], list: { at: 4, shown: true } },
  organiserIds: {
    input: z.array(id).min(1).max(20).meta({ description: '主办/承办组织; the first is the lead organiser' }),
    label: ['主办组织', 'Organisers'],
  },
  venueId: {
    input: id.nullable().optional().meta({ description: 'where it took place; null for online or unregistered places' }),
    label: ['举办阵地', 'Venue'],
  },
  startsAt: { input: isoDateTime, label: ['开始时间', 'Starts'], instant: true, list: { at: 3, shown: true, sort: 'startsAt' } },
  endsAt: { input: isoDateTime, label: ['结束时间', 'Ends'], instant: true },
  mode: { input: eventMode.schema, label: ['活动形式', 'Mode'], list: { at: 7 } },
  audienceGroups: {
    input: z.array(audienceGroup.schema).max(audienceGroup.values.length).optional(),
    label: ['受众群体', 'Audience'],
    empty: [],
  },
  ...audienceFigureFields({ attendance: 5, participants: 8 }),
  onlineViews: {
    input: count.optional().meta({ description: '线上浏览量' }),
    label: ['线上浏览量', 'Online views'],
    empty: 0,
  },
  volunteers: {
    input: count.optional().meta({ description: '参与志愿者人数' }),
    label: ['志愿者人次', 'Volunteers'],
    empty: 0,
  },
  status: {
    input: eventStatus.schema.optional().meta({ description: `${derivedStatusHelp.en} (${derivedStatusHelp.zh})` }),
    label: ['状态', 'Status'],
    // Taken from the times when a create leaves it out; an update merges the stored status in first, so keeps it.
    empty: ({ startsAt, endsAt }) => eventStatusAt({ startsAt: String(startsAt), endsAt: String(endsAt) }, new Date()),
    help: derivedStatusHelp,
    list: { at: 6, shown: true },
  },
  description: { input: text(5000).nullable().optional(), label: ['活动简介', 'Description'] },
} as const satisfies FieldList;

const eventInput = z.strictObject(inputShape(eventFields));

type EventRuleInput = Partial<
  Pick<
    z.infer<typeof eventInput>,
    'startsAt' | 'endsAt' | 'attendance' | 'attendanceQualifier' | 'participants' | 'participantsQualifier' | 'organiserIds' | 'audienceGroups'
  >
>;

/**
 * The status of an event written without one, from its times at the moment of writing. An event
 * entered after it ended is 已完成, so the statistics (completed events only, by default) count it
 * instead of leaving it 计划中 for ever; one that runs now is 进行中, one still to come 计划中.
 */
export function eventStatusAt(times: { startsAt: string; endsAt: string }, now: Date): EventStatus {
  if (Date.parse(times.endsAt) <= now.getTime()) return 'completed';
  if (Date.parse(times.startsAt) <= now.getTime()) return 'ongoing';
  return 'planned';
}

export function checkEventRules(value: EventRuleInput, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    ctx.addIssue(bilingualIssue(['endsAt'], { zh: '结束时间须晚于开始时间', en: 'must be after startsAt' }));
  }
  checkAudienceFigures(value, ctx);
  checkQualifiers(value, audienceFigurePairs, ctx);
  checkNoRepeats(value, 'organiserIds', { zh: '主办组织不能重复', en: 'must not repeat an organiser' }, ctx);
  checkNoRepeats(value, 'audienceGroups', { zh: '受众群体不能重复', en: 'must not repeat a group' }, ctx);
}

/** The audience figures and their qualifiers (`audienceFigureFields`). */
export const audienceFigurePairs = [
  ['attendance', 'attendanceQualifier'],
  ['participants', 'participantsQualifier'],
] as const;

/** 受众人数 counts distinct people, 受众人次 every attendance: the first never exceeds the second, when both are known. */
export function checkAudienceFigures(value: { attendance?: number | null; participants?: number | null }, ctx: z.RefinementCtx) {
  if (value.participants != null && value.attendance != null && value.participants > value.attendance) {
    ctx.addIssue(bilingualIssue(['participants'], { zh: '受众人数不能多于受众人次', en: '人数 cannot exceed 人次 (attendance)' }));
  }
}

/** A list field names each item once. */
export function checkNoRepeats<K extends string>(
  value: Partial<Record<K, readonly unknown[] | null>>,
  field: K,
  text: LocalText,
  ctx: z.RefinementCtx,
) {
  const list = value[field];
  if (list && new Set(list).size !== list.length) ctx.addIssue(bilingualIssue([field], text));
}

export const CreateEventBody = eventInput.superRefine(checkEventRules).meta({ id: 'CreateEvent' });
export const UpdateEventBody = eventInput.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateEvent' });

export const EventResponse = z.object(responseShape(eventFields)).meta({ id: 'Event' });

export const ListEventsQuery = z
  .strictObject({
    ...listQueryBase,
    ...dateRangeQuery,
    category: multiValue(dictionaryValue('event_category')).optional(),
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
