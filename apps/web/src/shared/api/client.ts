import type * as Domain from '@kepu/domain';
import type { Language, ProblemDetails } from '@kepu/domain';
import type { z } from 'zod';
import { currentLanguage } from '../i18n.js';

/** A failed API call, carrying the RFC 9457 problem the server answered with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.title);
  }

  /** Field errors keyed by the dotted path they concern, without the request part (`body.target.format` → `target.format`). */
  fieldErrors(): Record<string, string[]> {
    const byField: Record<string, string[]> = {};
    for (const error of this.problem.errors ?? []) (byField[error.field.replace(/^(body|query)\./, '')] ??= []).push(error.message);
    return byField;
  }
}

/** Raised when the session has ended (expired, revoked, signed out elsewhere); the app returns to sign-in. */
export const SESSION_EXPIRED = 'kepu:session-expired';

let csrfToken: string | null = null;
export const rememberCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** Picks, from the domain package, the schema the API declares for an answer (`(domain) => domain.EventPage`). */
export type SchemaPick<S extends z.ZodType> = (domain: typeof Domain) => S;

/**
 * An answer checked against its domain schema in development (`pnpm dev`) and in test builds
 * (`vite build --mode test`), never in production. The trade-off: production trusts the API (which
 * serialises through the same schemas) instead of walking every list a second time, and because the
 * schema is reached through a dynamic import inside a branch the build drops, it ships no schema
 * for it: the sign-in route stays within its size budget. A drift between API and console then
 * shows up in dev and in the test build, not in front of staff. The body is returned as received
 * either way (response schemas carry no transforms), so the modes behave the same.
 */
async function checked<S extends z.ZodType>(pick: SchemaPick<S>, body: unknown): Promise<z.output<S>> {
  if (import.meta.env.DEV || import.meta.env.MODE === 'test') pick(await import('@kepu/domain')).parse(body);
  return body as z.output<S>;
}

/** Where the API answers a path; downloads navigate here so the browser streams the file itself. */
export const apiUrl = (path: string) => `/api/v1${path}`;

/** A body sent as it is, with its own content type (an uploaded file), instead of as JSON. */
export interface RawBody {
  data: Blob;
  type: string;
}

/** What the console asks the API to answer in, so problem titles and field messages match the language switch. */
const acceptLanguages: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  raw?: RawBody;
  ifMatch?: string | number;
}

/** Sends a request; a failure becomes an ApiError carrying the problem+json the server answered with. */
async function request(path: string, options: RequestOptions = {}): Promise<unknown> {
  const method = options.method ?? 'GET';
  const payload = options.raw ?? (options.body !== undefined ? { data: JSON.stringify(options.body), type: 'application/json' } : null);
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguages[currentLanguage()] };
  if (payload) headers['content-type'] = payload.type;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  const response = await fetch(apiUrl(path), {
    method,
    headers,
    credentials: 'same-origin',
    ...(payload ? { body: payload.data } : {}),
  });
  if (!response.ok) {
    const problem = (await response
      .json()
      .catch(() => ({ title: response.statusText, status: response.status, code: 'unknown', type: '' }))) as ProblemDetails;
    if (response.status === 401 && !path.startsWith('/auth/')) window.dispatchEvent(new Event(SESSION_EXPIRED));
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? null : ((await response.json()) as unknown);
}

/** A request whose answer is the JSON the picked domain schema describes. */
export async function fetchJson<S extends z.ZodType>(path: string, pick: SchemaPick<S>, options: RequestOptions = {}): Promise<z.output<S>> {
  return checked(pick, await request(path, options));
}

/** A request answered with 204 No Content (deletes, sign-out, a changed password). */
export async function send(path: string, options: RequestOptions): Promise<void> {
  await request(path, options);
}

const sheetTypes: Record<string, string> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** POSTs a spreadsheet as the raw body, typed by its extension: browsers disagree on a CSV's own type. */
export function uploadSheet<S extends z.ZodType>(path: string, file: File, pick: SchemaPick<S>): Promise<z.output<S>> {
  const type = sheetTypes[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  return fetchJson(path, pick, { method: 'POST', raw: { data: file, type } });
}

/** A query string from the set values, repeated values joined by commas. */
export type QueryParams = Record<string, string | number | string[] | undefined | null>;

export function queryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
