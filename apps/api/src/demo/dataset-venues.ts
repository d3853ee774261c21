import { regionAncestorCode, type HonourLevel } from '@kepu/domain';
import type { DemoBuilder } from './dataset-builder.js';
import { districtOf, schoolNames, themes } from './dataset-districts.js';
import { placeName, seededRng, townName, type RegionRef, type Rng } from './dataset-kit.js';

/** `count` items spread evenly over `items`, so demo venues cover the whole district, not its first 镇街. */
export function spreadPick<T>(items: readonly T[], count: number): T[] {
  if (count > items.length) throw new Error(`asked for ${count} of ${items.length} places`);
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)] as T);
}

function hostThemeNames(hosts: readonly string[], count: number, suffix: string): string[] {
  const names = new Set<string>();
  for (let i = 0; names.size < count; i += 1) {
    if (i > 10_000) throw new Error('not enough distinct host and theme pairs');
    names.add(`${hosts[i % hosts.length]}${themes[(i * 7) % themes.length]}${suffix}`);
  }
  return [...names];
}

/** Levels in the article's counts; `unknown` bases are ones the article counts without saying which level each has. */
type LevelCounts = Partial<Record<HonourLevel | 'unknown', number>>;
const levels = (counts: LevelCounts): (HonourLevel | null)[] =>
  (['national', 'municipal', 'district', 'unknown'] as const).flatMap((level) =>
    Array<HonourLevel | null>(counts[level] ?? 0).fill(level === 'unknown' ? null : level),
  );

/**
 * 科普教育基地 and their 认定. The article gives no dates, so validFrom is unknown (counted as valid
 * since ever) and there is no validTo: the venue list's level filter asks what is valid today.
 */
function educationBase(
  b: DemoBuilder,
  rng: Rng,
  key: string,
  name: string,
  regionCode: string,
  level: HonourLevel | null,
  type: 'education_base' | 'science_museum' = 'education_base',
) {
  const district = districtOf(regionCode).name;
  const honour = {
    national: { name: '全国科普教育基地', grantedBy: '中国科协' },
    municipal: { name: '重庆市科普教育基地', grantedBy: '重庆市科协' },
    district: { name: `${district}科普教育基地`, grantedBy: `${district}科协` },
    unknown: { name: '科普教育基地（级别未注明）', grantedBy: '文章未注明' },
  }[level ?? 'unknown'];
  const venue = b.venue(key, { name, type, regionCode, organisationId: b.association(regionAncestorCode(regionCode, 'district')) }, rng);
  b.designation(`base/${key}`, { ...honour, kind: 'education_base', level, subject: { venue }, validFrom: null });
  return venue;
}

function educationBases(b: DemoBuilder, code: string, names: readonly string[], counts: LevelCounts) {
  const rng = seededRng(`venues/${code}/education_base`);
  const assigned = levels(counts);
  if (assigned.length !== names.length) throw new Error(`${code}: ${names.length} bases for ${assigned.length} designations`);
  names.forEach((name, index) => educationBase(b, rng, `${code}/base/${index}`, name, code, assigned[index] ?? null));
}

/** One venue per place, named after it and run by the nearest 科协. */
function perPlace(b: DemoBuilder, rng: Rng, places: readonly RegionRef[], type: string, name: (place: RegionRef) => string) {
  return places.map((place) =>
    b.venue(
      `${type}/${place.code}/${name(place)}`,
      { name: name(place), type, regionCode: place.code, organisationId: b.parentFor(place.code) },
      rng,
    ),
  );
}

/** A 科普e站 is both a body (the organisation that runs it) and a place; both carry the same name. */
function eStations(b: DemoBuilder, rng: Rng, places: readonly RegionRef[], name: (place: RegionRef) => string) {
  for (const place of places) {
    const organisationId = b.organisation(`e_station/${place.code}`, {
      name: name(place),
      type: 'e_station',
      regionCode: place.code,
      parentId: b.parentFor(place.code),
      memberCount: rng.int(2, 6),
    });
    b.venue(`e_station/${place.code}`, { name: name(place), type: 'e_station', regionCode: place.code, organisationId }, rng);
  }
}

