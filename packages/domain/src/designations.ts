import { z } from 'zod';
import { checkPeriodOrder, id, isoDate, listQueryBase, multiValue, name, nonEmptyPatch, pageOf, sortParam, text } from './common.js';
import { inputShape, responseShape, type FieldList } from './field-list.js';
import { designationSubject, honourLevel, honourLevelBucket, unspecifiedLevel } from './enums.js';
import { dictionaryValue } from './dictionary.js';
import { bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

/** A designation's fields, declared once (see packages/domain/src/field-list.ts). */
export const designationFields = {
  name: {
    input: name.meta({ example: '2021—2025年度全国科普示范区' }),
    label: ['名称', 'Name'],
    list: { at: 1, shown: true, sort: 'name' },
  },
  kind: { input: dictionaryValue('honour_kind'), label: ['类别', 'Kind'], list: { at: 2, shown: true } },
  level: {
    input: honourLevel.schema
      .nullable()
      .optional()
      .meta({ description: 'null when the source gives no level; counted as 未注明级别, never as national' }),
    label: ['级别', 'Level'],
    list: { at: 3, shown: true, sort: 'level' },
  },
  grantedBy: { input: text(100).min(1).meta({ example: '中国科协' }), label: ['授予单位', 'Granted by'], list: { at: 7 } },
  subjectType: { input: designationSubject.schema, label: ['认定对象', 'Subject'] },
  regionCode: {
    input: regionCode.optional().meta({ description: 'the honoured region; for other subjects it is taken from the subject' }),
    label: ['行政区划', 'Region'],
    list: { at: 4, shown: true },
  },
  organisationId: { input: id.nullable().optional(), label: ['所属组织', 'Organisation'] },
  venueId: { input: id.nullable().optional(), label: ['举办阵地', 'Venue'] },
  eventId: { input: id.nullable().optional(), label: ['活动', 'Event'] },
  validFrom: {
    input: isoDate
      .nullable()
      .optional()
      .meta({ description: 'first valid day; null when the source does not say (then valid from any date until validTo)' }),
    label: ['有效期起', 'Valid from'],
    list: { at: 5, shown: true, sort: 'validFrom' },
  },
  validTo: {
    input: isoDate.nullable().optional().meta({ description: 'last valid day; null when it does not expire' }),
    label: ['有效期止', 'Valid to'],
    list: { at: 6, shown: true },
  },
} as const satisfies FieldList;

const designationInput = z.strictObject(inputShape(designationFields));

const subjectIdField = { organisation: 'organisationId', venue: 'venueId', event: 'eventId' } as const;

type SubjectInput = Partial<
  Pick<z.infer<typeof designationInput>, 'subjectType' | 'regionCode' | 'organisationId' | 'venueId' | 'eventId' | 'validFrom' | 'validTo'>
>;

const requiredFor = (subject: keyof typeof designationSubject.labels) => ({
  zh: `认定对象为${designationSubject.labels[subject]}时必须填写`,
  en: `required when subjectType is ${subject}`,
});

/** The subject is exactly one thing: the id that matches `subjectType`, or a region code for regions. */
export function checkDesignationRules(value: SubjectInput, ctx: z.RefinementCtx) {
  if (value.subjectType === 'region' && !value.regionCode) {
    ctx.addIssue(bilingualIssue(['regionCode'], requiredFor('region')));
  }
  for (const [subject, field] of Object.entries(subjectIdField) as [
    keyof typeof subjectIdField,
    (typeof subjectIdField)[keyof typeof subjectIdField],
  ][]) {
    const given = value[field] != null;
    if (subject === value.subjectType && !given) ctx.addIssue(bilingualIssue([field], requiredFor(subject)));
    if (subject !== value.subjectType && given) {
      const label = designationSubject.labels[subject];
      ctx.addIssue(bilingualIssue([field], { zh: `只有认定对象为${label}时才能填写`, en: `only allowed when subjectType is ${subject}` }));
    }
  }
  checkPeriodOrder(value.validFrom, value.validTo, 'validTo', ctx);
}

export const CreateDesignationBody = designationInput.superRefine(checkDesignationRules).meta({ id: 'CreateDesignation' });
export const UpdateDesignationBody = designationInput.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateDesignation' });

export const DesignationResponse = z.object(responseShape(designationFields)).meta({ id: 'Designation' });

export const ListDesignationsQuery = z.strictObject({
  ...listQueryBase,
  kind: multiValue(dictionaryValue('honour_kind')).optional(),
  level: multiValue(honourLevelBucket.schema)
    .optional()
    .meta({ description: `levels; \`${unspecifiedLevel}\` matches designations whose level is not given` }),
  subjectType: designationSubject.schema.optional(),
  venueId: id.optional().meta({ description: 'designations of this venue' }),
  organisationId: id.optional().meta({ description: 'designations of this organisation' }),
  validOn: isoDate.optional().meta({ description: 'only designations valid on this date (an unknown validFrom counts as already valid)' }),
  sort: sortParam(['validFrom', 'name', 'level', 'createdAt'], '-validFrom'),
});

export const DesignationPage = pageOf(DesignationResponse).meta({ id: 'DesignationPage' });

export type CreateDesignation = z.infer<typeof CreateDesignationBody>;
export type UpdateDesignation = z.infer<typeof UpdateDesignationBody>;
export type Designation = z.infer<typeof DesignationResponse>;
export type ListDesignations = z.infer<typeof ListDesignationsQuery>;
