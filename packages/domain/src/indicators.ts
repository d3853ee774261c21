import { z } from 'zod';
import { calendarYear, calendarYearQuery, listQueryBase, multiValue, nonEmptyPatch, pageOf, sortParam, text } from './common.js';
import { inputShape, responseShape, type FieldList } from './field-list.js';
import { honourLevel } from './enums.js';
import { dictionaryOf, dictionaryValue, type DictionaryEntry } from './dictionary.js';
import { checkQualifiers, qualifierField } from './figures.js';
import { bilingualIssue } from './messages.js';
import type { FieldProblem } from './organisations.js';
import { regionCode } from './regions.js';

const year = calendarYearQuery;

/** An indicator's fields, declared once (see packages/domain/src/field-list.ts); the unit is its kind's, in the dictionary. */
export const indicatorFields = {
  regionCode: { input: regionCode, label: ['行政区划', 'Region'], list: { at: 2, shown: true, sort: 'regionCode' } },
  year: {
    input: calendarYear
      .nullable()
      .optional()
      .meta({ description: 'the year the figure is for, or the first year of its span; null when the source does not say' }),
    label: ['年度', 'Year'],
    list: { at: 3, shown: true, sort: 'year' },
  },
  yearTo: {
    input: calendarYear
      .nullable()
      .optional()
      .meta({ description: 'the last year when the figure covers a span (2012—2025: year 2012, yearTo 2025); needs year, not before it' }),
    label: ['截止年度', 'Last year'],
    list: { at: 4 },
  },
  kind: { input: dictionaryValue('indicator_kind'), label: ['类别', 'Kind'], list: { at: 1, shown: true, sort: 'kind' } },
  value: { input: z.number().min(0).max(1e13), label: ['数值', 'Value'], list: { at: 5, shown: true, sort: 'value' } },
  valueQualifier: qualifierField(['数值限定', 'Value qualifier']),
  source: {
    input: text(200)
      .min(1)
      .nullable()
      .optional()
      .meta({ description: '出处, e.g. 2022年重庆市公民科学素质抽样调查; null when not known', example: '2022年公民科学素质调查' }),
    label: ['数据来源', 'Source'],
    list: { at: 7, shown: true },
  },
  level: {
    input: honourLevel.schema.nullable().optional().meta({ description: 'the level of the body that published the figure; null when not known' }),
    label: ['级别', 'Level'],
    list: { at: 6 },
  },
  note: { input: text(500).nullable().optional(), label: ['备注', 'Note'] },
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

type IndicatorRuleInput = Partial<Pick<z.infer<typeof indicatorInput>, 'value' | 'valueQualifier' | 'year' | 'yearTo'>>;

/** A span's last year needs its first and does not precede it; a qualifier qualifies the value. */
export function checkIndicatorRules(value: IndicatorRuleInput, ctx: z.RefinementCtx) {
  if (value.yearTo != null && value.year == null) {
    ctx.addIssue(bilingualIssue(['year'], { zh: '填写截止年度时须填写年度', en: 'required when yearTo is given' }));
  }
  if (value.yearTo != null && value.year != null && value.yearTo < value.year) {
    ctx.addIssue(bilingualIssue(['yearTo'], { zh: '截止年度不能早于年度', en: 'must not be before year' }));
  }
  checkQualifiers(value, [['value', 'valueQualifier']], ctx);
}

export const CreateIndicatorBody = indicatorInput.superRefine(checkIndicatorRules).meta({ id: 'CreateIndicator' });
export const UpdateIndicatorBody = indicatorInput.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateIndicator' });

/** Values are in the unit of their kind's dictionary entry (GET /api/v1/dictionary?kind=indicator_kind), never rescaled. */
export const IndicatorResponse = z.object(responseShape(indicatorFields)).meta({ id: 'Indicator' });

export const ListIndicatorsQuery = z.strictObject({
  ...listQueryBase,
  kind: multiValue(dictionaryValue('indicator_kind')).optional(),
  year: year.optional().meta({ description: 'indicators for this year: year equals it, or a span year…yearTo covers it' }),
  level: honourLevel.schema.optional(),
  sort: sortParam(['year', 'kind', 'value', 'regionCode'], '-year'),
});

export const IndicatorPage = pageOf(IndicatorResponse).meta({ id: 'IndicatorPage' });

export type CreateIndicator = z.infer<typeof CreateIndicatorBody>;
export type UpdateIndicator = z.infer<typeof UpdateIndicatorBody>;
export type Indicator = z.infer<typeof IndicatorResponse>;
export type ListIndicators = z.infer<typeof ListIndicatorsQuery>;
