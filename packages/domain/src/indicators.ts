import { z } from 'zod';
import { calendarYear, calendarYearQuery, listQueryBase, multiValue, nonEmptyPatch, pageOf, sortParam, text } from './common.js';
import { inputShape, responseShape, type FieldList } from './field-list.js';
import { honourLevel } from './enums.js';
import { dictionaryOf, dictionaryValue, type DictionaryEntry } from './dictionary.js';
import type { FieldProblem } from './organisations.js';
import { regionCode } from './regions.js';

const year = calendarYearQuery;

/** An indicator's fields, declared once (see packages/domain/src/field-list.ts); the unit is its kind's, in the dictionary. */
export const indicatorFields = {
  regionCode: { input: regionCode, output: regionCode, label: ['行政区划', 'Region'], list: { at: 2, shown: true, sort: 'regionCode' } },
  year: { input: calendarYear, output: z.number().int(), label: ['年度', 'Year'], list: { at: 3, shown: true, sort: 'year' } },
  kind: { input: dictionaryValue('indicator_kind'), output: z.string(), label: ['类别', 'Kind'], list: { at: 1, shown: true, sort: 'kind' } },
  value: { input: z.number().min(0).max(1e13), output: z.number(), label: ['数值', 'Value'], list: { at: 4, shown: true, sort: 'value' } },
  source: {
    input: text(200).min(1).meta({ description: '出处, e.g. 2022年重庆市公民科学素质抽样调查', example: '2022年公民科学素质调查' }),
    output: z.string(),
    label: ['数据来源', 'Source'],
    list: { at: 6, shown: true },
  },
  level: {
    input: honourLevel.schema.meta({ description: 'the level of the body that published the figure' }),
    output: honourLevel.schema,
    label: ['级别', 'Level'],
    list: { at: 5 },
  },
  note: { input: text(500).nullable().optional(), output: z.string().nullable(), label: ['备注', 'Note'] },
} as const satisfies FieldList;

const indicatorInput = z.strictObject(inputShape(indicatorFields));

/** A ratio (its kind's `measure` in the dictionary) is a percentage: what the schema cannot know without the dictionary. */
export function indicatorRules(
  value: { kind?: string | undefined; value?: number | undefined },
  dictionary: readonly DictionaryEntry[],
): FieldProblem[] {
  const entry = value.kind ? dictionaryOf(dictionary, 'indicator_kind').get(value.kind) : undefined;
  return entry?.measure === 'ratio' && value.value != null && value.value > 100
    ? [{ field: 'value', message: { zh: '百分比不能超过 100', en: 'a percentage cannot exceed 100' } }]
    : [];
}

export const CreateIndicatorBody = indicatorInput.meta({ id: 'CreateIndicator' });
export const UpdateIndicatorBody = indicatorInput.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateIndicator' });

/** Values are in the unit of their kind's dictionary entry (GET /api/v1/dictionary?kind=indicator_kind), never rescaled. */
export const IndicatorResponse = z.object(responseShape(indicatorFields)).meta({ id: 'Indicator' });

export const ListIndicatorsQuery = z.strictObject({
  ...listQueryBase,
  kind: multiValue(dictionaryValue('indicator_kind')).optional(),
  year: year.optional(),
  level: honourLevel.schema.optional(),
  sort: sortParam(['year', 'kind', 'value', 'regionCode'], '-year'),
});

export const IndicatorPage = pageOf(IndicatorResponse).meta({ id: 'IndicatorPage' });

export type CreateIndicator = z.infer<typeof CreateIndicatorBody>;
export type UpdateIndicator = z.infer<typeof UpdateIndicatorBody>;
export type Indicator = z.infer<typeof IndicatorResponse>;
export type ListIndicators = z.infer<typeof ListIndicatorsQuery>;
