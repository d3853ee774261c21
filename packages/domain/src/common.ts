import { z } from 'zod';
import { bilingual, bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

export const MAX_PAGE_SIZE = 100;
/** Longest date range a list may ask for, so one request cannot scan decades of events. */
export const MAX_RANGE_DAYS = 366 * 10;

/**
 * A UUID is 36 characters (8-4-4-4-12 hex digits and four dashes). A malformed one is refused once,
 * for its form: the format aborts the checks after it.
 */
export const id = z.uuid({ abort: true }).max(36).meta({ description: 'record id (UUID)' });
export const count = z.number().int().min(0).max(1_000_000_000);

/**
 * The dates Kepu records: 科普 work of the People's Republic, from 1949, planned at most to 2100.
 * Every date, instant and year a client sends is checked against it, so no value near year 10000
 * reaches PostgreSQL (which would round it into a year no client can parse) and no loop over a
 * period's days can run for millennia.
 */
export const DATE_DOMAIN = { first: '1949-01-01', last: '2100-12-31', firstYear: 1949, lastYear: 2100 } as const;
const domainText = `between ${DATE_DOMAIN.first} and ${DATE_DOMAIN.last}`;
const domainTextZh = `${DATE_DOMAIN.first} 至 ${DATE_DOMAIN.last} 之间`;
const domainStartMs = Date.parse(`${DATE_DOMAIN.first}T00:00:00+08:00`);
const domainEndMs = Date.parse(`${DATE_DOMAIN.lastYear + 1}-01-01T00:00:00+08:00`);

/** YYYY-MM-DD: 10 characters. */
const dateText = z.iso.date().max(10);
/**
 * An instant as clients write it, taken to the nanosecond with an offset:
 * `2024-09-15T09:00:00.123456789+08:00` (35 characters). Kepu answers `toShanghaiIso`'s 25.
 */
const dateTimeText = z.iso.datetime({ offset: true }).max(35);

export const isoDate = dateText
  .refine((date) => date >= DATE_DOMAIN.first && date <= DATE_DOMAIN.last, bilingual({ zh: `日期须在 ${domainTextZh}`, en: `must be ${domainText}` }))
  .meta({ description: `calendar date YYYY-MM-DD (Asia/Shanghai), ${domainText}`, example: '2024-09-15' });
export const isoDateTime = dateTimeText
  .refine(
    (instant) => {
      const ms = Date.parse(instant);
      return ms >= domainStartMs && ms < domainEndMs;
    },
    bilingual({ zh: `时间须在 ${domainTextZh}（北京时间）`, en: `must be ${domainText} (Asia/Shanghai)` }),
  )
  .meta({ description: `ISO 8601 instant with offset, ${domainText}; responses use +08:00 (Asia/Shanghai)`, example: '2024-09-15T09:00:00+08:00' });
/** A date Kepu derives rather than receives (the period before one that starts in 1949 starts in 1948): its format, not the domain. */
export const derivedDate = dateText.meta({ description: 'calendar date YYYY-MM-DD (Asia/Shanghai)' });
/** A calendar year within the date domain; query strings coerce it from text. */
export const calendarYear = z.number().int().min(DATE_DOMAIN.firstYear).max(DATE_DOMAIN.lastYear);
export const calendarYearQuery = z.coerce.number().int().min(DATE_DOMAIN.firstYear).max(DATE_DOMAIN.lastYear);
export const text = (max: number) => z.string().trim().max(max);
/** The name of a field or query parameter of Kepu's (the longest, volunteerCountQualifier, has 23 characters). */
export const fieldName = z.string().max(64);
export const name = z.string().trim().min(1).max(200);

interface ZodNode {
  _zod: { def: { type: string; innerType?: ZodNode; element?: ZodNode; checks?: { _zod: { def: { check: string; maximum?: number } } }[] } };
}

/** The `.max(n)` of a string or array schema: what the limit rules of OpenAPI tools call maxLength and maxItems. */
function maxOf(schema: ZodNode): number {
  const maxima = (schema._zod.def.checks ?? []).flatMap(({ _zod: { def } }) =>
    def.check === 'max_length' && def.maximum !== undefined ? [def.maximum] : [],
  );
  if (maxima.length === 0) throw new Error('a stored text or list needs a bound: give its input .max(n)');
  return Math.min(...maxima);
}

/** What `stored` makes of an input schema (see there). */
export type Stored<T extends z.ZodType> =
  T extends z.ZodOptional<infer I extends z.ZodType>
    ? Stored<I>
    : T extends z.ZodDefault<infer I extends z.ZodType>
      ? Stored<I>
      : T extends z.ZodNullable<infer I extends z.ZodType>
        ? z.ZodNullable<Stored<I>>
        : T extends z.ZodArray<infer E extends z.ZodType>
          ? z.ZodArray<Stored<E>>
          : T extends z.ZodString
            ? z.ZodString
            : T;

/**
 * The response schema of a value its input let in, so an answer's limits are the input's, written
 * once. It is the input's schema without `optional` or a default (a stored field is always answered,
 * null when it was left out), with two changes: text the input rewrites (trims, changes case) is
 * plain text of the input's length, because response schemas carry no transforms (the console
 * returns answers as received); and every text and list keeps its input's bound, which it must
 * have (refused here, when the module loads, otherwise).
 */
export function stored<T extends z.ZodType>(input: T): Stored<T> {
  const node = input as unknown as ZodNode;
  const { type, innerType, element, checks = [] } = node._zod.def;
  const inner = (innerType ?? element) as z.ZodType;
  if (type === 'optional' || type === 'default') return stored(inner) as Stored<T>;
  if (type === 'nullable') return stored(inner).nullable() as Stored<T>;
  if (type === 'array') return z.array(stored(inner)).max(maxOf(node)) as Stored<T>;
  if (type !== 'string') return input as Stored<T>;
  const bound = maxOf(node);
  const rewrites = checks.some((check) => check._zod.def.check === 'overwrite');
  return (rewrites ? z.string().max(bound) : input) as Stored<T>;
}

export const IdParams = z.strictObject({ id });

/** Columns every stored record carries; `version` is also the ETag. */
export const recordMeta = {
  id,
  version: z.number().int().min(1).max(2_147_483_647).meta({ description: 'increases on every change; send it back as If-Match' }),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export function sortParam<const F extends string>(fields: readonly [F, ...F[]], fallback: NoInfer<F> | `-${NoInfer<F>}`) {
  const values = fields.flatMap((field) => [field, `-${field}`]) as [F | `-${F}`, ...(F | `-${F}`)[]];
  return z
    .enum(values)
    .default(fallback as never)
    .meta({ description: 'field to sort by; a leading - sorts descending' });
}

/** Query parameters every list accepts. */
export const listQueryBase = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  region: regionCode.optional().meta({ description: 'only records in this region or anywhere below it' }),
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'text search in names (Chinese substrings work)' }),
};

