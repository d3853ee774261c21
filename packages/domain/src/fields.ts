import type { z } from 'zod';
import type { RecordEntity } from './access.js';
import { labelsOf } from './field-list.js';
import {
  audienceGroup,
  designationKind,
  designationSubject,
  eventCategory,
  eventMode,
  eventStatus,
  honourLevel,
  indicatorKind,
  organisationType,
  venueStatus,
  venueType,
} from './enums.js';
import { organisationFields } from './organisations.js';

type EntityKey = RecordEntity;

/** What kind of control a field of a domain schema needs, read off the zod schema itself. */
export type FieldKind = 'text' | 'longText' | 'number' | 'enum' | 'enumList' | 'reference' | 'referenceList' | 'region' | 'dateTime' | 'date';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required: boolean;
  options?: { value: string; label: string }[];
  references?: EntityKey;
}

interface ZodInternals {
  _zod: {
    def: { type: string; innerType?: ZodInternals; element?: ZodInternals; entries?: Record<string, string>; format?: string; in?: ZodInternals };
  };
}

/**
 * Field names in Chinese and English: form labels, list columns and import/export headers. An entity
 * with a field list declares its labels there; the same name has the same label on every entity, so
 * venues' `name`, `type`, `regionCode` and `address` read theirs from the organisation's list.
 */
const labels: Record<string, readonly [string, string]> = {
  ...labelsOf(organisationFields),
  title: ['活动名称', 'Title'],
  organisationId: ['所属组织', 'Organisation'],
  longitude: ['经度', 'Longitude'],
  latitude: ['纬度', 'Latitude'],
  floorArea: ['面积（㎡）', 'Floor area (m²)'],
  status: ['状态', 'Status'],
  annualCapacity: ['年接待能力（人次）', 'Annual capacity'],
  category: ['活动类型', 'Category'],
  organiserIds: ['主办组织', 'Organisers'],
  venueId: ['举办阵地', 'Venue'],
  startsAt: ['开始时间', 'Starts'],
  endsAt: ['结束时间', 'Ends'],
  mode: ['活动形式', 'Mode'],
  audienceGroups: ['受众群体', 'Audience'],
  attendance: ['受众人次', 'Attendance (person-times)'],
  participants: ['受众人数', 'Participants (people)'],
  onlineViews: ['线上浏览量', 'Online views'],
  volunteers: ['志愿者人次', 'Volunteers'],
  description: ['活动简介', 'Description'],
  kind: ['类别', 'Kind'],
  level: ['级别', 'Level'],
  grantedBy: ['授予单位', 'Granted by'],
  subjectType: ['认定对象', 'Subject'],
  eventId: ['活动', 'Event'],
  validFrom: ['有效期起', 'Valid from'],
  validTo: ['有效期止', 'Valid to'],
  year: ['年度', 'Year'],
  value: ['数值', 'Value'],
  source: ['数据来源', 'Source'],
  note: ['备注', 'Note'],
  updatedAt: ['更新时间', 'Updated'],
};

export const fieldLabel = (field: string, language: 'zh' | 'en') => labels[field]?.[language === 'zh' ? 0 : 1] ?? field;

export type LabelledEnum = { values: readonly string[]; labels: Record<string, string> };

/** The enum a field holds, by entity: `type` is an organisation type on organisations and a venue type on venues. */
export function enumOf(entity: EntityKey, field: string): LabelledEnum | undefined {
  const byField: Record<string, LabelledEnum | undefined> = {
    type: entity === 'venues' ? venueType : organisationType,
    status: entity === 'venues' ? venueStatus : eventStatus,
    category: eventCategory,
    mode: eventMode,
    audienceGroups: audienceGroup,
    kind: entity === 'indicators' ? indicatorKind : designationKind,
    level: honourLevel,
    subjectType: designationSubject,
  };
  return byField[field];
}

const referenceTargets: Record<string, EntityKey> = {
  parentId: 'organisations',
  organisationId: 'organisations',
  organiserIds: 'organisations',
  venueId: 'venues',
  eventId: 'events',
};

function unwrap(schema: ZodInternals): { inner: ZodInternals; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    const { type, innerType } = inner._zod.def;
    if ((type === 'optional' || type === 'nullable' || type === 'default') && innerType) {
      required = false;
      inner = innerType;
    } else if (type === 'pipe' && inner._zod.def.in) {
      inner = inner._zod.def.in;
    } else {
      return { inner, required };
    }
  }
}

/** The fields of a create schema, in order, with the control each needs. */
export function fieldsOf(entity: EntityKey, schema: z.ZodObject): FieldSpec[] {
  const shape: [string, unknown][] = Object.entries(schema.shape);
  return shape.map(([name, field]) => {
    const { inner, required } = unwrap(field as ZodInternals);
    const { type, format, element } = inner._zod.def;
    const options = enumOf(entity, name)?.values.map((value) => ({ value, label: enumOf(entity, name)?.labels[value] ?? value }));
    const base = { name, required };
    if (name === 'regionCode') return { ...base, kind: 'region' };
    if (referenceTargets[name]) return { ...base, kind: type === 'array' ? 'referenceList' : 'reference', references: referenceTargets[name] };
    if (type === 'enum') return { ...base, kind: 'enum', ...(options ? { options } : {}) };
    if (type === 'array' && element?._zod.def.type === 'enum') return { ...base, kind: 'enumList', ...(options ? { options } : {}) };
    if (type === 'number') return { ...base, kind: 'number' };
    if (format === 'datetime') return { ...base, kind: 'dateTime' };
    if (format === 'date') return { ...base, kind: 'date' };
    if (name === 'description' || name === 'note') return { ...base, kind: 'longText' };
    return { ...base, kind: 'text' };
  });
}
