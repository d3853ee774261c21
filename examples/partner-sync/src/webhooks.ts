import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';

/** A delivery older or newer than this is refused, so a captured one cannot be replayed later. */
const toleranceSeconds = 5 * 60;

export class WebhookVerificationError extends Error {}

/** Request headers by lower-case name, as node:http gives them; webhook-id, webhook-timestamp and webhook-signature are read. */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Checks a delivery the Standard Webhooks way (https://www.standardwebhooks.com): the HMAC-SHA256,
 * keyed with the base64 secret after `whsec_`, of `<webhook-id>.<webhook-timestamp>.<raw body>`
 * must equal one of the `v1,<base64>` signatures (two while Kepu rotates the secret), and the
 * timestamp must be recent. Returns the parsed payload; verify the raw bytes, not a re-serialised body.
 */
export function verifyWebhook(secret: string, headers: WebhookHeaders, body: string, now = Date.now()): unknown {
  const id = single(headers['webhook-id']);
  const timestamp = single(headers['webhook-timestamp']);
  const signatures = single(headers['webhook-signature']);
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('missing webhook-id, webhook-timestamp or webhook-signature');
  const sentAt = Number(timestamp);
  if (!Number.isInteger(sentAt) || Math.abs(now / 1000 - sentAt) > toleranceSeconds)
    throw new WebhookVerificationError('webhook-timestamp is too far from now');
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  const matches = signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2);
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookVerificationError('no signature matches');
  return JSON.parse(body) as unknown;
}

export interface ReceiverOptions {
  secret: string;
  /** One JSON line per delivery: what arrived, whether it verified, and whether it was a retry of one already taken. */
  logFile: string;
  port?: number;
  host?: string;
}

/**
 * A receiver for Kepu's webhooks: verifies each delivery, logs it, and answers 204 so Kepu stops
 * retrying. A delivery seen before (a retry after a lost answer carries the same webhook-id) is
 * acknowledged again but taken once; a forged or stale one gets 400 and is logged as refused.
 */
export async function startReceiver({ secret, logFile, port = 0, host = '127.0.0.1' }: ReceiverOptions): Promise<{ server: Server; url: string }> {
  const taken = new Set<string>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const id = single(request.headers['webhook-id']) ?? '';
      let entry: Record<string, unknown>;
      let status: number;
      try {
        const payload = verifyWebhook(secret, request.headers, body);
        entry = { id, verified: true, duplicate: taken.has(id), payload };
        taken.add(id);
        status = 204;
      } catch (error) {
        entry = { id, verified: false, reason: error instanceof Error ? error.message : String(error) };
        status = 400;
      }
      // Logged before answering: once Kepu has its 204, the delivery is ours to keep.
      appendFile(logFile, `${JSON.stringify({ receivedAt: new Date().toISOString(), ...entry })}\n`).then(
        () => response.writeHead(status).end(),
        () => response.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the receiver has no port');
  return { server, url: `http://${host}:${address.port}/kepu-webhooks` };
}
