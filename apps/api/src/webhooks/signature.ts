import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Standard Webhooks (https://www.standardwebhooks.com): the secret is `whsec_` + base64 of the key;
// each signature is `v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}`; the header lists one
// per secret in use, space-separated, so a receiver holding either secret of a rotation verifies.

const secretPrefix = 'whsec_';

/** A new signing secret: 32 random bytes, as Standard Webhooks libraries read it. */
export const generateWebhookSecret = () => `${secretPrefix}${randomBytes(32).toString('base64')}`;

const keyOf = (secret: string) => Buffer.from(secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret, 'base64');

const signatureOf = (secret: string, id: string, timestamp: number, body: string) =>
  createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');

/** The `webhook-signature` header: one `v1,<signature>` per secret. */
export const signWebhook = (secrets: readonly string[], id: string, timestamp: number, body: string) =>
  secrets.map((secret) => `v1,${signatureOf(secret, id, timestamp, body)}`).join(' ');

export interface VerifyOptions {
  /** How far `webhook-timestamp` may be from now, against replays; 5 minutes as the standard's libraries. */
  toleranceSeconds?: number;
  now?: Date;
}

/**
 * Checks a delivery as a receiver should: the timestamp is recent and one of the signatures is the
 * secret's. Returns the parsed body; throws saying what is wrong. `headers` as Node gives them (lower case).
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  options: VerifyOptions = {},
): unknown {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signatures = header('webhook-signature');
  if (!id || !timestamp || !signatures) throw new Error('missing webhook-id, webhook-timestamp or webhook-signature');
  const seconds = Number(timestamp);
  if (!/^\d+$/.test(timestamp)) throw new Error('webhook-timestamp is not a number of seconds');
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - seconds) > (options.toleranceSeconds ?? 300)) throw new Error('webhook-timestamp is too far from now');
  const expected = Buffer.from(signatureOf(secret, id, seconds, body));
  const matches = signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2);
    const given = Buffer.from(signature ?? '');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new Error('no signature matches the secret');
  return JSON.parse(body) as unknown;
}
