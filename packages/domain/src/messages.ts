import type { z } from 'zod';
import { zhCN } from 'zod/locales';

/** The languages Kepu answers in: Chinese for staff, English on request (partners, the console's switch). */
export type Language = 'zh' | 'en';

/** Text people read, in both languages, so no message can be written in one of them only. */
export interface LocalText {
  zh: string;
  en: string;
}

/** The `{name}` slots of a template, e.g. `seconds` in `请 {seconds} 秒后再试`. */
export type TemplateSlots<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | TemplateSlots<Rest> : never;
export type Slots<T extends LocalText> = TemplateSlots<T['zh']> | TemplateSlots<T['en']>;
export type SlotValue = string | number | LocalText;

const fillOne = (template: string, values: Record<string, SlotValue>, language: Language) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });

/** A template with its slots filled; a bilingual value goes into each language as that language's text. */
export function fillText<T extends LocalText>(template: T, values: Record<Slots<T>, SlotValue>): LocalText {
  return { zh: fillOne(template.zh, values, 'zh'), en: fillOne(template.en, values, 'en') };
}

/** Fills `{name}` slots of text that is not bilingual (a problem code such as `{entity}.not_found`). */
export const fillSlots = (template: string, values: Record<string, SlotValue>) => fillOne(template, values, 'en');

/**
 * The options of a refinement whose issue says what is wrong in both languages: English stays the
 * issue's own message (what zod, the OpenAPI tools and logs show), both ride in `params` for whoever
 * answers in Chinese (see `issueText`).
 */
export const bilingual = (text: LocalText) => ({ message: text.en, params: { zh: text.zh, en: text.en } });

/** A custom issue for `ctx.addIssue`, in both languages. */
export const bilingualIssue = (path: PropertyKey[], text: LocalText) => ({ code: 'custom' as const, path, ...bilingual(text) });

/**
 * A string that must match `pattern`, refused in both languages. A refinement rather than `.regex`,
 * whose issue can carry one message only; the pattern still documents the field in OpenAPI. A value
 * that does not match is refused for that alone: checks added after it (a `.max`) do not run.
 */
export const matching = <T extends z.ZodString>(schema: T, pattern: RegExp, text: LocalText) =>
  schema.refine((value) => pattern.test(value), { ...bilingual(text), abort: true }).meta({ pattern: pattern.source });

/** zod's own Chinese wording; imported by name so the console's bundle carries this locale only. */
const chinese = zhCN();

/**
 * What a zod issue says, in both languages. Kepu's own rules carry both (see `bilingual`); zod's own
 * issues (wrong type, too long, not one of the options) are worded by zod's Chinese locale from the
 * raw issue, and keep the English message zod gave them. Parse with `reportInput: true` so a wrong
 * type is described by what was received.
 */
export function issueText(issue: z.core.$ZodIssue): LocalText {
  const params = issue.code === 'custom' ? (issue.params as Partial<LocalText> | undefined) : undefined;
  if (typeof params?.zh === 'string' && typeof params.en === 'string') return { zh: params.zh, en: params.en };
  const worded = chinese.localeError(issue as unknown as z.core.$ZodRawIssue);
  const zh = typeof worded === 'string' ? worded : (worded?.message ?? '输入无效');
  return { zh, en: issue.message };
}
