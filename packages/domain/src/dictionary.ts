import { z } from 'zod';
import { isoDateTime, stored, text } from './common.js';
import { designationKind, eventCategory, indicatorKind, labelledEnum, organisationType, venueType } from './enums.js';
import { bilingualIssue, matching } from './messages.js';
import type { FieldProblem } from './organisations.js';

/**
 * The lists staff extend themselves (字典): every district reports types of its own (社区科普学教点,
 * "科普文化重庆云"终端 …), so these are rows a city admin edits, not code. The codes Kepu's rules and
 * the 科普统计 form name (`organisationType` and the others in enums.ts) are the entries migration
 * 0010 seeds; they may be retired but never deleted.
 */
export const dictionaryKind = labelledEnum({
  organisation_type: '组织类型',
  venue_type: '阵地类型',
  event_category: '活动类型',
  honour_kind: '认定类别',
  indicator_kind: '指标',
});
export type DictionaryKind = z.infer<typeof dictionaryKind.schema>;

/** What an indicator measures; a ratio is a percentage and never exceeds 100. */
export const indicatorMeasure = labelledEnum({
  count: '数量',
  ratio: '比例（%）',
  money: '金额',
  duration: '时长',
});
export type IndicatorMeasure = z.infer<typeof indicatorMeasure.schema>;

/** The seeded entries code refers to, by kind. */
export const officialEntries: Record<DictionaryKind, Record<string, string>> = {
  organisation_type: organisationType.labels,
  venue_type: venueType.labels,
  event_category: eventCategory.labels,
  honour_kind: designationKind.labels,
  indicator_kind: indicatorKind.labels,
};

export const isOfficialEntry = (kind: DictionaryKind, code: string) => Object.hasOwn(officialEntries[kind], code);

/**
 * The most entries one kind may hold, retired ones included: far more than the types any district
 * reports, and few enough that every list of a kind's entries (a form's rows, a breakdown, the
 * statistics form) stays a list a page can show. The API refuses one more.
 */
export const MAX_ENTRIES_PER_KIND = 200;

const codePattern = /^[a-z][a-z0-9_]{0,47}$/;

/** A dictionary code as records store it: lower-case letters, digits and `_`, starting with a letter. */
export const dictionaryCode = matching(z.string(), codePattern, {
  zh: '代码只能由小写字母、数字和下划线组成，并以字母开头（最多 48 个字符）',
  en: 'lower-case letters, digits and _, starting with a letter (at most 48)',
}).max(48);

/**
 * A record field holding a code of one dictionary. `x-dictionary` names the dictionary in the OpenAPI
 * document, where the served copy lists the entries current when it is fetched.
 */
export const dictionaryValue = (kind: DictionaryKind) =>
  dictionaryCode.meta({
    'x-dictionary': kind,
    description: `a code of the ${kind} dictionary (${dictionaryKind.labels[kind]}); GET /api/v1/dictionary?kind=${kind} lists them`,
  });

const unit = text(20).min(1);

const entryFields = {
  labelZh: text(50).min(1).meta({ description: '中文名称, as forms, exports and reports show it', example: '社区科普学教点' }),
  labelEn: text(100).min(1).meta({ example: 'Community science learning point' }),
  parentCode: dictionaryCode.nullable().optional().meta({
    description: 'the top-level entry of the same kind this one rolls up into (e.g. an official 科普统计 category); null for a top-level entry',
  }),
  unit: unit.nullable().optional().meta({ description: 'indicators only: the unit values are stored in (人, %, 元, 次, 分钟/天 …)' }),
  measure: indicatorMeasure.schema
    .nullable()
    .optional()
    .meta({ description: 'indicators only: count, ratio (a percentage, at most 100), money or duration' }),
  definition: text(500).nullable().optional().meta({ description: '口径: what the entry counts' }),
  active: z.boolean().optional().meta({ description: 'false retires the entry: kept on records that hold it, refused on new ones' }),
};

