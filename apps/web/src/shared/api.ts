import type { Language, ProblemDetails } from '@kepu/domain';
import { currentLanguage } from './i18n.js';

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

export interface Reply<T> {
  body: T;
  etag: string | null;
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

export async function request<T>(path: string, options: { method?: string; body?: unknown; raw?: RawBody; ifMatch?: string | number } = {}): Promise<Reply<T>> {
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
    const problem = (await response.json().catch(() => ({ title: response.statusText, status: response.status, code: 'unknown', type: '' }))) as ProblemDetails;
    if (response.status === 401 && !path.startsWith('/auth/')) window.dispatchEvent(new Event(SESSION_EXPIRED));
    throw new ApiError(response.status, problem);
  }
  const body = response.status === 204 ? (null as T) : ((await response.json()) as T);
  return { body, etag: response.headers.get('etag') };
}

export const get = async <T>(path: string) => (await request<T>(path)).body;

const sheetTypes: Record<string, string> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** POSTs a spreadsheet as the raw body, typed by its extension: browsers disagree on a CSV's own type. */
export async function uploadSheet<T>(path: string, file: File): Promise<T> {
  const type = sheetTypes[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  return (await request<T>(path, { method: 'POST', raw: { data: file, type } })).body;
}

/** A query string from the set values, repeated values joined by commas. */
export function queryString(params: Record<string, string | number | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
