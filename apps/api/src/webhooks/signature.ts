import { createHmac, randomBytes } from 'node:crypto';

// Standard Webhooks (https://www.standardwebhooks.com): the secret is `whsec_` + base64 of the key;
// each signature is `v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}`; the header lists one
// per secret in use, space-separated, so a receiver holding either secret of a rotation verifies.
// Receivers verify with the example partner's check (examples/partner-sync/src/webhooks.ts), which
// the tests use against these signatures and the standard's published vector.

const secretPrefix = 'whsec_';

/** A new signing secret: 32 random bytes, as Standard Webhooks libraries read it. */
export const generateWebhookSecret = () => `${secretPrefix}${randomBytes(32).toString('base64')}`;

const keyOf = (secret: string) => Buffer.from(secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret, 'base64');

const signatureOf = (secret: string, id: string, timestamp: number, body: string) =>
  createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');

/** The `webhook-signature` header: one `v1,<signature>` per secret. */
export const signWebhook = (secrets: readonly string[], id: string, timestamp: number, body: string) =>
  secrets.map((secret) => `v1,${signatureOf(secret, id, timestamp, body)}`).join(' ');
