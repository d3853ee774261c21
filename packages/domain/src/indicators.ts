import { z } from 'zod';
import { calendarYear, calendarYearQuery, listQueryBase, multiValue, nonEmptyPatch, pageOf, recordMeta, sortParam, text } from './common.js';
import { honourLevel, indicatorKind } from './enums.js';
import { bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

const year = calendarYearQuery;

const indicatorFields = z.strictObject({
  regionCode,
  year: calendarYear,
  kind: indicatorKind.schema,
  value: z.number().min(0).max(1e13),
  source: text(200).min(1).meta({ description: '出处, e.g. 2022年重庆市公民科学素质抽样调查', example: '2022年公民科学素质调查' }),
  level: honourLevel.schema.meta({ description: 'the level of the body that published the figure' }),
  note: text(500).nullable().optional(),
});

const percentKinds = new Set(['science_literacy_rate', 'community_coverage']);

export function checkIndicatorRules(value: { kind?: string; value?: number }, ctx: z.RefinementCtx) {
  if (value.kind && percentKinds.has(value.kind) && value.value != null && value.value > 100) {
    ctx.addIssue(bilingualIssue(['value'], { zh: '百分比不能超过 100', en: 'a percentage cannot exceed 100' }));
  }
}

export const CreateIndicatorBody = indicatorFields.superRefine(checkIndicatorRules).meta({ id: 'CreateIndicator' });
export const UpdateIndicatorBody = indicatorFields.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateIndicator' });

export const IndicatorResponse = z
  .object({
    ...recordMeta,
    regionCode,
    year: z.number().int(),
    kind: indicatorKind.schema,
    value: z.number(),
    unit: z.string().meta({ description: 'derived from kind: 人, %, 元' }),
    source: z.string(),
    level: honourLevel.schema,
    note: z.string().nullable(),
  })
  .meta({ id: 'Indicator' });

export const ListIndicatorsQuery = z.strictObject({
  ...listQueryBase,
  kind: multiValue(indicatorKind.schema).optional(),
  year: year.optional(),
  level: honourLevel.schema.optional(),
  sort: sortParam(['year', 'kind', 'value', 'regionCode'], '-year'),
});

export const IndicatorPage = pageOf(IndicatorResponse).meta({ id: 'IndicatorPage' });

export type CreateIndicator = z.infer<typeof CreateIndicatorBody>;
export type UpdateIndicator = z.infer<typeof UpdateIndicatorBody>;
export type Indicator = z.infer<typeof IndicatorResponse>;
export type ListIndicators = z.infer<typeof ListIndicatorsQuery>;
