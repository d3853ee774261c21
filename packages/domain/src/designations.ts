import { z } from 'zod';
import { checkPeriodOrder, id, isoDate, listQueryBase, multiValue, name, nonEmptyPatch, pageOf, recordMeta, sortParam, text } from './common.js';
import { designationKind, designationSubject, honourLevel } from './enums.js';
import { bilingualIssue } from './messages.js';
import { regionCode } from './regions.js';

const designationFields = z.strictObject({
  name: name.meta({ example: '2021—2025年度全国科普示范区' }),
  kind: designationKind.schema,
  level: honourLevel.schema,
  grantedBy: text(100).min(1).meta({ example: '中国科协' }),
  subjectType: designationSubject.schema,
  regionCode: regionCode.optional().meta({ description: 'the honoured region; for other subjects it is taken from the subject' }),
  organisationId: id.nullable().optional(),
  venueId: id.nullable().optional(),
  eventId: id.nullable().optional(),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional().meta({ description: 'last valid day; null when it does not expire' }),
});

const subjectIdField = { organisation: 'organisationId', venue: 'venueId', event: 'eventId' } as const;

type SubjectInput = Partial<
  Pick<z.infer<typeof designationFields>, 'subjectType' | 'regionCode' | 'organisationId' | 'venueId' | 'eventId' | 'validFrom' | 'validTo'>
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

export const CreateDesignationBody = designationFields.superRefine(checkDesignationRules).meta({ id: 'CreateDesignation' });
export const UpdateDesignationBody = designationFields.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateDesignation' });

export const DesignationResponse = z
  .object({
    ...recordMeta,
    name: z.string(),
    kind: designationKind.schema,
    level: honourLevel.schema,
    grantedBy: z.string(),
    subjectType: designationSubject.schema,
    regionCode,
    organisationId: id.nullable(),
    venueId: id.nullable(),
    eventId: id.nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
  })
  .meta({ id: 'Designation' });

export const ListDesignationsQuery = z.strictObject({
  ...listQueryBase,
  kind: multiValue(designationKind.schema).optional(),
  level: multiValue(honourLevel.schema).optional(),
  subjectType: designationSubject.schema.optional(),
  venueId: id.optional().meta({ description: 'designations of this venue' }),
  organisationId: id.optional().meta({ description: 'designations of this organisation' }),
  validOn: isoDate.optional().meta({ description: 'only designations valid on this date' }),
  sort: sortParam(['validFrom', 'name', 'level', 'createdAt'], '-validFrom'),
});

export const DesignationPage = pageOf(DesignationResponse).meta({ id: 'DesignationPage' });

export type CreateDesignation = z.infer<typeof CreateDesignationBody>;
export type UpdateDesignation = z.infer<typeof UpdateDesignationBody>;
export type Designation = z.infer<typeof DesignationResponse>;
export type ListDesignations = z.infer<typeof ListDesignationsQuery>;
