import { findUnstorableText, type TextProblem } from '@kepu/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, problem, type Problem } from '../errors.js';

/**
 * Charsets a JSON body may declare, each decoded exactly (WHATWG decoders in fatal mode): UTF-8,
 * which RFC 8259 requires, and the GB encodings Chinese Windows software still sends. Anything
 * else is refused rather than guessed, so nothing is stored as mojibake.
 */
const jsonCharsets: Record<string, string> = { 'utf-8': 'utf-8', utf8: 'utf-8', gb18030: 'gb18030', gbk: 'gbk', gb2312: 'gbk' };

function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(contentType ?? '');
  return match ? (match[1] ?? '').toLowerCase() : undefined;
}

const refused = (reason: Problem, fieldError: TextProblem) => new AppError(reason, { errors: [fieldError] });

function decodeJsonBody(request: FastifyRequest, body: Buffer): unknown {
  const charset = charsetOf(request.headers['content-type']) ?? 'utf-8';
  const encoding = jsonCharsets[charset];
  if (!encoding) {
    const readable = Object.keys(jsonCharsets).join(', ');
    throw refused(problem('charset'), {
      field: 'headers.content-type',
      message: { zh: `字符集 ${charset} 不在可读取的 ${readable} 之中`, en: `charset ${charset} is not one of ${readable}` },
    });
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    const name = encoding.toUpperCase();
    throw refused(problem('bodyEncoding', { encoding: name }), {
      field: 'body',
      message: { zh: `含有不属于 ${name} 编码的字节`, en: `has bytes that are not ${name}` },
    });
  }
  if (text.trim() === '') throw refused(problem('emptyBody'), { field: 'body', message: { zh: '内容为空', en: 'is empty' } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's own words say where the JSON breaks; they are English only, so Chinese leads with a sentence of its own.
    const reason = (error as Error).message;
    throw refused(problem('invalidJson'), { field: 'body', message: { zh: `JSON 格式有误：${reason}`, en: reason } });
  }
  const unstorable = findUnstorableText(value, 'body');
  if (unstorable) throw refused(problem('invalidFields'), unstorable);
  return value;
}

const undecodable = Symbol('query parameters that are not valid percent-encoded UTF-8');
type ParsedQuery = Record<string, string | string[]> & { [undecodable]?: string[] };

const decodeComponent = (text: string) => decodeURIComponent(text.replaceAll('+', ' '));

/**
 * Fastify's querystring parser with strict decoding: `%FF`, a cut-off `%E4%BD` or an encoded
 * surrogate are remembered (and refused by the hook below) instead of being kept as literal text
 * that a search would then look for. Repeated keys become arrays, as before.
 */
export function parseQueryStrictly(query: string): ParsedQuery {
  // No prototype, so a `__proto__` key is an ordinary key for the text rule to refuse.
  const parsed = Object.create(null) as ParsedQuery;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawKey = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
    let key: string;
    let value: string;
    try {
      key = decodeComponent(rawKey);
      value = decodeComponent(rawValue);
    } catch {
      (parsed[undecodable] ??= []).push(rawKey);
      continue;
    }
    const previous = parsed[key];
    parsed[key] = previous === undefined ? value : [previous, value].flat();
  }
  return parsed;
}

/**
 * Applies the domain's text rule (no NUL, no lone surrogates, no prototype keys) to everything a
 * request carries before any schema or handler sees it: JSON bodies here, query strings and path
 * parameters in a hook. Sheet cells get the same rule where imports read them.
 */
export const textRulePlugin = fp(
  (app: FastifyInstance) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      try {
        done(null, decodeJsonBody(request, body as Buffer));
      } catch (error) {
        done(error as AppError, undefined);
      }
    });
    app.addHook('preValidation', (request, _reply, done) => {
      const [key] = (request.query as ParsedQuery)[undecodable] ?? [];
      if (key !== undefined) {
        done(
          refused(problem('queryEncoding'), {
            field: `query.${key}`,
            message: { zh: '不是有效的 UTF-8 百分号编码', en: 'is not valid percent-encoded UTF-8' },
          }),
        );
        return;
      }
      const unstorable = findUnstorableText(request.params, 'params') ?? findUnstorableText(request.query, 'query');
      done(unstorable ? refused(problem('invalidFields'), unstorable) : undefined);
    });
  },
  { name: 'text-rule' },
);
