import { schema, type Executor } from '@kepu/db';
import type { CampaignItem, CreateCampaign } from '@kepu/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { unprocessable, type FieldError } from '../kernel/errors.js';
import { describeMetric, unknownMetric } from '../stats/index.js';

const { assessmentCriteria } = schema;

/** The items of a statistics campaign: each figure asked for, with its label, unit and 口径 as they are today. */
async function statisticsItems(db: Executor, body: CreateCampaign): Promise<CampaignItem[]> {
  const errors: FieldError[] = [];
  const items: CampaignItem[] = [];
  for (const [index, metric] of body.metrics.entries()) {
    const description = await describeMetric(db, metric);
    if (!description) {
      errors.push({
        field: `body.metrics.${index}`,
        message: unknownMetric(metric),
      });
      continue;
    }
    items.push({
      key: metric,
      metric,
      label: description.label,
      unit: description.unit,
      definition: description.definition,
      evidenceRequired: body.evidenceRequired.includes(metric),
      group: null,
      weight: null,
      comparator: null,
      threshold: null,
    });
  }
  if (errors.length > 0) throw unprocessable(errors);
  return items;
}

/** The items of a self-assessment: the active criteria of the catalogue, in its order. Evidence criteria need evidence. */
async function assessmentItems(db: Executor): Promise<CampaignItem[]> {
  const criteria = await db
    .select()
    .from(assessmentCriteria)
    .where(and(isNull(assessmentCriteria.deletedAt), eq(assessmentCriteria.active, true)))
    .orderBy(asc(assessmentCriteria.position), asc(assessmentCriteria.code));
  if (criteria.length === 0)
    throw unprocessable([
      { field: 'body.kind', message: { zh: '评价标准目录中没有启用的标准', en: 'the criteria catalogue has no active criterion' } },
    ]);
  return criteria.map((criterion) => ({
    key: criterion.code,
    metric: criterion.metric,
    label: criterion.name,
    unit: criterion.unit,
    definition: criterion.definition,
    evidenceRequired: criterion.metric === null,
    group: criterion.groupName,
    weight: criterion.weight,
    comparator: criterion.comparator as 'gte' | 'lte',
    threshold: criterion.metric === null ? 1 : criterion.threshold,
  }));
}

export const campaignItems = (db: Executor, body: CreateCampaign) => (body.kind === 'assessment' ? assessmentItems(db) : statisticsItems(db, body));
