import { createKepuClient, type operations, type paths, type Problem } from '@kepu/client';
import type { Language } from '@kepu/domain';
import { currentLanguage } from '../i18n.js';

/** A failed API call, carrying the RFC 9457 problem the server answered with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
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

/** What the console asks the API to answer in, so problem titles and field messages match the language switch. */
const acceptLanguages: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

/**
 * The console's one client of the API: the SDK partners use (`@kepu/client`), so paths, parameters,
 * bodies and answers are typed from the OpenAPI document and a call the server would refuse for its
 * shape does not compile. Same origin with the session cookie; every request in the language of the
 * switch (read per request: the switch changes without a reload), every write with the CSRF token.
 */
export const api = createKepuClient({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use({
  onRequest({ request }) {
    request.headers.set('accept-language', acceptLanguages[currentLanguage()]);
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ response, schemaPath }) {
    // A wrong password or nobody signed in yet is not a session that ended.
    if (response.status === 401 && !schemaPath.startsWith('/api/v1/auth/')) window.dispatchEvent(new Event(SESSION_EXPIRED));
  },
});

/**
 * The answer of a call, or its refusal thrown as an ApiError with the problem+json, so queries and
 * mutations fail the TanStack way and forms take the field errors. `response.ok` decides, not
 * `error`: a refusal without a body (a proxy's 502) has none.
 */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = typeof error === 'object' && error !== null && 'title' in error ? (error as Problem) : null;
    throw new ApiError(response.status, problem ?? { type: 'about:blank', title: response.statusText, status: response.status, code: 'unknown' });
  }
  // Typed by the document: the 2xx answer's JSON, or undefined for a 204.
  return data as T;
}

/** The query parameters an operation takes, e.g. `Query<'listEvents'>`. */
export type Query<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

/** The If-Match header of a write: the version the user saw, as the ETag the API gave it (412 when someone saved since). */
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** A file sent as the raw body with its own content type (an upload), instead of as JSON. */
export const rawBody = (file: Blob, type: string) => ({ body: file, bodySerializer: (body: unknown) => body, headers: { 'content-type': type } });

/** The paths the API answers a GET on, each with its parameters. */
type Gettable = { [P in keyof paths as paths[P] extends { get: object } ? P : never]: paths[P] extends { get: { parameters: infer Q } } ? Q : never };

/**
 * Where the API answers a download: a plain link, so the browser streams the file to disk itself.
 * Path and parameters are typed from the document like any call's; a list's values go
 * comma-separated, which the API reads like repeated ones.
 */
export function apiUrl<P extends keyof Gettable>(path: P, parameters: Gettable[P]): string {
  const { path: values = {}, query = {} } = parameters as {
    path?: Record<string, string>;
    query?: Record<string, string | number | string[] | undefined>;
  };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') search.set(name, typeof value === 'object' ? value.join(',') : String(value));
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}
