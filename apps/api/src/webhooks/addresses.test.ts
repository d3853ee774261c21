import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { addressPolicy } from './addresses.js';

// Names resolve through a table here, so a test never depends on the network; `localhost` alone
// goes through the system resolver (the hosts file), as it does in production.
const names: Record<string, LookupAddress[]> = {
  'partner.example': [{ address: '93.184.215.14', family: 4 }],
  'metadata.example': [{ address: '169.254.169.254', family: 4 }],
  'mixed.example': [
    { address: '93.184.215.14', family: 4 },
    { address: '10.1.2.3', family: 4 },
  ],
  'intranet.example': [{ address: '10.20.30.40', family: 4 }],
};
const resolve = (hostname: string) => {
  const found = names[hostname];
  return found ? Promise.resolve(found) : Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
};
const strict = addressPolicy([], resolve);
const refusalOf = async (url: string, policy = strict) => (await policy.refusal(new URL(url)))?.en ?? null;

describe('which URLs may receive webhooks', () => {
  it.each([
    'https://127.0.0.1/hook',
    'https://127.8.9.10/',
    'https://10.0.0.1/',
    'https://172.16.5.4/',
    'https://172.31.255.255/',
    'https://192.168.1.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://224.0.0.1/',
    'https://255.255.255.255/',
    'https://[::1]/',
    'https://[::]/',
    'https://[fc00::1]/',
    'https://[fd12:3456::1]/',
    'https://[fe80::1]/',
    'https://[ff02::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://[64:ff9b::a00:1]/',
    'https://2130706433/',
    'https://0x7f.1/',
    'https://017700000001/',
    'https://metadata.example/',
    'https://mixed.example/',
  ])('when the URL is %s, it is refused as a loopback, private or reserved address', async (url) => {
    expect(await refusalOf(url)).toMatch(/loopback, private or reserved/);
  });

  it('when a name resolves to loopback through the system resolver (localhost), it is refused', async () => {
    expect(await refusalOf('https://localhost:8443/', addressPolicy([]))).toMatch(/loopback/);
  });

  it('when the URL is public https, it is accepted; public http and a name that does not resolve are refused', async () => {
    expect(await refusalOf('https://partner.example/kepu')).toBeNull();
    expect(await refusalOf('https://93.184.215.14:8443/')).toBeNull();
    expect(await refusalOf('https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/')).toBeNull();
    expect(await refusalOf('http://partner.example/kepu')).toMatch(/use https/);
    expect(await refusalOf('https://nowhere.example/')).toMatch(/does not resolve/);
    expect(await refusalOf('https://user:secret@partner.example/')).toMatch(/user name or password/);
  });

  it('when the allow-list names a host, an address or a range, those are accepted, over http too, and nothing else is', async () => {
    const policy = addressPolicy(['localhost', '127.0.0.1', '10.20.0.0/16'], resolve);
    expect(await refusalOf('http://localhost:3000/', policy)).toBeNull();
    expect(await refusalOf('http://LOCALHOST.:3000/', policy)).toBeNull();
    expect(await refusalOf('http://127.0.0.1:3000/', policy)).toBeNull();
    expect(await refusalOf('http://intranet.example/', policy)).toBeNull();
    expect(await refusalOf('http://127.0.0.2/', policy)).toMatch(/loopback/);
    expect(await refusalOf('https://169.254.169.254/', policy)).toMatch(/loopback/);
    expect(await refusalOf('http://partner.example/', policy)).toMatch(/use https/);
  });

  it('when a connection looks a name up that now resolves to a forbidden address (DNS rebinding), the lookup fails', async () => {
    const lookup = (hostname: string, all: boolean) =>
      new Promise<unknown>((done, fail) => strict.lookup(hostname, { all }, (error, address) => (error ? fail(error) : done(address))));
    await expect(lookup('metadata.example', false)).rejects.toThrow(/forbidden address 169.254.169.254/);
    await expect(lookup('mixed.example', true)).rejects.toThrow(/forbidden address 10.1.2.3/);
    await expect(lookup('partner.example', false)).resolves.toBe('93.184.215.14');
    await expect(lookup('partner.example', true)).resolves.toEqual([{ address: '93.184.215.14', family: 4 }]);
  });
});
