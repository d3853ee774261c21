import { describe, expect, it } from 'vitest';
import { loadConfig } from './env.js';

describe('configuration', () => {
  it('when nothing about webhooks is set, only public https may receive them and failures are retried over about seven hours', () => {
    const config = loadConfig({});
    expect(config.WEBHOOK_ALLOW_HOSTS).toEqual([]);
    expect(config.WEBHOOK_RETRY_DELAYS_SECONDS).toEqual([10, 60, 600, 3600, 21600]);
    expect(config).toMatchObject({ KEPU_WEBHOOKS: true, WEBHOOK_TIMEOUT_MS: 10_000, WEBHOOK_DISABLE_AFTER_FAILURES: 20 });
  });

  it('when WEBHOOK_ALLOW_HOSTS lists hosts, addresses and ranges, and the retry delays are given, they are read', () => {
    const config = loadConfig({ WEBHOOK_ALLOW_HOSTS: ' localhost, 127.0.0.1,10.8.0.0/16 ,::1', WEBHOOK_RETRY_DELAYS_SECONDS: '0,5' });
    expect(config.WEBHOOK_ALLOW_HOSTS).toEqual(['localhost', '127.0.0.1', '10.8.0.0/16', '::1']);
    expect(config.WEBHOOK_RETRY_DELAYS_SECONDS).toEqual([0, 5]);
  });

  it('when a webhook setting is malformed, the server refuses to start and names it', () => {
    expect(() => loadConfig({ WEBHOOK_ALLOW_HOSTS: 'http://evil/' })).toThrow(/WEBHOOK_ALLOW_HOSTS/);
    expect(() => loadConfig({ WEBHOOK_RETRY_DELAYS_SECONDS: '10,soon' })).toThrow(/WEBHOOK_RETRY_DELAYS_SECONDS/);
    expect(() => loadConfig({ WEBHOOK_TIMEOUT_MS: '5' })).toThrow(/WEBHOOK_TIMEOUT_MS/);
  });
});
