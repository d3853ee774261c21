import { createHash } from 'node:crypto';
import { creditCodeCheckChar, regionAncestorCode, regionLevelOf } from '@kepu/domain';
import type { schema } from '@kepu/db';

export type OrganisationRow = typeof schema.organisations.$inferInsert;
export type VenueRow = typeof schema.venues.$inferInsert;
export type EventRow = typeof schema.events.$inferInsert;
export type DesignationRow = typeof schema.designations.$inferInsert;
export type IndicatorRow = typeof schema.indicators.$inferInsert;
export type SummaryRow = typeof schema.summaries.$inferInsert;

export interface RegionRef {
  code: string;
  name: string;
  fullName: string;
  parentCode?: string | null;
}

// A fixed namespace makes every demo id a proper RFC 4122 version-5 UUID of its stable key, so a
// second load (or another replica) computes the same ids and its inserts become no-ops.
const namespace = Buffer.from('6b65707544656d6f8a1c4f2e9d3b7a51', 'hex');

export function demoId(key: string): string {
  const hash = createHash('sha1').update(namespace).update(key).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32, seeded from a name: each topic gets its own stream, so editing one does not reshuffle the rest. */
export function seededRng(seed: string): Rng {
  let state = createHash('sha1').update(seed).digest().readUInt32LE(0);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/** The 行政区划 tree as the loader needs it: lookups by code, children, and every 村/社区 under a code. */
export class RegionIndex {
  private readonly byCode = new Map<string, RegionRef>();
  private readonly childrenOf = new Map<string, RegionRef[]>();

  constructor(rows: readonly RegionRef[]) {
    for (const row of [...rows].sort((a, b) => a.code.localeCompare(b.code))) {
      this.byCode.set(row.code, row);
      if (!row.parentCode) continue;
      const siblings = this.childrenOf.get(row.parentCode) ?? [];
      siblings.push(row);
      this.childrenOf.set(row.parentCode, siblings);
    }
  }

  get(code: string): RegionRef {
    const region = this.byCode.get(code);
    if (!region) throw new Error(`region ${code} is not in the region file`);
    return region;
  }

  children(code: string): RegionRef[] {
    return this.childrenOf.get(code) ?? [];
  }

  villages(code: string): RegionRef[] {
    return regionLevelOf(code) === 'township' ? this.children(code) : this.children(code).flatMap((township) => this.children(township.code));
  }

  /** 社区 only (居民委员会), for honours the article gives to communities rather than villages. */
  communities(code: string): RegionRef[] {
    return this.villages(code).filter((region) => region.name.endsWith('社区居民委员会'));
  }

  /** The first region below `code` whose name contains `fragment`; lets the content name real places without hard-coding codes. */
  find(code: string, fragment: string): RegionRef {
    const found = [...this.children(code), ...this.villages(code)].find((region) => region.name.includes(fragment));
    if (!found) throw new Error(`no region named like ${fragment} under ${code}`);
    return found;
  }
}

/** 龙泉路社区居民委员会 → 龙泉路社区; the committee is the legal name, people say the place. */
export const placeName = (region: RegionRef) => region.name.replace(/(居民委员会|村民委员会)$/, '');
/** 小龙坎街道 → 小龙坎, as in 沙坪坝区科普e站·小龙坎. */
export const townName = (region: RegionRef) => region.name.replace(/(街道|镇|乡)$/, '');
export const addressOf = (region: RegionRef) => region.fullName.replace(/(居民委员会|村民委员会)$/, '');

const codeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 统一社会信用代码: issuing-body prefix, the 6-digit 区县 code, a 9-character body code, the check character. */
export function makeCreditCode(prefix: '13' | '51' | '52', districtCode: string, rng: Rng, taken: Set<string>): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 9; i += 1) body += rng.pick([...codeAlphabet]);
    const first17 = `${prefix}${regionAncestorCode(districtCode, 'district')}${body}`;
    const code = first17 + creditCodeCheckChar(first17);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** An instant from a Shanghai wall-clock time: `2024-09-15T09:00` → that moment at +08:00. */
export const shanghai = (wallClock: string) => new Date(`${wallClock}:00+08:00`);

export const pad = (value: number) => String(value).padStart(2, '0');
