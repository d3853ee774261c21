import { z } from 'zod';
import { calendarYear, id, isoDate, isoDateTime, MAX_PAGE_SIZE, nonEmptyPatch, pageOf, recordMeta, stored, text } from './common.js';
import { unitText } from './dictionary.js';
import { figureQualifier, labelledEnum } from './enums.js';
import { bilingualIssue } from './messages.js';
import { regionCode, regionFullName, regionName, regionTreeBounds } from './regions.js';
import { rankingMetric, statDefinition } from './stats.js';
import { displayName } from './users.js';

/**
 * Annual reporting (统计填报) along the region tree: a campaign asks the units of some levels for
 * figures; each unit fills one submission, the level above reviews it. A 全国科普示范区 self-assessment
 * is a campaign of kind `assessment`, whose items are the criteria of the catalogue.
 */
export const campaignKind = labelledEnum({ statistics: '统计填报', assessment: '示范区自评' });
export type CampaignKind = z.infer<typeof campaignKind.schema>;

/** The levels that report; each is reviewed by the level above it (镇街 by 区县, 区县 by 市). */
export const reportingLevel = labelledEnum({ township: '镇街', district: '区县' });
export type ReportingLevel = z.infer<typeof reportingLevel.schema>;

export const submissionStatus = labelledEnum({
  not_started: '未开始',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已通过',
});
export type SubmissionStatus = z.infer<typeof submissionStatus.schema>;

export const campaignStatus = labelledEnum({ open: '进行中', closed: '已结束' });

export const comparator = labelledEnum({ gte: '不低于', lte: '不高于' });
export type Comparator = z.infer<typeof comparator.schema>;

/** The automatic checks a reviewer sees beside a figure. */
export const reviewCheck = labelledEnum({
  below_children: '低于所辖镇街之和',
  jump: '与上年相比变化过大',
  missing_evidence: '缺少佐证材料',
  changed_without_reason: '改动了记录数据但未说明理由',
  not_met: '未达到标准',
});

/** A submission's figure: its value as the unit reports it, and why it differs from what the records give. */
export const SubmittedFigure = z.strictObject({
  value: z.number().min(0).max(1e13).nullable().meta({ description: 'the reported value; null: not known (未填报)' }),
  qualifier: figureQualifier.schema.nullable().default(null).meta({ description: '约/余/以上… as the source writes the figure' }),
  reason: text(500).nullable().default(null).meta({ description: "why the value differs from the records' figure; required when it does" }),
});
export type SubmittedFigureInput = z.input<typeof SubmittedFigure>;

const figureKey = z.string().min(1).max(80).meta({ description: 'an item key of the campaign' });

/** The criteria the catalogue may hold, retired ones included: the API refuses one more. */
export const MAX_CRITERIA = 200;
/** The most figures a statistics campaign asks for. */
const MAX_METRICS = 60;
/** A campaign's items: the figures it asks for, or the criteria of the catalogue. */
const MAX_CAMPAIGN_ITEMS = Math.max(MAX_METRICS, MAX_CRITERIA);
/** The evidence one submission may hold: the API refuses one more. */
export const MAX_ATTACHMENTS = 100;

const campaignName = z.string().trim().min(1).max(100);
const instructions = text(4000);
/** Who did something, by the display name of their account. */
const userName = stored(displayName);

const levels = z.array(reportingLevel.schema).min(1).max(2);
const note = text(2000);
const comment = text(1000).min(1);
const attachmentFileName = z.string().trim().min(1).max(200);
const criterionGroupInput = z.string().trim().min(1).max(50);
const criterionGroup = stored(criterionGroupInput);
const criterionName = z.string().trim().min(1).max(200);
const criterionDefinition = text(1000);
/** An item's label: its criterion's name, or its figure's label (shorter). */
const itemLabel = stored(criterionName);
/** An item's 口径: its criterion's, its dictionary entry's (shorter) or one of `statDefinitions`. */
const itemDefinition = z.string().max(Math.max(criterionDefinition.maxLength ?? 0, statDefinition.maxLength ?? 0));

