import { z } from 'zod';
import { count, id, listQueryBase, multiValue, name, nonEmptyPatch, pageOf, recordMeta, sortParam, text } from './common.js';
import { isValidCreditCode } from './credit-code.js';
import { organisationType } from './enums.js';
import { bilingual, matching } from './messages.js';
import { regionCode } from './regions.js';

export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    isValidCreditCode,
    bilingual({
      zh: '须为 18 位统一社会信用代码，且最后一位校验码正确',
      en: 'must be an 18-character 统一社会信用代码 with a valid check character',
    }),
  )
  .meta({ description: '统一社会信用代码 (GB 32100-2015)', example: '51500106MJP372610N' });

export const phone = matching(z.string().trim(), /^\+?[\d\- ()]{5,20}$/, {
  zh: '须为电话号码（5–20 位数字，可含 +、-、空格和括号）',
  en: 'must be a phone number',
});

const organisationFields = z.strictObject({
  name,
  type: organisationType.schema,
  regionCode,
  parentId: id.nullable().optional().meta({ description: 'the organisation this one belongs to' }),
  creditCode: creditCode.nullable().optional(),
  contactName: text(50).nullable().optional(),
  contactPhone: phone.nullable().optional(),
  address: text(200).nullable().optional(),
  memberCount: count.optional().meta({ description: '会员/成员数' }),
  volunteerCount: count.optional().meta({ description: '注册志愿者人数' }),
});

export const CreateOrganisationBody = organisationFields.meta({ id: 'CreateOrganisation' });
export const UpdateOrganisationBody = organisationFields.partial().superRefine(nonEmptyPatch).meta({ id: 'UpdateOrganisation' });

export const OrganisationResponse = z
  .object({
    ...recordMeta,
    name: z.string(),
    type: organisationType.schema,
    regionCode,
    parentId: id.nullable(),
    creditCode: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    address: z.string().nullable(),
    memberCount: z.number().int(),
    volunteerCount: z.number().int(),
  })
  .meta({ id: 'Organisation' });

export const ListOrganisationsQuery = z.strictObject({
  ...listQueryBase,
  type: multiValue(organisationType.schema).optional(),
  parentId: id.optional(),
  sort: sortParam(['name', 'createdAt', 'updatedAt', 'volunteerCount'], 'name'),
});

export const OrganisationPage = pageOf(OrganisationResponse).meta({ id: 'OrganisationPage' });

export type CreateOrganisation = z.infer<typeof CreateOrganisationBody>;
export type UpdateOrganisation = z.infer<typeof UpdateOrganisationBody>;
export type Organisation = z.infer<typeof OrganisationResponse>;
export type ListOrganisations = z.infer<typeof ListOrganisationsQuery>;
