import type { LocalText } from './messages.js';

/**
 * The one text rule: text Kepu stores must survive PostgreSQL and UTF-8 exactly as it was sent.
 * PostgreSQL cannot store U+0000 in text at all, and a lone UTF-16 surrogate (what `"\ud800"` in
 * JSON decodes to) has no UTF-8 form, so the driver would silently store U+FFFD instead: a guess.
 * Both are refused where text enters (request bodies, query strings, path segments, sheet cells).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this rule looks for
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why this text cannot be stored as sent, or undefined when it can. */
export function unstorableTextProblem(text: string): LocalText | undefined {
  const match = unstorable.exec(text);
  if (!match) return undefined;
  return match[0] === '\u0000'
    ? {
        zh: `含有无法保存的空字符 NUL（U+0000，位置 ${match.index}），请删除该字符`,
        en: `contains a NUL character (U+0000) at position ${match.index}, which cannot be stored`,
      }
    : {
        zh: `含有残缺的 UTF-16 代理字符（位置 ${match.index}），不是有效文字，请重新输入`,
        en: `contains a lone UTF-16 surrogate at position ${match.index}, which is not valid Unicode text`,
      };
}

/** Keys that would reach an object's prototype when copied with Object.assign or a naive merge. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

export interface TextProblem {
  /** Dotted path of the offending value or key, e.g. `body.organiserIds.0` or `query.q`. */
  field: string;
  message: LocalText;
}

/**
 * The first string (or object key) under `value` that breaks the text rule, with its path.
 * Keys like `__proto__` are refused too: no schema has them and a merge would follow them.
 */
export function findUnstorableText(value: unknown, path: string, depth = 0): TextProblem | undefined {
  if (typeof value === 'string') {
    const message = unstorableTextProblem(value);
    return message ? { field: path, message } : undefined;
  }
  if (typeof value !== 'object' || value === null || depth > 64) return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findUnstorableText(item, `${path}.${index}`, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const keyProblem = unstorableTextProblem(key);
    if (keyProblem) {
      return {
        // eslint-disable-next-line no-control-regex -- the path must not carry the NUL it reports
        field: `${path}.${key.replace(/[\u0000\ud800-\udfff]/g, '\ufffd')}`,
        message: { zh: `字段名${keyProblem.zh}`, en: `the key ${keyProblem.en}` },
      };
    }
    if (prototypeKeys.has(key))
      return { field: `${path}.${key}`, message: { zh: '是保留名称，不能用作字段名', en: 'is not a field Kepu accepts (reserved name)' } };
    const problem = findUnstorableText((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Text of at most `max` UTF-16 units (what zod's `.max` counts): longer text is cut and ends in `…`,
 * never in half a surrogate pair. For text Kepu writes from what it was sent (a refusal quoting a
 * cell, a key, a path), so an answer stays within the length its schema promises.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
