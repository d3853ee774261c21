import { z } from 'zod';
import {
  calendarYearQuery,
  checkPeriodOrder,
  id,
  isoDate,
  listQueryBase,
  multiValue,
  name,
  nonEmptyPatch,
  pageOf,
  sortParam,
  text,
} from './common.js';
import { inputShape, responseShape, type FieldList } from './field-list.js';
import { dictionaryValue } from './dictionary.js';
import { audienceFigureFields, checkQualifiers, figureOrUnknown, qualifierField } from './figures.js';
import { audienceFigurePairs, checkAudienceFigures, checkNoRepeats } from './events.js';
import { bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

/**
 * An activity summary's fields, declared once (see packages/domain/src/field-list.ts): activities a
 * source reports only as totals over a period ("全国科普日 350余场次，惠及150万余人次").
 */
export const summaryFields = {
  title: { input: name, label: ['活动名称', 'Title'], list: { at: 1, shown: true, sort: 'title' } },
  category: { input: dictionaryValue('event_category'), label: ['活动类型', 'Category'], list: { at: 2, shown: true } },
  regionCode: { input: regionCode, label: ['行政区划', 'Region'], list: { at: 3, shown: true } },
  organiserIds: {
    input: z.array(id).max(20).optional().meta({ description: '主办/承办组织, when the source names them; the first is the lead' }),
    label: ['主办组织', 'Organisers'],
    empty: [],
  },
  periodFrom: { input: isoDate, label: ['起始日期', 'From'], list: { at: 4, shown: true, sort: 'periodFrom' } },
  periodTo: { input: isoDate, label: ['截止日期', 'To'], list: { at: 5, shown: true } },
  eventCount: { input: figureOrUnknown('场次'), label: ['场次', 'Events'], list: { at: 6, shown: true } },
  eventCountQualifier: qualifierField(['场次限定', 'Events qualifier']),
  ...audienceFigureFields({ attendance: 7, participants: 8 }),
  source: {
    input: text(200).nullable().optional().meta({ description: '出处, e.g. 渝北区科协2023年工作总结' }),
    label: ['数据来源', 'Source'],
    list: { at: 9 },
  },
  note: { input: text(500).nullable().optional(), label: ['备注', 'Note'] },
} as const satisfies FieldList;

const summaryInput = z.strictObject(inputShape(summaryFields));
type SummaryRuleInput = Partial<z.infer<typeof summaryInput>>;

const figures = [['eventCount', 'eventCountQualifier'], ...audienceFigurePairs] as const;

/** A summary reports at least one figure; a qualifier qualifies a figure that is there; 人数 never exceeds 人次. */
export function checkSummaryRules(value: SummaryRuleInput, ctx: z.RefinementCtx) {
  checkPeriodOrder(value.periodFrom, value.periodTo, 'periodTo', ctx);
  if (figures.every(([figure]) => value[figure] == null)) {
    ctx.addIssue(
      bilingualIssue(['eventCount'], { zh: '场次、受众人次、受众人数至少填写一项', en: 'give at least one of eventCount, attendance, participants' }),
    );
  }
  checkQualifiers(value, figures, ctx);
  checkAudienceFigures(value, ctx);
  checkNoRepeats(value, 'organiserIds', { zh: '主办组织不能重复', en: 'must not repeat an organiser' }, ctx);
}

export const CreateSummaryBody = summaryInput.superRefine(checkSummaryRules).meta({ id: 'CreateSummary' });
export const UpdateSummaryBody = summaryInput.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateSummary' });

export const SummaryResponse = z.object(responseShape(summaryFields)).meta({ id: 'Summary' });

export const ListSummariesQuery = z.strictObject({
  ...listQueryBase,
  category: multiValue(dictionaryValue('event_category')).optional(),
  organisationId: id.optional().meta({ description: 'summaries this organisation organised' }),
  year: calendarYearQuery.optional().meta({ description: 'summaries whose period touches this year' }),
  sort: sortParam(['periodFrom', 'title', 'attendance', 'createdAt', 'updatedAt'], '-periodFrom'),
});

export const SummaryPage = pageOf(SummaryResponse).meta({ id: 'SummaryPage' });

export type CreateSummary = z.infer<typeof CreateSummaryBody>;
export type UpdateSummary = z.infer<typeof UpdateSummaryBody>;
export type Summary = z.infer<typeof SummaryResponse>;
export type ListSummaries = z.infer<typeof ListSummariesQuery>;
