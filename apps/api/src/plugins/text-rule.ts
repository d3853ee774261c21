import { findUnstorableText, type TextProblem } from '@kepu/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../shared/errors.js';

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

const refused = (status: number, code: string, title: string, problem: TextProblem) => new AppError(status, code, title, { errors: [problem] });

function decodeJsonBody(request: FastifyRequest, body: Buffer): unknown {
  const charset = charsetOf(request.headers['content-type']) ?? 'utf-8';
  const encoding = jsonCharsets[charset];
  if (!encoding) {
    throw refused(415, 'request.charset', 'The body is in a character set Kepu does not read; send UTF-8', {
      field: 'headers.content-type',
      message: `charset ${charset} is not one of ${Object.keys(jsonCharsets).join(', ')}`,
    });
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    throw refused(400, 'request.encoding', `The body is not valid ${encoding.toUpperCase()}`, { field: 'body', message: `has bytes that are not ${encoding.toUpperCase()}` });
  }
  if (text.trim() === '') throw refused(400, 'request.empty_body', 'The body is empty; send a JSON document', { field: 'body', message: 'is empty' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refused(400, 'request.invalid_json', 'The body is not valid JSON', { field: 'body', message: (error as Error).message });
  }
  const problem = findUnstorableText(value, 'body');
  if (problem) throw refused(400, 'request.invalid', 'The request has invalid fields', problem);
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
        done(refused(400, 'request.encoding', 'A query parameter is not valid percent-encoded UTF-8', { field: `query.${key}`, message: 'is not valid percent-encoded UTF-8' }));
        return;
      }
      const problem = findUnstorableText(request.params, 'params') ?? findUnstorableText(request.query, 'query');
      done(problem ? refused(400, 'request.invalid', 'The request has invalid fields', problem) : undefined);
    });
  },
  { name: 'text-rule' },
);