/**
 * The longest label a response carries: a dictionary entry's English one. Chinese labels (50), region
 * names (50) and the labels of Kepu's own catalogues are shorter.
 */
export const labelText = stored(entryFields.labelEn);
/** A unit a response names: a dictionary entry's, or one of Kepu's own (每万人, 元/人 …), which are shorter. */
export const unitText = stored(unit);

/** What an entry of `kind` may not carry: only indicator entries have a unit and a measure. */
export function dictionaryEntryProblems(
  kind: DictionaryKind,
  value: { unit?: string | null | undefined; measure?: string | null | undefined },
): FieldProblem[] {
  if (kind === 'indicator_kind') return [];
  return (['unit', 'measure'] as const)
    .filter((field) => value[field] != null)
    .map((field) => ({ field, message: { zh: '只有指标条目有此项', en: 'only indicator entries have this' } }));
}

export const DictionaryKindParams = z.strictObject({ kind: dictionaryKind.schema });
export const DictionaryEntryParams = z.strictObject({ kind: dictionaryKind.schema, code: dictionaryCode });

export const CreateDictionaryEntryBody = z
  .strictObject({ code: dictionaryCode.meta({ example: 'community_learning_point' }), ...entryFields })
  .meta({ id: 'CreateDictionaryEntry' });
export const UpdateDictionaryEntryBody = z
  .strictObject(entryFields)
  .partial()
  .superRefine((value, ctx) => {
    if (Object.keys(value).length === 0) ctx.addIssue(bilingualIssue([], { zh: '请至少修改一个字段', en: 'send at least one field to change' }));
  })
  .meta({ id: 'UpdateDictionaryEntry' });

export const DictionaryEntryResponse = z
  .object({
    kind: dictionaryKind.schema,
    code: dictionaryCode,
    labelZh: stored(entryFields.labelZh),
    labelEn: stored(entryFields.labelEn),
    parentCode: stored(entryFields.parentCode),
    unit: stored(entryFields.unit),
    measure: stored(entryFields.measure),
    definition: stored(entryFields.definition),
    active: z.boolean(),
    official: z.boolean().meta({ description: 'seeded with Kepu and named by its rules or the 科普统计 form: may be retired, never deleted' }),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'DictionaryEntry' });

export const ListDictionaryQuery = z.strictObject({
  kind: dictionaryKind.schema.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'true: only entries staff may choose; false: only retired ones' }),
});

export const DictionaryList = z
  .object({ items: z.array(DictionaryEntryResponse).max(MAX_ENTRIES_PER_KIND * dictionaryKind.values.length) })
  .meta({ id: 'DictionaryList' });

export type DictionaryEntry = z.infer<typeof DictionaryEntryResponse>;
export type CreateDictionaryEntry = z.infer<typeof CreateDictionaryEntryBody>;
export type UpdateDictionaryEntry = z.infer<typeof UpdateDictionaryEntryBody>;

/** The entries of one kind, in their order, with a lookup by code. */
export interface DictionaryOf {
  entries: readonly DictionaryEntry[];
  get(code: string): DictionaryEntry | undefined;
  label(code: string, language?: 'zh' | 'en'): string;
  /** The top-level entry a code rolls up into (itself when it has no parent). */
  rootOf(code: string): string;
}

export function dictionaryOf(entries: readonly DictionaryEntry[], kind: DictionaryKind): DictionaryOf {
  const own = entries.filter((entry) => entry.kind === kind);
  const byCode = new Map(own.map((entry) => [entry.code, entry]));
  return {
    entries: own,
    get: (code) => byCode.get(code),
    label: (code, language = 'zh') => {
      const entry = byCode.get(code);
      return entry ? (language === 'zh' ? entry.labelZh : entry.labelEn) : code;
    },
    rootOf: (code) => byCode.get(code)?.parentCode ?? code,
  };
}
