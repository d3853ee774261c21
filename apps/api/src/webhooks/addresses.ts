import type { LocalText } from '@kepu/domain';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

// A webhook makes Kepu send requests wherever a subscriber says, so a URL must not reach the
// machine itself, the private network around it or the cloud's metadata service. Hosts are
// resolved when the URL is saved (to answer clearly) and again on every connection (the lookup
// below), so a name that later resolves elsewhere (DNS rebinding) is refused at send time too.

const forbiddenRanges: [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'], // "this network"
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], // link-local, incl. cloud metadata at 169.254.169.254
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'], // IETF protocol assignments
  ['192.0.2.0', 24, 'ipv4'], // documentation
  ['192.88.99.0', 24, 'ipv4'], // 6to4 relays
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'], // multicast
  ['240.0.0.0', 4, 'ipv4'], // reserved, incl. broadcast
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  // IPv4-mapped addresses (::ffff:10.0.0.1) are checked against the IPv4 ranges by BlockList itself
  // (a ::ffff:0:0/96 rule would match every IPv4 address). Other forms that carry an IPv4 address
  // inside (NAT64, 6to4, Teredo) would let a private one in by another spelling; no partner needs them.
  ['64:ff9b::', 96, 'ipv6'],
  ['64:ff9b:1::', 48, 'ipv6'],
  ['2002::', 16, 'ipv6'],
  ['2001::', 32, 'ipv6'],
  ['100::', 64, 'ipv6'], // discard
  ['2001:db8::', 32, 'ipv6'], // documentation
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['fec0::', 10, 'ipv6'], // site-local (deprecated)
  ['ff00::', 8, 'ipv6'], // multicast
];

const forbidden = new BlockList();
for (const [network, prefix, family] of forbiddenRanges) forbidden.addSubnet(network, prefix, family);

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');
const bare = (hostname: string) =>
  hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();

export interface AddressPolicy {
  /** Why deliveries may not go to `url`, or null when they may. Resolves the host. */
  refusal(url: URL): Promise<LocalText | null>;
  /** `lookup` for http.request: resolves as dns.lookup does, and fails when the host resolves to a forbidden address. */
  lookup: LookupFunction;
}

type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const resolveAll: Resolve = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/**
 * The rule for webhook URLs. `allowList` (WEBHOOK_ALLOW_HOSTS) names hosts, addresses or CIDR ranges
 * that may be reached anyway, over http as well as https: a receiver on this machine in tests, a
 * partner on the intranet.
 */
export function addressPolicy(allowList: readonly string[], resolve: Resolve = resolveAll): AddressPolicy {
  const allowedHosts = new Set<string>();
  const allowedAddresses = new BlockList();
  for (const entry of allowList.map((item) => item.trim()).filter(Boolean)) {
    const [network = '', prefix] = entry.split('/');
    const host = bare(network);
    if (isIP(host) && prefix !== undefined) allowedAddresses.addSubnet(host, Number(prefix), familyOf(host));
    else if (isIP(host)) allowedAddresses.addAddress(host, familyOf(host));
    else allowedHosts.add(host);
  }
  const isAllowed = (address: string) => allowedAddresses.check(address, familyOf(address));
  const isForbidden = (address: string) => !isAllowed(address) && forbidden.check(address, familyOf(address));

  async function refusal(url: URL): Promise<LocalText | null> {
    if (url.username || url.password) return { zh: '网址中不能含用户名或密码', en: 'must not contain a user name or password' };
    const host = bare(url.hostname);
    if (allowedHosts.has(host)) return null;
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await resolve(host)).map((entry) => entry.address);
      } catch {
        return { zh: `无法解析主机名 ${host}`, en: `the host ${host} does not resolve` };
      }
    }
    const refused = addresses.find(isForbidden);
    if (refused) {
      return {
        zh: `该网址指向本机、内网或保留地址（${refused}），不能接收 Webhook`,
        en: `resolves to a loopback, private or reserved address (${refused})`,
      };
    }
    if (url.protocol === 'http:' && !addresses.every(isAllowed)) {
      return {
        zh: '请使用 https 网址；http 只能用于 WEBHOOK_ALLOW_HOSTS 中配置的主机',
        en: 'use https; http is only for hosts in WEBHOOK_ALLOW_HOSTS',
      };
    }
    return null;
  }

  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refused = allowedHosts.has(bare(hostname)) ? undefined : addresses.find((entry) => isForbidden(entry.address));
        const family = options.family === 4 || options.family === 6 ? options.family : undefined;
        const usable = addresses.filter((entry) => family === undefined || entry.family === family);
        const [first] = usable;
        if (refused)
          callback(Object.assign(new Error(`${hostname} resolves to a forbidden address ${refused.address}`), { code: 'EADDRFORBIDDEN' }), '', 0);
        else if (!first) callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        else if (options.all) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };

  return { refusal, lookup };
}