export function addVenues(b: DemoBuilder) {
  const r = b.regions;
  const rng = (code: string) => seededRng(`venues/${code}`);

  // 江北区: 重庆科技馆 as the 龙头 and 爱尔眼科's base (levels: the article names neither's), 132 “科普文化重庆云”终端
  // (one per 村/社区, the article's 社区全覆盖) and 150 科普宣传屏 (one per 镇街 and 村/社区, a second in six 镇街).
  // The two 观音桥 商圈 LED screens are commercial screens that show 科普 30 minutes a day: an indicator, not venues.
  const jb = rng('500105');
  educationBase(b, jb, '500105/重庆科技馆', '重庆科技馆', '500105', null, 'science_museum');
  educationBase(b, jb, '500105/爱尔眼科', '重庆爱尔眼科医院眼健康科普基地', '500105', null);
  const jbTowns = r.children('500105');
  const jbVillages = r.villages('500105');
  perPlace(b, jb, jbVillages, 'culture_cloud_terminal', (place) => `“科普文化重庆云”终端·${placeName(place)}`);
  perPlace(b, jb, [...jbTowns, ...jbVillages], 'led_screen', (place) => `科普宣传屏·${placeName(place)}`);
  const secondScreens = 150 - jbTowns.length - jbVillages.length;
  if (secondScreens < 0 || secondScreens > jbTowns.length) throw new Error('江北区 has the wrong number of places for 150 科普宣传屏');
  perPlace(b, jb, jbTowns.slice(0, secondScreens), 'led_screen', (town) => `科普宣传屏·${placeName(town)}(二)`);

  // 万州区: 35 科普教育基地, 6 校园科技馆, 3 社区(村)科普馆, 100余处 科普画廊, and 三峡科技馆 still being built.
  const wz = rng('500101');
  b.venue('500101/三峡科技馆', { name: '三峡科技馆', type: 'science_museum', regionCode: '500101', status: 'under_construction' }, wz);
  educationBases(
    b,
    '500101',
    hostThemeNames(
      ['重庆三峡学院', '三峡移民纪念馆', '重庆三峡医药高等专科学校', '万州区气象局', '万州区疾控中心', '万州区农业科学研究所', '青龙瀑布景区'],
      35,
      '科普基地',
    ),
    // “全市和市级、区级科普教育基地35个”: the article does not split the 35 by level.
    { unknown: 35 },
  );
  for (const school of schoolNames.万州区)
    b.venue(`500101/campus/${school}`, { name: `${school}校园科技馆`, type: 'campus_museum', regionCode: '500101' }, wz);
  const liushui = r.find('500101', '流水社区');
  perPlace(
    b,
    wz,
    [
      liushui,
      ...spreadPick(
        r.communities('500101').filter((place) => place !== liushui),
        2,
      ),
    ],
    'community_hall',
    (place) => `${placeName(place)}科普馆`,
  );
  // “科普画廊100余处”: 100 records, the 余 is beyond what the article lets us place.
  perPlace(b, wz, spreadPick(r.villages('500101'), 100), 'gallery', (place) => `${placeName(place)}科普画廊`);
  perPlace(b, wz, spreadPick(r.communities('500101'), 18), 'community_classroom', (place) => `${placeName(place)}社区科普大课堂`);

  // 沙坪坝区: 17 主题科普馆, 3 社区科普公园, 68 co-built 市、区 科普基地.
  const spb = rng('500106');
  r.children('500106')
    .slice(0, 17)
    .forEach((town, index) => {
      b.venue(
        `500106/hall/${town.code}`,
        {
          name: `沙坪坝区${townName(town)}${themes[index] ?? ''}科普馆`,
          type: 'community_hall',
          regionCode: town.code,
          organisationId: b.parentFor(town.code),
        },
        spb,
      );
    });
  perPlace(
    b,
    spb,
    ['歌乐山', '虎溪', '井口'].map((name) => r.find('500106', name)),
    'community_park',
    (town) => `沙坪坝区${townName(town)}社区科普公园`,
  );
  educationBases(
    b,
    '500106',
    hostThemeNames(
      [
        '重庆大学',
        '重庆师范大学',
        '重庆医科大学',
        '四川外国语大学',
        '重庆科技大学',
        '陆军军医大学',
        '西部(重庆)科学城',
        '沙坪坝区疾控中心',
        '歌乐山国家森林公园',
        '磁器口古镇',
        '沙坪坝区图书馆',
      ],
      68,
      '科普基地',
    ),
    // “共建市、区科普基地68个”: how many are 市级 and how many 区级 the article does not say.
    { unknown: 68 },
  );

  // 北碚区: 3 国家级 and 22 市级 科普教育基地, and the 国家体育总局科普基地, a national honour of another kind.
  educationBases(
    b,
    '500109',
    [
      '重庆自然博物馆',
      '缙云山国家级自然保护区科普馆',
      '中国西部科学院旧址陈列馆',
      ...hostThemeNames(['西南大学', '重庆工商职业学院', '北碚区气象局', '北碚区图书馆', '金刀峡景区', '北温泉景区', '静观花木基地'], 22, '科普基地'),
    ],
    { national: 3, municipal: 22 },
  );
  const sport = b.venue(
    '500109/国家体育总局科普基地',
    { name: '北碚区国家体育总局科普基地', type: 'education_base', regionCode: '500109', organisationId: b.association('500109') },
    rng('500109'),
  );
  b.designation('sport/500109', {
    name: '国家体育总局科普基地',
    kind: 'other',
    level: 'national',
    grantedBy: '国家体育总局',
    subject: { venue: sport },
    validFrom: null,
  });

  // 渝北区: 10 校园科技馆, 11 农村科普示范基地, 12 科普e站, 15 社区科普活动室, 8 文明实践科普平台, 3 + 10 科普基地.
  const yb = rng('500112');
  for (const school of schoolNames.渝北区)
    b.venue(`500112/campus/${school}`, { name: `渝北区${school}校园科技馆`, type: 'campus_museum', regionCode: '500112' }, yb);
  const towns = r
    .children('500112')
    .filter((town) => town.name.endsWith('镇'))
    .slice(0, 10);
  // The article names 隆盛 but no 镇街 of that name is in the region file, so it sits on the district.
  b.venue('500112/rural/隆盛智慧大棚', { name: '渝北区隆盛智慧大棚农村科普示范基地', type: 'rural_demo_base', regionCode: '500112' }, yb);
  const crops = ['梨橙', '柑橘', '茶叶', '蔬菜', '花椒', '中药材', '蚕桑', '食用菌', '生态渔业', '花卉'];
  towns.forEach((town, index) => {
    b.venue(
      `500112/rural/${town.code}`,
      {
        name: `渝北区${townName(town)}${crops[index] ?? '蔬菜'}农村科普示范基地`,
        type: 'rural_demo_base',
        regionCode: town.code,
        organisationId: b.parentFor(town.code),
      },
      yb,
    );
  });
  eStations(b, yb, spreadPick(r.children('500112'), 12), (town) => `渝北区科普e站·${townName(town)}`);
  const konggang = r.find('500112', '空港佳园');
  perPlace(
    b,
    yb,
    [
      konggang,
      ...spreadPick(
        r.communities('500112').filter((place) => place !== konggang),
        14,
      ),
    ],
    'community_hall',
    (place) => `渝北区${placeName(place)}科普活动室`,
  );
  perPlace(b, yb, spreadPick(r.children('500112'), 8), 'civilization_platform', (town) => `渝北区${townName(town)}新时代文明实践所科普平台`);
  perPlace(
    b,
    yb,
    spreadPick(
      r.communities('500112').filter((place) => !b.venues.some((venue) => venue.regionCode === place.code)),
      46,
    ),
    'community_learning_point',
    (place) => `渝北区${placeName(place)}社区科普学教点`,
  );
  educationBases(
    b,
    '500112',
    hostThemeNames(['重庆江北国际机场', '重庆园博园', '渝北区气象局', '渝北区疾控中心', '统景温泉风景区'], 13, '科普基地'),
    { national: 3, municipal: 10 },
  );

  // 永川区: 289 镇街、村、社区科普活动室, 24 科普e站, 51 LED科普屏, 261 科普网络书屋.
  const yc = rng('500118');
  b.venue('500118/集成电路', { name: '中国集成电路创业史陈列馆', type: 'science_museum', regionCode: '500118' }, yc);
  const ycVillages = r.villages('500118');
  perPlace(
    b,
    yc,
    [...r.children('500118').slice(0, 289 - ycVillages.length), ...ycVillages],
    'community_hall',
    (place) => `${placeName(place)}科普活动室`,
  );
  const ycCommunities = r.communities('500118');
  eStations(b, yc, spreadPick(ycCommunities, 24), (place) => `永川区科普e站·${placeName(place)}`);
  perPlace(b, yc, spreadPick(ycCommunities, 51), 'led_screen', (place) => `${placeName(place)}LED科普电子屏`);
  perPlace(b, yc, spreadPick(ycVillages, 261), 'online_library', (place) => `${placeName(place)}科普网络书屋`);
}