export const CreateCampaignBody = z
  .strictObject({
    name: campaignName.meta({ example: '2025年度科普统计填报' }),
    kind: campaignKind.schema.default('statistics'),
    year: calendarYear.meta({ description: 'the reporting year (e.g. 2025 for 2025年度)' }),
    region: regionCode.optional().meta({ description: 'whose units report: the city, or a district for its own 镇街; default your scope' }),
    levels: levels.default(['district']).meta({ description: 'the levels that report; a self-assessment is filled by 区县 only' }),
    metrics: z
      .array(rankingMetric)
      .max(MAX_METRICS)
      .default([])
      .meta({ description: "the figures asked for (statistics campaigns): Kepu's own figures or indicator kind codes" }),
    evidenceRequired: z.array(rankingMetric).max(MAX_METRICS).default([]).meta({ description: 'the figures that need an attachment as evidence' }),
    deadline: isoDate.meta({ description: 'the last day units may submit (Asia/Shanghai)' }),
    instructions: instructions.default(''),
    jumpThreshold: z.number().int().min(1).max(1000).default(30).meta({ description: 'flag a change from last year of more than this many percent' }),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'statistics' && value.metrics.length === 0)
      ctx.addIssue(bilingualIssue(['metrics'], { zh: '请至少选择一项填报指标', en: 'ask for at least one figure' }));
    if (value.kind === 'assessment' && value.metrics.length > 0)
      ctx.addIssue(
        bilingualIssue(['metrics'], { zh: '自评的项目来自评价标准，不能另选指标', en: 'a self-assessment asks for the criteria of the catalogue' }),
      );
    if (new Set(value.metrics).size !== value.metrics.length)
      ctx.addIssue(bilingualIssue(['metrics'], { zh: '指标不能重复', en: 'each figure once' }));
    const asked = new Set(value.metrics);
    value.evidenceRequired.forEach((metric, index) => {
      if (!asked.has(metric))
        ctx.addIssue(bilingualIssue(['evidenceRequired', index], { zh: '不是本次填报的指标', en: 'not one of the figures asked for' }));
    });
  })
  .meta({ id: 'CreateCampaign' });
export type CreateCampaign = z.infer<typeof CreateCampaignBody>;

export const UpdateCampaignBody = z
  .strictObject({
    name: campaignName,
    deadline: isoDate,
    instructions,
    status: campaignStatus.schema.meta({ description: 'closed: no more saving or submitting' }),
  })
  .partial()
  .superRefine(nonEmptyPatch)
  .meta({ id: 'UpdateCampaign' });
export type UpdateCampaign = z.infer<typeof UpdateCampaignBody>;

export const CampaignItem = z
  .object({
    key: figureKey,
    metric: rankingMetric.nullable().meta({ description: 'the figure that measures it; null for an item scored with evidence' }),
    label: itemLabel,
    unit: unitText.nullable(),
    definition: itemDefinition.meta({ description: '口径: what the figure counts' }),
    evidenceRequired: z.boolean(),
    group: criterionGroup.nullable().meta({ description: 'self-assessment: the criteria group' }),
    weight: z.number().nullable().meta({ description: 'self-assessment: the points the criterion is worth' }),
    comparator: comparator.schema.nullable(),
    threshold: z.number().nullable().meta({ description: 'self-assessment: the value to reach; for an evidence item 1 (达标)' }),
  })
  .meta({ id: 'CampaignItem' });
export type CampaignItem = z.infer<typeof CampaignItem>;

export const statusCounts = z.object(
  Object.fromEntries(submissionStatus.values.map((status) => [status, z.number().int()])) as Record<SubmissionStatus, z.ZodNumber>,
);

export const CampaignResponse = z
  .object({
    name: stored(campaignName),
    kind: campaignKind.schema,
    year: z.number().int(),
    regionCode,
    regionName: regionFullName,
    levels: stored(levels),
    items: z.array(CampaignItem).max(MAX_CAMPAIGN_ITEMS),
    deadline: isoDate,
    instructions: stored(instructions),
    jumpThreshold: z.number().int(),
    status: campaignStatus.schema,
    createdByName: userName,
    counts: statusCounts.extend({ overdue: z.number().int(), total: z.number().int() }),
    ...recordMeta,
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof CampaignResponse>;

export const CampaignPage = pageOf(CampaignResponse).meta({ id: 'CampaignPage' });
export const ListCampaignsQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  kind: campaignKind.schema.optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
});

export const RegionRef = z.object({ code: regionCode, name: regionName, fullName: regionFullName });

export const SubmissionSummary = z
  .object({
    id,
    campaignId: id,
    campaignName: stored(campaignName),
    kind: campaignKind.schema,
    year: z.number().int(),
    deadline: isoDate,
    region: RegionRef,
    status: submissionStatus.schema,
    overdue: z.boolean().meta({ description: 'the deadline has passed and it is neither submitted nor approved' }),
    remindedAt: isoDateTime.nullable().meta({ description: 'when the level above last sent a reminder (催报)' }),
    submittedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    version: z.number().int(),
    figures: z
      .record(figureKey, z.number().nullable())
      .meta({ description: 'the values saved so far, per item key (none before the first save; the records’ figures fill the rest on submit)' }),
  })
  .meta({ id: 'SubmissionSummary' });
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

export const inboxRole = labelledEnum({ fill: '待我填报', review: '待我审核' });