/** A repeated or comma-separated query parameter, e.g. `type=e_station,society`. */
export function multiValue<T extends z.ZodType<string>>(item: T) {
  return z.preprocess((value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value), z.array(item).min(1).max(20));
}

export const dateRangeQuery = {
  from: isoDate.optional().meta({ description: 'on or after this date (Asia/Shanghai)' }),
  to: isoDate.optional().meta({ description: 'on or before this date (Asia/Shanghai)' }),
};

/** The end of a range given as from/to (lists, statistics) must not come first. */
export const toBeforeFrom = { zh: '结束日期不能早于开始日期', en: 'must not be before from' };

export function checkDateRange(value: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (!value.from || !value.to) return;
  const days = (Date.parse(value.to) - Date.parse(value.from)) / 86_400_000;
  if (days < 0) ctx.addIssue(bilingualIssue(['to'], toBeforeFrom));
  else if (days > MAX_RANGE_DAYS)
    ctx.addIssue(
      bilingualIssue(['to'], { zh: `时间范围最多 ${MAX_RANGE_DAYS} 天，请缩小范围`, en: `range may span at most ${MAX_RANGE_DAYS} days` }),
    );
}

/** A period's end must not come before its start. */
export function checkPeriodOrder(start: string | null | undefined, end: string | null | undefined, endField: string, ctx: z.RefinementCtx) {
  if (start && end && Date.parse(end) < Date.parse(start)) {
    ctx.addIssue(bilingualIssue([endField], { zh: '结束时间不能早于开始时间', en: 'must not be before the start' }));
  }
}

/** A page of a list: every list's pageSize is at most MAX_PAGE_SIZE. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item).max(MAX_PAGE_SIZE),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().meta({ description: 'rows matching the filters across all pages' }),
  });
}

/** A PATCH body must change something. */
export function nonEmptyPatch(value: object, ctx: z.RefinementCtx) {
  if (Object.keys(value).length === 0) ctx.addIssue(bilingualIssue([], { zh: '请至少修改一个字段', en: 'send at least one field to change' }));
}
