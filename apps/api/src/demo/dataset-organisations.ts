import type { DemoBuilder } from './dataset-builder.js';
import { districts, societyNames, volunteerSpecialties } from './dataset-districts.js';
import { placeName, seededRng, townName, type Rng } from './dataset-kit.js';

const surnames = [...'张王李刘陈杨黄赵周吴徐孙马胡朱郭何罗高林谭冉向彭熊'];
const givenNames = [
  '建华',
  '晓燕',
  '志强',
  '丽娟',
  '明',
  '静',
  '勇',
  '红梅',
  '德成',
  '小兵',
  '雪梅',
  '国平',
  '海燕',
  '文军',
  '春兰',
  '家伟',
  '玉兰',
  '俊',
  '永红',
  '思远',
];

export const contactOf = (rng: Rng) => ({
  contactName: rng.pick(surnames) + rng.pick(givenNames),
  contactPhone: `023-${rng.int(40_000_000, 89_999_999)}`,
});

/** 市科协 → 区县科协 → 镇街科协: the spine every other demo row hangs from. */
export function addAssociations(b: DemoBuilder) {
  const rng = seededRng('organisations/associations');
  const city = b.organisation('city/500000', {
    name: '重庆市科学技术协会',
    type: 'city_association',
    regionCode: '500000',
    parentId: null,
    creditCode: b.creditCode('13', '500000', rng),
    ...contactOf(rng),
    memberCount: 186,
  });
  b.associations.set('500000', city);
  for (const district of districts) {
    const id = b.organisation(`district/${district.code}`, {
      name: `${district.name}科学技术协会`,
      type: 'district_association',
      regionCode: district.code,
      parentId: city,
      creditCode: b.creditCode('13', district.code, rng),
      ...contactOf(rng),
      memberCount: rng.int(40, 120),
    });
    b.associations.set(district.code, id);
    const townships = b.regions.children(district.code).slice(0, district.townshipAssociations);
    if (district.townshipAssociations && townships.length !== district.townshipAssociations) {
      throw new Error(`${district.name} has only ${townships.length} 镇街 for ${district.townshipAssociations} 镇街科协`);
    }
    for (const township of townships) {
      b.associations.set(
        township.code,
        b.organisation(`township/${township.code}`, {
          name: `${township.name}科协`,
          type: 'township_association',
          regionCode: township.code,
          parentId: id,
          ...contactOf(rng),
          memberCount: rng.int(15, 45),
        }),
      );
    }
  }
}

/**
 * 沙坪坝区: 34 学(协)会, 202 村社科普工作站, 45 支科技志愿者队伍. The article's 4700余 registered volunteers
 * are not split by team, so each team's count is unknown and the total is a registered_volunteers indicator.
 */
export function addShapingbaOrganisations(b: DemoBuilder) {
  const code = '500106';
  const rng = seededRng(`organisations/${code}`);
  const district = b.association(code);
  societyNames.forEach((society, index) => {
    b.organisation(`society/${code}/${index}`, {
      name: `沙坪坝区${society}`,
      type: 'society',
      regionCode: code,
      parentId: district,
      creditCode: b.creditCode('51', code, rng),
      ...contactOf(rng),
      memberCount: rng.int(60, 900),
    });
  });

  // 202 stations on 200 村/社区: every one has a station and two 社区 run a second one for young people.
  const villages = b.regions.villages(code);
  const second = new Set(
    b.regions
      .communities(code)
      .slice(0, 202 - villages.length)
      .map((village) => village.code),
  );
  for (const village of villages) {
    const stations = second.has(village.code) ? ['科普工作站', '青少年科普工作站'] : ['科普工作站'];
    for (const suffix of stations) {
      b.organisation(`station/${village.code}/${suffix}`, {
        name: `${placeName(village)}${suffix}`,
        type: 'village_station',
        regionCode: village.code,
        parentId: b.parentFor(village.code),
        ...contactOf(rng),
        memberCount: rng.int(5, 15),
      });
    }
  }

  const townships = b.regions.children(code).filter((township) => b.associations.has(township.code));
  const teams = [
    ...townships.map((township) => ({ key: township.code, name: `红岩科技志愿服务队·${townName(township)}`, regionCode: township.code })),
    ...volunteerSpecialties.map((specialty, index) => ({ key: `${code}/${index}`, name: `沙坪坝区${specialty}科技志愿服务队`, regionCode: code })),
  ].slice(0, 45);
  for (const team of teams) {
    b.organisation(`volunteers/${team.key}`, {
      name: team.name,
      type: 'volunteer_team',
      regionCode: team.regionCode,
      parentId: b.parentFor(team.regionCode),
      ...contactOf(rng),
      memberCount: rng.int(20, 200),
      volunteerCount: null,
    });
  }

  for (const name of ['沙坪坝区科普讲师团', '沙坪坝区科学传播专家团队', '沙坪坝区专家科普工作室', '沙坪坝区院士专家进校园团队']) {
    b.organisation(`experts/${name}`, {
      name,
      type: 'expert_team',
      regionCode: code,
      parentId: district,
      ...contactOf(rng),
      memberCount: rng.int(12, 60),
    });
  }
}

/** 万州区: one 科技(科普)志愿者队伍 of 2000余 专家、科技人员和科普工作者, as the article reports it. */
export function addWanzhouOrganisations(b: DemoBuilder) {
  const code = '500101';
  const rng = seededRng(`organisations/${code}`);
  b.organisation('volunteers/万州区科技(科普)志愿者队伍', {
    name: '万州区科技(科普)志愿者队伍',
    type: 'volunteer_team',
    regionCode: code,
    parentId: b.association(code),
    ...contactOf(rng),
    memberCount: 2_000,
    volunteerCount: 2_000,
    volunteerCountQualifier: 'more_than',
  });
}

/** 北碚区: the 院士科普工作室, honoured as an organisation. */
export function addBeibeiOrganisations(b: DemoBuilder) {
  const code = '500109';
  const rng = seededRng(`organisations/${code}`);
  const studio = b.organisation('experts/北碚区院士科普工作室', {
    name: '北碚区院士科普工作室',
    type: 'expert_team',
    regionCode: b.regions.find(code, '天生').code,
    parentId: b.association(code),
    ...contactOf(rng),
    memberCount: 9,
  });
  b.designation('studio/500109', {
    name: '院士科普工作室',
    kind: 'academician_studio',
    level: null,
    grantedBy: '文章未注明',
    subject: { organisation: studio },
    validFrom: null,
  });
  b.organisation('experts/北碚区科普讲师团', {
    name: '北碚区科普讲师团',
    type: 'expert_team',
    regionCode: code,
    parentId: b.association(code),
    ...contactOf(rng),
    memberCount: 28,
  });
}

/** 巴南区: the 科普讲师团 in the article's photo and the 114 农村科技带头人 trained as “专家” (not said to be volunteers). */
export function addBananOrganisations(b: DemoBuilder) {
  const code = '500113';
  const rng = seededRng(`organisations/${code}`);
  b.organisation('experts/巴南科普讲师团', {
    name: '巴南区科普讲师团',
    type: 'expert_team',
    regionCode: code,
    parentId: b.association(code),
    ...contactOf(rng),
    memberCount: 36,
  });
  b.organisation('experts/巴南区农村科技带头人', {
    name: '巴南区农村科技带头人',
    type: 'expert_team',
    regionCode: code,
    parentId: b.association(code),
    ...contactOf(rng),
    memberCount: 114,
  });
}
