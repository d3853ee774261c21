import { regionAncestorCode } from '@kepu/domain';
import type { Rng } from './dataset-kit.js';

/** Where the demo figures come from: the article itself, or a plausible value made up for the demo. */
export const articleSource = '文章《重庆成功创建9个全国科普示范区》';
export const demoSource = '演示数据';

export interface District {
  code: string;
  name: string;
  /** Rough centre (WGS-84) and the half-width in degrees that demo venues scatter over. */
  centre: readonly [number, number];
  spread: number;
  /** 常住人口, rounded; not from the article, so stored as 演示数据. */
  population: number;
  /** How many 镇街 have a 科协 when the article says; otherwise every 镇街 gets one. */
  townshipAssociations?: number;
}

/** The nine 2021—2025年度全国科普示范区, in the article's order. */
export const districts: readonly District[] = [
  { code: '500105', name: '江北区', centre: [106.574, 29.606], spread: 0.05, population: 930_000 },
  { code: '500101', name: '万州区', centre: [108.408, 30.808], spread: 0.2, population: 1_560_000, townshipAssociations: 52 },
  { code: '500103', name: '渝中区', centre: [106.568, 29.553], spread: 0.015, population: 590_000 },
  { code: '500106', name: '沙坪坝区', centre: [106.456, 29.541], spread: 0.07, population: 1_480_000, townshipAssociations: 22 },
  { code: '500107', name: '九龙坡区', centre: [106.511, 29.502], spread: 0.07, population: 1_530_000 },
  { code: '500109', name: '北碚区', centre: [106.396, 29.806], spread: 0.1, population: 840_000, townshipAssociations: 17 },
  { code: '500112', name: '渝北区', centre: [106.631, 29.718], spread: 0.12, population: 2_200_000 },
  { code: '500113', name: '巴南区', centre: [106.54, 29.402], spread: 0.12, population: 1_190_000 },
  { code: '500118', name: '永川区', centre: [105.927, 29.356], spread: 0.12, population: 1_150_000 },
];

export function districtOf(regionCode: string): District {
  const district = districts.find((item) => item.code === regionAncestorCode(regionCode, 'district'));
  if (!district) throw new Error(`${regionCode} is not in one of the nine demo districts`);
  return district;
}

// 重庆's bounding box: a point outside it would put a demo venue in another province on the map.
const bounds = { lon: [105.2, 110.2], lat: [28.1, 32.2] } as const;
const clamp = (value: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, value));

export function coordinatesIn(regionCode: string, rng: Rng): { longitude: number; latitude: number } {
  const { centre, spread } = districtOf(regionCode);
  const jitter = () => (rng.next() * 2 - 1) * spread;
  return {
    longitude: Number(clamp(centre[0] + jitter(), bounds.lon).toFixed(6)),
    latitude: Number(clamp(centre[1] + jitter() * 0.8, bounds.lat).toFixed(6)),
  };
}

/** 34 区级学(协)会 of 沙坪坝区 (the article gives the number, the names are typical ones). */
export const societyNames = [
  '医学会',
  '护理学会',
  '药学会',
  '中医药学会',
  '预防医学会',
  '口腔医学会',
  '康复医学会',
  '营养学会',
  '抗癌协会',
  '农学会',
  '林学会',
  '气象学会',
  '地理学会',
  '地质学会',
  '天文学会',
  '心理学会',
  '计算机学会',
  '电子学会',
  '机械工程学会',
  '土木建筑学会',
  '环境科学学会',
  '生态学会',
  '食品科学学会',
  '材料学会',
  '汽车工程学会',
  '科技教育协会',
  '青少年科技教育协会',
  '科普作家协会',
  '老科技工作者协会',
  '城市科学研究会',
  '图书馆学会',
  '无线电运动协会',
  '航空航天模型协会',
  '防痨协会',
] as const;

export const volunteerSpecialties = [
  '医疗卫生',
  '应急科普',
  '生态环保',
  '青少年科技辅导',
  '老年健康',
  '食品安全',
  '心理健康',
  '防灾减灾',
  '农业技术',
  '智慧生活',
  '气象科普',
  '法治与反邪',
  '科学健身',
  '中医药文化',
  '天文观测',
  '人工智能',
  '新材料',
  '交通安全',
  '消防安全',
  '网络安全',
  '垃圾分类',
  '节能低碳',
  '科普讲解',
] as const;

/** One theme per venue, echoing 沙坪坝's “一镇街一特色、一场馆一主题”. */
export const themes = [
  '航空航天',
  '人工智能',
  '生命健康',
  '防灾减灾',
  '低碳环保',
  '交通科技',
  '地质矿产',
  '气象',
  '水资源',
  '机器人',
  '天文',
  '光电信息',
  '汽车科技',
  '中医药',
  '数字生活',
  '生物多样性',
  '新材料',
  '食品安全',
  '智能制造',
  '农业科技',
  '消防安全',
  '地震',
  '电力能源',
  '心理健康',
  '动植物',
  '海洋',
  '化学',
  '数学',
  '声光电',
  '古生物',
] as const;

export const lectureTopics = [
  '高血压的日常管理',
  '老年人防诈骗',
  '智能手机使用入门',
  '垃圾分类与资源回收',
  '家庭食品安全',
  '心肺复苏与急救常识',
  '中医养生与四季保健',
  '防灾减灾与应急避险',
  '崇尚科学反对邪教',
  '科学健身与运动损伤',
  '心理健康与情绪调适',
  '糖尿病饮食指导',
  '用药安全小常识',
  '居家用电安全',
  '网络谣言识别',
  '节能低碳生活',
  '阿尔茨海默病早期识别',
  '骨质疏松的预防',
  '家庭园艺与阳台种植',
  '儿童近视防控',
  '重庆的地质与山水',
  '天气预报怎么看',
  '人工智能与生活',
  '长江生态保护',
  '科学就医与分级诊疗',
  '口腔健康',
  '睡眠与健康',
  '旅游出行安全',
  '传染病防控',
  '家庭理财防骗',
] as const;

export const schoolNames = {
  万州区: ['重庆市万州第二高级中学', '重庆市万州上海中学', '重庆市万州国本中学', '重庆市万州沙河中学', '重庆市万州清泉中学', '重庆市万州第三中学'],
  渝北区: [
    '南开两江中学',
    '渝北中学',
    '松树桥中学',
    '暨华中学',
    '渝北区实验中学',
    '两江巴蜀中学',
    '龙塔实验学校',
    '空港新城小学',
    '渝北区第二实验小学',
    '宝圣湖小学',
  ],
} as const;
