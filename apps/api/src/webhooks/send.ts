import { keptResponseLength } from '@kepu/domain';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressPolicy } from './addresses.js';

/** What one attempt got: the receiver's status and the start of its answer, or why there was none. */
export interface SendResult {
  statusCode: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
}

/** Enough of an answer to see what a receiver complained about, small enough to keep for every attempt. */
const keptBytes = keptResponseLength;

/**
 * POSTs one delivery. Redirects are not followed (a 3xx is a failure like any other non-2xx: a
 * redirect could lead anywhere the address rule forbids), the connection goes to an address the
 * policy's lookup checked, and the whole exchange ends after `timeoutMs`.
 */
export async function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: { policy: AddressPolicy; timeoutMs: number },
): Promise<SendResult> {
  const started = Date.now();
  const finish = (result: Omit<SendResult, 'durationMs'>): SendResult => ({ ...result, durationMs: Date.now() - started });
  const url = new URL(target);
  const refused = await options.policy.refusal(url);
  if (refused) return finish({ statusCode: null, responseBody: null, error: `refused: ${refused.en}` });
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        lookup: options.policy.lookup,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        const done = () =>
          resolve(
            finish({
              statusCode: response.statusCode ?? null,
              responseBody: Buffer.concat(chunks)
                .toString('utf8')
                .replace(/\uFFFD+$/, ''),
              error: null,
            }),
          );
        response.on('data', (chunk: Buffer) => {
          if (kept < keptBytes) chunks.push(chunk.subarray(0, keptBytes - kept));
          kept += chunk.length;
          // The rest is not wanted: stop reading rather than download a large answer.
          if (kept >= keptBytes) {
            response.destroy();
            done();
          }
        });
        response.on('end', done);
        response.on('error', done);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.name === 'AbortError' || error.name === 'TimeoutError' ? `timed out after ${options.timeoutMs} ms` : error.message;
      resolve(finish({ statusCode: null, responseBody: null, error: reason }));
    });
    request.end(body);
  });
}
