import { z } from 'zod';
import { count, id, listQueryBase, multiValue, name, nonEmptyPatch, pageOf, sortParam, text } from './common.js';
import { isValidCreditCode } from './credit-code.js';
import { inputShape, responseShape, type FieldList } from './field-list.js';
import { checkQualifiers, figureOrUnknown, qualifierField } from './figures.js';
import { organisationType, regionLevel, type OrganisationType, type RegionLevel } from './enums.js';
import { dictionaryValue } from './dictionary.js';
import { bilingual, matching, type LocalText } from './messages.js';
import { regionCode, regionLevelOf } from './regions.js';

export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, {
    ...bilingual({
      zh: '须为 18 位统一社会信用代码，且最后一位校验码正确',
      en: 'must be an 18-character 统一社会信用代码 with a valid check character',
    }),
    abort: true,
  })
  .max(18)
  .meta({ description: '统一社会信用代码 (GB 32100-2015)', example: '51500106MJP372610N' });

export const phone = matching(z.string().trim(), /^\+?[\d\- ()]{5,20}$/, {
  zh: '须为电话号码（5–20 位数字，可含 +、-、空格和括号）',
  en: 'must be a phone number',
}).max(21);

/**
 * An organisation's fields, declared once: the create, update and response schemas, the labels,
 * the import/export columns, the console's form, detail and list, and the API's row mapping are
 * read off this list (packages/domain/src/field-list.ts).
 */
export const organisationFields = {
  name: { input: name, label: ['名称', 'Name'], list: { at: 1, shown: true, sort: 'name' } },
  type: { input: dictionaryValue('organisation_type'), label: ['类型', 'Type'], list: { at: 2, shown: true } },
  regionCode: { input: regionCode, label: ['行政区划', 'Region'], list: { at: 3, shown: true } },
  parentId: {
    input: id.nullable().optional().meta({ description: 'the organisation this one belongs to' }),
    label: ['上级组织', 'Parent organisation'],
  },
  creditCode: { input: creditCode.nullable().optional(), label: ['统一社会信用代码', 'Credit code'], list: { at: 6 } },
  contactName: { input: text(50).nullable().optional(), label: ['联系人', 'Contact'], list: { at: 7 } },
  contactPhone: { input: phone.nullable().optional(), label: ['联系电话', 'Phone'] },
  address: { input: text(200).nullable().optional(), label: ['地址', 'Address'] },
  website: {
    input: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain })
      .max(200)
      .nullable()
      .optional()
      .meta({ description: '网址 (http or https)', example: 'https://www.cqast.cn' }),
    label: ['网址', 'Website'],
    list: { at: 8 },
  },
  memberCount: {
    input: count.optional().meta({ description: '会员/成员数' }),
    label: ['会员数', 'Members'],
    empty: 0,
    list: { at: 5 },
  },
  volunteerCount: {
    input: figureOrUnknown('注册志愿者人数'),
    label: ['注册志愿者数', 'Registered volunteers'],
    list: { at: 4, shown: true, sort: 'volunteerCount' },
  },
  volunteerCountQualifier: qualifierField(['志愿者数限定', 'Volunteers qualifier']),
} as const satisfies FieldList;

/** The associations of the 科协 hierarchy sit at one level of the region tree each. */
const requiredLevel: Partial<Record<string, RegionLevel>> = {
  city_association: 'city',
  district_association: 'district',
  township_association: 'township',
  village_station: 'village',
};

/** Why an organisation of this type cannot sit on a region of this level, or null when it can. */
export function levelMismatch(type: string, level: RegionLevel): LocalText | null {
  const required = requiredLevel[type];
  if (!required || required === level) return null;
  const { labels } = regionLevel;
  return {
    zh: `${organisationType.labels[type as OrganisationType]}应属于${labels[required]}级行政区划，而这里是${labels[level]}级`,
    en: `a ${type} belongs to a region of level ${required}, not ${level}`,
  };
}

/** A field the rules beyond an entity's schema refuse, and why. */
export interface FieldProblem {
  field: string;
  message: LocalText;
}

/**
 * What an organisation's schema cannot check field by field but needs no database either: the API,
 * the import and the console's form all ask this function (the API answers 422 on it).
 */
export function organisationRules(value: { type?: string | undefined; regionCode?: string | undefined }): FieldProblem[] {
  const misplaced = value.type && value.regionCode ? levelMismatch(value.type, regionLevelOf(value.regionCode)) : null;
  return misplaced ? [{ field: 'regionCode', message: misplaced }] : [];
}

const organisationInput = z.strictObject(inputShape(organisationFields));

/** A qualifier qualifies a volunteer count that is there. */
export const checkOrganisationFigures = (value: Partial<z.infer<typeof organisationInput>>, ctx: z.RefinementCtx) =>
  checkQualifiers(value, [['volunteerCount', 'volunteerCountQualifier']], ctx);

export const CreateOrganisationBody = organisationInput.superRefine(checkOrganisationFigures).meta({ id: 'CreateOrganisation' });
export const UpdateOrganisationBody = organisationInput.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateOrganisation' });

export const OrganisationResponse = z.object(responseShape(organisationFields)).meta({ id: 'Organisation' });

export const ListOrganisationsQuery = z.strictObject({
  ...listQueryBase,
  type: multiValue(dictionaryValue('organisation_type')).optional(),
  parentId: id.optional(),
  sort: sortParam(['name', 'createdAt', 'updatedAt', 'volunteerCount'], 'name'),
});

export const OrganisationPage = pageOf(OrganisationResponse).meta({ id: 'OrganisationPage' });

export type CreateOrganisation = z.infer<typeof CreateOrganisationBody>;
export type UpdateOrganisation = z.infer<typeof UpdateOrganisationBody>;
export type Organisation = z.infer<typeof OrganisationResponse>;
export type ListOrganisations = z.infer<typeof ListOrganisationsQuery>;