export const ListSubmissionsQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  role: inboxRole.schema.optional().meta({ description: 'fill: your own unit’s; review: those you review; default both' }),
  campaign: id.optional(),
  status: submissionStatus.schema.optional(),
});
export const SubmissionPage = pageOf(SubmissionSummary).meta({ id: 'SubmissionPage' });

// A check's label with the figures it compares, e.g. 与上年相比变化过大：上年 120，变化 85%（阈值 30%）.
export const SubmissionCheck = z.object({ code: reviewCheck.schema, message: z.string().max(200) });

export const SubmissionLine = z
  .object({
    item: CampaignItem,
    value: z.number().nullable().meta({ description: 'the reported value; before the first save, the records’ figure' }),
    qualifier: figureQualifier.schema.nullable(),
    reason: stored(SubmittedFigure.shape.reason),
    entered: z.boolean().meta({ description: 'the unit saved a value for it (false: prefilled from the records)' }),
    recordValue: z.number().nullable().meta({ description: "what Kepu's records give for the unit and year, now" }),
    recordUnknown: z.number().int().meta({ description: 'records counted that lack the value (未填报)' }),
    // A console path built from codes and dates, e.g. /indicators?region=500112&kind=funding_total&year=2024.
    recordLink: z.string().max(200).nullable().meta({ description: 'the console list that produces the records’ figure' }),
    previousValue: z.number().nullable().meta({ description: "last year's approved value, else last year's records" }),
    rollup: z
      .object({ value: z.number().nullable(), approved: z.number().int(), units: z.number().int() })
      .nullable()
      .meta({ description: "a 区县's submission: the sum of its approved 镇街 submissions" }),
    comment: stored(comment).nullable().meta({ description: "the reviewer's comment on this figure" }),
    checks: z.array(SubmissionCheck).max(reviewCheck.values.length),
    met: z.boolean().nullable().meta({ description: 'self-assessment: the criterion is met' }),
    score: z.number().nullable(),
  })
  .meta({ id: 'SubmissionLine' });
export type SubmissionLine = z.infer<typeof SubmissionLine>;

export const AttachmentResponse = z
  .object({
    id,
    itemKey: figureKey.nullable().meta({ description: 'the item it is evidence for; null for the submission as a whole' }),
    fileName: stored(attachmentFileName),
    // One of the evidence types (apps/api/src/reporting/evidence.ts); the XLSX one, 65 characters, is the longest.
    contentType: z.string().max(100).meta({ description: 'as read from the content, not the name' }),
    bytes: z.number().int(),
    sha256: z.string().length(64),
    uploadedByName: userName,
    createdAt: isoDateTime,
  })
  .meta({ id: 'Attachment' });

export const SubmissionResponse = SubmissionSummary.extend({
  campaign: CampaignResponse.pick({
    name: true,
    kind: true,
    year: true,
    deadline: true,
    instructions: true,
    status: true,
    jumpThreshold: true,
  }).extend({
    id,
  }),
  level: reportingLevel.schema,
  lines: z.array(SubmissionLine).max(MAX_CAMPAIGN_ITEMS),
  note: stored(note),
  generalComment: stored(comment).nullable().meta({ description: "the reviewer's comment on the whole submission" }),
  attachments: z.array(AttachmentResponse).max(MAX_ATTACHMENTS),
  submittedByName: userName.nullable(),
  reviewedAt: isoDateTime.nullable(),
  reviewedByName: userName.nullable(),
  may: z.object({ fill: z.boolean(), review: z.boolean(), reopen: z.boolean() }).meta({ description: 'what you may do with it now' }),
  assessment: z
    .object({
      score: z.number(),
      maxScore: z.number(),
      groups: z.array(z.object({ group: criterionGroup, score: z.number(), maxScore: z.number() })).max(MAX_CAMPAIGN_ITEMS),
      unmet: z.array(itemLabel).max(MAX_CAMPAIGN_ITEMS).meta({ description: 'the labels of the criteria not met' }),
    })
    .nullable(),
}).meta({ id: 'Submission' });
export type Submission = z.infer<typeof SubmissionResponse>;

export const SaveSubmissionBody = z
  .strictObject({
    figures: z.record(figureKey, SubmittedFigure).default({}),
    note: note.optional(),
  })
  .meta({ id: 'SaveSubmission' });
export type SaveSubmission = z.input<typeof SaveSubmissionBody>;

export const ReviewSubmissionBody = z
  .strictObject({
    decision: z.enum(['approve', 'return']),
    comments: z.record(figureKey, comment).default({}).meta({ description: 'per item key; `general` for the whole submission' }),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'return' && Object.keys(value.comments).length === 0)
      ctx.addIssue(bilingualIssue(['comments'], { zh: '退回时请至少写一条意见', en: 'say what to correct when returning' }));
  })
  .meta({ id: 'ReviewSubmission' });
