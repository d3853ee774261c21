import type { HonourLevel, IndicatorKind } from '@kepu/domain';
import { DemoBuilder } from './dataset-builder.js';
import { articleSource, demoSource, districts } from './dataset-districts.js';
import { addEvents } from './dataset-events.js';
import { RegionIndex, seededRng, type RegionRef } from './dataset-kit.js';
import {
  addAssociations,
  addBananOrganisations,
  addBeibeiOrganisations,
  addShapingbaOrganisations,
  addWanzhouOrganisations,
} from './dataset-organisations.js';
import { addVenues, dateIn, spreadPick } from './dataset-venues.js';

export type { DesignationRow, EventRow, IndicatorRow, OrganisationRow, VenueRow } from './dataset-kit.js';

export interface DemoDataset {
  organisations: DemoBuilder['organisations'];
  venues: DemoBuilder['venues'];
  events: DemoBuilder['events'];
  designations: DemoBuilder['designations'];
  indicators: DemoBuilder['indicators'];
  summaries: DemoBuilder['summaries'];
}

/** Honours held by regions: the nine 示范区 themselves and the 科普示范社区 inside them. */
function addRegionDesignations(b: DemoBuilder) {
  for (const district of districts) {
    b.designation(`demo_district/${district.code}`, {
      name: '2021—2025年度全国科普示范区',
      kind: 'demo_district',
      level: 'national',
      grantedBy: '中国科协',
      subject: { region: district.code },
      validFrom: '2021-01-01',
      validTo: '2025-12-31',
    });
  }
  const communities = (code: string, counts: Partial<Record<HonourLevel, number>>, grantors: Record<HonourLevel, [string, string]>) => {
    const rng = seededRng(`designations/${code}/demo_community`);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const places: RegionRef[] = spreadPick(b.regions.communities(code), total);
    let next = 0;
    for (const level of ['national', 'municipal', 'district'] as const) {
      const [name, grantedBy] = grantors[level];
      for (let n = 0; n < (counts[level] ?? 0); n += 1, next += 1) {
        const place = places[next];
        if (!place) throw new Error(`${code} has too few 社区`);
        b.designation(`demo_community/${place.code}`, {
          name,
          kind: 'demo_community',
          level,
          grantedBy,
          subject: { region: place.code },
          validFrom: dateIn(rng, 2021, 2022),
        });
      }
    }
  };
  const grantors = (district: string): Record<HonourLevel, [string, string]> => ({
    national: ['全国科普示范社区', '中国科协'],
    municipal: ['重庆市科普示范社区', '重庆市科协'],
    district: [`${district}科普示范社区`, `${district}科协`],
  });
  communities('500109', { national: 10 }, grantors('北碚区'));
  communities('500112', { national: 8, municipal: 16, district: 11 }, grantors('渝北区'));

  // 渝中区: 21 社区 in the 基层科普行动计划, the numerator of its 26.6% 社区覆盖率.
  const yzRng = seededRng('designations/500103/plan');
  for (const place of spreadPick(b.regions.communities('500103'), 21)) {
    b.designation(`plan/${place.code}`, {
      name: '基层科普行动计划科普示范社区项目',
      kind: 'other',
      level: 'municipal',
      grantedBy: '重庆市科协',
      subject: { region: place.code },
      validFrom: dateIn(yzRng, 2021, 2022),
    });
  }
}

function addIndicators(b: DemoBuilder) {
  const article = (regionCode: string, kind: IndicatorKind, value: number, level: HonourLevel, note?: string) =>
    b.indicator({ regionCode, year: 2022, kind, value, source: articleSource, level, ...(note ? { note } : {}) });
  article('500106', 'science_literacy_rate', 18.1, 'municipal', '居全市首位');
  article('500103', 'science_literacy_rate', 16.1, 'municipal', '最新调查结果，超过创新型城市10%的基本标准');
  article('500103', 'per_capita_funding', 9, 'district', '人均财政科普经费近9元');
  article('500103', 'community_coverage', 26.6, 'district', '21个社区申报基层科普行动计划项目，居全市第一');
  article('500112', 'funding_total', 7_500_000, 'district', '创建期间累计投入750余万元，记在2022年');
  article('500112', 'social_investment', 13_000_000, 'district', '创建期间撬动社会资本1300余万元，记在2022年');
  for (const district of districts) {
    b.indicator({
      regionCode: district.code,
      year: 2022,
      kind: 'resident_population',
      value: district.population,
      source: demoSource,
      level: 'district',
      note: '取整的示意值，不是统计公报数字',
    });
  }
}

/**
 * Activities the article reports only as totals, and the demo has no single events for: stored as
 * summaries with what the article gives and nothing else (a figure it leaves out stays unknown).
 * The period is the 2021—2025 创建 cycle the article reports on.
 */
function addSummaries(b: DemoBuilder) {
  const cycle = { periodFrom: '2021-01-01', periodTo: '2025-12-31' };
  b.summary('500106/红岩科技志愿服务行', {
    title: '“红岩科技志愿服务行”',
    category: 'outreach_community',
    regionCode: '500106',
    organiserIds: [b.association('500106')],
    ...cycle,
    eventCount: 300,
    eventCountQualifier: 'more_than',
    source: '沙坪坝区“四级一体、五方联动”推动构建全域科普新格局',
  });
  b.summary('500105/科技志愿服务', {
    title: '“百姓互助”“你点我送”等科技志愿服务活动',
    category: 'outreach_community',
    regionCode: '500105',
    organiserIds: [b.association('500105')],
    ...cycle,
    attendance: 100_000,
    source: '江北区 构建全域科普大格局 推动创新发展新动能',
  });
}

/** Builds every demo row from the region tree alone: the same input always yields the same rows and ids. */
export function buildDemoDataset(regions: readonly RegionRef[]): DemoDataset {
  const b = new DemoBuilder(new RegionIndex(regions));
  addAssociations(b);
  addShapingbaOrganisations(b);
  addWanzhouOrganisations(b);
  addBeibeiOrganisations(b);
  addBananOrganisations(b);
  addVenues(b);
  addEvents(b);
  addRegionDesignations(b);
  addIndicators(b);
  addSummaries(b);
  const { organisations, venues, events, designations, indicators, summaries } = b;
  return { organisations, venues, events, designations, indicators, summaries };
}
