import { z } from 'zod';
import { labelledEnum } from './enums.js';

export const role = labelledEnum({
  city_admin: '市科协管理员',
  district_admin: '区县科协管理员',
  township_staff: '镇街科协工作人员',
  viewer: '只读用户',
});
export type Role = z.infer<typeof role.schema>;

/** A higher rank may grant anything up to its own rank, never above. */
export const roleRank: Record<Role, number> = { viewer: 1, township_staff: 2, district_admin: 3, city_admin: 4 };

export const recordEntities = ['organisations', 'venues', 'events', 'summaries', 'designations', 'indicators'] as const;
export type RecordEntity = (typeof recordEntities)[number];
export const recordEntity = z.enum(recordEntities);
/** What staff call each record type: sheet names, file names and report headings. */
export const recordEntityLabels: Record<RecordEntity, string> = {
  organisations: '科协组织',
  venues: '科普阵地',
  events: '科普活动',
  summaries: '活动汇总',
  designations: '认定荣誉',
  indicators: '指标',
};

const readPermissions = [...recordEntities.map((entity) => `${entity}:read` as const), 'stats:read' as const];
const writePermissions = recordEntities.map((entity) => `${entity}:write` as const);

/** What an API key may be granted: reading and writing records, and subscribing to their changes; nothing administrative. */
export const apiKeyScopes = [...readPermissions, ...writePermissions, 'webhooks:manage'] as const;
export const apiKeyScope = z.enum(apiKeyScopes);
export type ApiKeyScope = z.infer<typeof apiKeyScope>;

export const permissions = [
  ...apiKeyScopes,
  'users:manage',
  'api_keys:manage',
  'audit:read',
  'trash:restore',
  'trash:purge',
  'dictionary:manage',
  'reporting:fill',
  'reporting:review',
  'reporting:manage',
  'assessment:manage',
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  viewer: readPermissions,
  township_staff: [...readPermissions, 'venues:write', 'events:write', 'summaries:write', 'reporting:fill'],
  district_admin: [
    ...readPermissions,
    ...writePermissions,
    'users:manage',
    'api_keys:manage',
    'webhooks:manage',
    'audit:read',
    'trash:restore',
    'reporting:fill',
    'reporting:review',
    'reporting:manage',
  ],
  city_admin: permissions,
};
