import { schema, type Executor } from '@kepu/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { StoredFigures } from './lines.js';

const { reportingCampaigns, reportingSubmissions } = schema;

export interface ApprovedFigure {
  value: number;
  /** The campaign it was approved in, as a report names its source. */
  campaign: string;
}

/**
 * The figures of approved statistics submissions of `year` for the regions, per `${region}/${key}`
 * (keys are figures and indicator kinds). Where two campaigns of a year asked the same figure, the
 * later approval wins.
 */
export async function approvedFigures(db: Executor, regions: readonly string[], year: number): Promise<Map<string, ApprovedFigure>> {
  if (regions.length === 0) return new Map();
  const rows = await db
    .select({ regionCode: reportingSubmissions.regionCode, figures: reportingSubmissions.figures, campaign: reportingCampaigns.name })
    .from(reportingSubmissions)
    .innerJoin(reportingCampaigns, eq(reportingCampaigns.id, reportingSubmissions.campaignId))
    .where(
      and(
        eq(reportingCampaigns.kind, 'statistics'),
        eq(reportingCampaigns.year, year),
        isNull(reportingCampaigns.deletedAt),
        eq(reportingSubmissions.status, 'approved'),
        inArray(reportingSubmissions.regionCode, [...regions]),
      ),
    )
    .orderBy(reportingSubmissions.reviewedAt);
  const figures = new Map<string, ApprovedFigure>();
  for (const row of rows)
    for (const [key, figure] of Object.entries(row.figures as StoredFigures))
      if (figure.value !== null) figures.set(`${row.regionCode}/${key}`, { value: figure.value, campaign: row.campaign });
  return figures;
}
