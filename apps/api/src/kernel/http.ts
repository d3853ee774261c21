import type { FastifyReply } from 'fastify';
import { AppError, preconditionRequired, problem } from './errors.js';

export const etagOf = (version: number) => `"${version}"`;

export const withEtag = (reply: FastifyReply, version: number) => reply.header('etag', etagOf(version));

/** The version a client claims to have read, from `If-Match: "3"` (weak tags and bare numbers accepted). */
export function expectedVersion(ifMatch: string | undefined): number {
  if (ifMatch === undefined || ifMatch.trim() === '') throw preconditionRequired();
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
  if (!match?.[1]) {
    throw new AppError(problem('ifMatchMalformed'), {
      errors: [{ field: 'headers.if-match', message: { zh: '须为 ETag，例如 "3"', en: 'must be an ETag such as "3"' } }],
    });
  }
  return Number(match[1]);
}

/** `%`, `_` and `\` match literally in a search, so a user's text is never a pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Whether a request URL is the API's (`/api`, `/api/…`, `/api?…`) rather than a console page such as `/api-keys`. */
export const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
