import type { Language } from '@kepu/domain';
import type { FastifyRequest } from 'fastify';

/** How each language is labelled in Content-Language. */
export const contentLanguages: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

/** The weight Accept-Language gives `language`: its best range (`en`, `en-US`), else `*`, else 0. */
function weightOf(ranges: { tag: string; q: number }[], language: Language): { q: number; position: number } {
  const own = ranges.map((range, position) => ({ ...range, position })).filter(({ tag }) => tag === language || tag.startsWith(`${language}-`));
  const best = own.sort((a, b) => b.q - a.q || a.position - b.position)[0];
  if (best) return best;
  const anyLanguage = ranges.findIndex(({ tag }) => tag === '*');
  return anyLanguage === -1 ? { q: 0, position: Infinity } : { q: ranges[anyLanguage]?.q ?? 0, position: anyLanguage };
}

/**
 * The language of an answer, from Accept-Language (RFC 9110 §12.5.4): English when the client ranks
 * English above Chinese (`en`, `en-US`, `fr, en;q=0.5`), Chinese otherwise: `zh-CN`, no header, or a
 * header naming neither. At equal weight the language listed first wins.
 */
export function negotiateLanguage(header: string | undefined): Language {
  const ranges = (header ?? '').split(',').flatMap((part) => {
    const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const weight = parameters.find((parameter) => parameter.startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    return tag === '' || !Number.isFinite(q) || q < 0 || q > 1 ? [] : [{ tag, q }];
  });
  const english = weightOf(ranges, 'en');
  const chinese = weightOf(ranges, 'zh');
  const prefersEnglish = english.q > chinese.q || (english.q === chinese.q && english.q > 0 && english.position < chinese.position);
  return prefersEnglish ? 'en' : 'zh';
}

/** The language negotiated for a request: the one place answers and imports ask. */
export const languageOf = (request: FastifyRequest): Language => negotiateLanguage(request.headers['accept-language']);
