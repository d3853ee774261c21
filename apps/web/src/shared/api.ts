import type { ProblemDetails } from '@kepu/domain';

/** A failed API call, carrying the RFC 9457 problem the server answered with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.title);
  }

  /** Field errors keyed by the form field they concern (`body.endsAt` → `endsAt`). */
  fieldErrors(): Record<string, string[]> {
    const byField: Record<string, string[]> = {};
    for (const error of this.problem.errors ?? []) {
      const field = error.field.replace(/^(body|query)\./, '').split('.')[0] ?? error.field;
      (byField[field] ??= []).push(error.message);
    }
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

export async function request<T>(path: string, options: { method?: string; body?: unknown; ifMatch?: string | number } = {}): Promise<Reply<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
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
