import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../../examples/partner-sync/src/webhooks.js';
import { generateWebhookSecret, signWebhook } from './signature.js';

// The published Standard Webhooks test vector: reproducing it is what says a receiver's library
// (svix, standardwebhooks) accepts Kepu's signatures; a round trip through our own verifier would
// pass with the delimiter, the base64 alphabet or the key decoding all wrong.
const vector = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const at = new Date(vector.timestamp * 1000);
const headersOf = (signature: string, timestamp = vector.timestamp) => ({
  'webhook-id': vector.id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': signature,
});

describe('webhook signatures', () => {
  it('when the published test vector is signed, it gives the published signature', () => {
    expect(signWebhook([vector.secret], vector.id, vector.timestamp, vector.body)).toBe(vector.signature);
  });

  it('when the test vector is verified, it passes and returns the body; a changed body, id or secret fails', () => {
    expect(verifyWebhook(vector.secret, headersOf(vector.signature), vector.body, at.getTime())).toEqual({ test: 2432232314 });
    expect(() => verifyWebhook(vector.secret, headersOf(vector.signature), '{"test": 2432232315}', at.getTime())).toThrow(/no signature/);
    expect(() => verifyWebhook(vector.secret, { ...headersOf(vector.signature), 'webhook-id': 'msg_other' }, vector.body, at.getTime())).toThrow(
      /no signature/,
    );
    expect(() => verifyWebhook(generateWebhookSecret(), headersOf(vector.signature), vector.body, at.getTime())).toThrow(/no signature/);
  });

  it('when a header carries two signatures (a rotation), a receiver holding either secret verifies', () => {
    const next = generateWebhookSecret();
    const header = signWebhook([next, vector.secret], vector.id, vector.timestamp, vector.body);
    expect(header.split(' ')).toHaveLength(2);
    expect(header.split(' ')[1]).toBe(vector.signature);
    for (const secret of [next, vector.secret]) expect(verifyWebhook(secret, headersOf(header), vector.body, at.getTime())).toBeTruthy();
  });

  it('when the timestamp is more than five minutes from now, or a header is missing, verification fails', () => {
    expect(() => verifyWebhook(vector.secret, headersOf(vector.signature), vector.body, at.getTime() + 301_000)).toThrow(/too far/);
    expect(() => verifyWebhook(vector.secret, { 'webhook-id': vector.id }, vector.body, at.getTime())).toThrow(/missing/);
  });

  it('when a secret is generated, it is whsec_ and 32 random bytes in base64', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});