export type ReviewSubmission = z.infer<typeof ReviewSubmissionBody>;

export const ReopenSubmissionBody = z.strictObject({ reason: text(1000).min(1) }).meta({ id: 'ReopenSubmission' });

export const RemindBody = z
  .strictObject({ regions: z.array(regionCode).max(2000).optional().meta({ description: 'default: every unit not yet submitted' }) })
  .meta({ id: 'Remind' });
export const RemindResponse = z.object({
  reminded: z.number().int(),
  channel: z
    .enum(['console', 'mail'])
    .meta({ description: 'console: shown in the units’ console inbox (users have no mail address in Kepu, so reminders are not mailed yet)' }),
});

export const ProgressQuery = z.strictObject({ format: z.enum(['json', 'xlsx', 'csv']).default('json') });

export const ProgressResponse = z
  .object({
    campaignId: id,
    counts: statusCounts.extend({ overdue: z.number().int(), total: z.number().int() }),
    // <level>.<item key>: township. and a key of at most 80.
    totals: z.record(z.string().max(100), z.object({ value: z.number().nullable(), approved: z.number().int() })).meta({
      description:
        'per item key, the sum over the approved submissions listed of each level (区县 and 镇街 apart: `district.events`, `township.events`)',
    }),
    items: z.array(SubmissionSummary).max(regionTreeBounds.districtsAndTownships).meta({ description: 'one per unit that reports' }),
  })
  .meta({ id: 'CampaignProgress' });
export type CampaignProgress = z.infer<typeof ProgressResponse>;

export const AttachmentParams = z.strictObject({ id, attachmentId: id });
export const UploadAttachmentQuery = z.strictObject({
  fileName: attachmentFileName,
  item: figureKey.optional().meta({ description: 'the item key it is evidence for' }),
});

export const SubmissionReportQuery = z.strictObject({ format: z.enum(['pdf', 'xlsx']).default('pdf') });

/** A 全国科普示范区 criterion as the catalogue keeps it. */
const criterionFields = {
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,47}$/, { abort: true })
    .max(48)
    .meta({ description: 'stable code, lower snake case', example: 'funding_per_capita' }),
  group: criterionGroupInput.meta({ example: '科普投入' }),
  name: criterionName,
  weight: z.number().min(0).max(100),
  metric: rankingMetric.nullable().meta({ description: 'the figure that measures it; null: scored with evidence (达标/未达标)' }),
  comparator: comparator.schema.default('gte'),
  threshold: z.number().min(0).max(1e13).nullable().meta({ description: 'the value to reach; null for an evidence criterion' }),
  unit: text(20).nullable().default(null),
  definition: criterionDefinition.default(''),
  position: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
};

const thresholdWithMetric = (value: { metric?: string | null; threshold?: number | null }, ctx: z.RefinementCtx) => {
  if (value.metric && (value.threshold === null || value.threshold === undefined))
    ctx.addIssue(bilingualIssue(['threshold'], { zh: '按数据评价的标准须填写达标值', en: 'a measured criterion needs a threshold' }));
};

export const CreateCriterionBody = z.strictObject(criterionFields).superRefine(thresholdWithMetric).meta({ id: 'CreateAssessmentCriterion' });
export const UpdateCriterionBody = z
  .strictObject(criterionFields)
  .omit({ code: true })
  .partial()
  .superRefine(nonEmptyPatch)
  .meta({ id: 'UpdateAssessmentCriterion' });
export const CriterionResponse = z
  .object({
    code: criterionFields.code,
    group: criterionGroup,
    name: stored(criterionName),
    weight: z.number(),
    metric: stored(criterionFields.metric),
    comparator: comparator.schema,
    threshold: z.number().nullable(),
    unit: stored(criterionFields.unit),
    definition: stored(criterionDefinition),
    position: z.number().int(),
    active: z.boolean(),
    ...recordMeta,
  })
  .meta({ id: 'AssessmentCriterion' });
export const CriterionList = z.object({ items: z.array(CriterionResponse).max(MAX_CRITERIA) }).meta({ id: 'AssessmentCriterionList' });
export const CriterionParams = z.strictObject({ code: criterionFields.code });
export type Criterion = z.infer<typeof CriterionResponse>;
export type CreateCriterion = z.infer<typeof CreateCriterionBody>;
export type UpdateCriterion = z.infer<typeof UpdateCriterionBody>;

/** Whether a value reaches a threshold. */
export const meets = (value: number | null, comparatorCode: Comparator, threshold: number | null) =>
  value !== null && threshold !== null && (comparatorCode === 'gte' ? value >= threshold : value <= threshold);
