import { schema, type Executor } from '@kepu/db';
import { regionParentCode, toShanghaiDate, toShanghaiIso, type CampaignItem, type Region, type SubmissionStatus } from '@kepu/domain';
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { findRegion } from '../kernel/regions.js';
import { notFound } from '../kernel/errors.js';
import type { Principal } from '../kernel/principal.js';
import { withinScope } from '../kernel/scope.js';
import type { StoredFigures } from './lines.js';

const { reportingCampaigns, reportingSubmissions, users } = schema;
export type CampaignRow = typeof reportingCampaigns.$inferSelect;
export type SubmissionRow = typeof reportingSubmissions.$inferSelect;

/** The region and every region above it: the campaigns a unit answers were opened there. */
function ancestorsOf(code: string): string[] {
  const codes: string[] = [];
  for (let current: string | null = code; current; current = regionParentCode(current)) codes.push(current);
  return codes;
}

/** Campaigns the caller sees: opened in its scope, or above it (it reports to them). */
export const campaignVisible = (principal: Principal): SQL =>
  or(withinScope(principal, reportingCampaigns.regionCode), inArray(reportingCampaigns.regionCode, ancestorsOf(principal.scopeRegionCode))) as SQL;

export const today = () => toShanghaiDate(new Date());

/** Whether a unit is late: the deadline has passed and nothing is with the reviewer or approved. */
export const isOverdue = (status: string, deadline: string) => deadline < today() && !['submitted', 'approved'].includes(status);

export async function findCampaign(executor: Executor, principal: Principal, id: string, lock = false) {
  const query = executor
    .select()
    .from(reportingCampaigns)
    .where(and(eq(reportingCampaigns.id, id), isNull(reportingCampaigns.deletedAt), campaignVisible(principal)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('campaigns');
  return row;
}

/** A submission the caller may read (its unit is in the caller's scope), with its campaign; `lock` holds the row for a change. */
export async function findSubmission(executor: Executor, principal: Principal, id: string, lock = false) {
  const query = executor
    .select({ submission: reportingSubmissions, campaign: reportingCampaigns })
    .from(reportingSubmissions)
    .innerJoin(reportingCampaigns, eq(reportingCampaigns.id, reportingSubmissions.campaignId))
    .where(
      and(
        eq(reportingSubmissions.id, id),
        isNull(reportingSubmissions.deletedAt),
        isNull(reportingCampaigns.deletedAt),
        withinScope(principal, reportingSubmissions.regionCode),
      ),
    );
  const [row] = lock ? await query.for('update', { of: reportingSubmissions }) : await query;
  if (!row) throw notFound('submissions');
  return row;
}

export async function unitOf(code: string): Promise<Region> {
  const region = await findRegion(code);
  if (!region) throw new Error(`a submission names an unknown region ${code}`);
  return region;
}

export const regionRef = async (code: string) => {
  const region = await unitOf(code);
  return { code: region.code, name: region.name, fullName: region.fullName };
};

export const itemsOf = (campaign: CampaignRow) => campaign.items as CampaignItem[];

/** The list row of a submission (inbox, progress). */
export async function submissionSummaries(executor: Executor, where: SQL, page: { limit: number; offset: number }) {
  const rows = await executor
    .select({ submission: reportingSubmissions, campaign: reportingCampaigns })
    .from(reportingSubmissions)
    .innerJoin(reportingCampaigns, eq(reportingCampaigns.id, reportingSubmissions.campaignId))
    .where(where)
    .orderBy(reportingCampaigns.deadline, reportingSubmissions.regionCode)
    .limit(page.limit)
    .offset(page.offset);
  return Promise.all(rows.map(({ submission, campaign }) => summaryOf(submission, campaign)));
}

export async function summaryOf(submission: SubmissionRow, campaign: CampaignRow) {
  return {
    id: submission.id,
    campaignId: campaign.id,
    campaignName: campaign.name,
    kind: campaign.kind as 'statistics' | 'assessment',
    year: campaign.year,
    deadline: campaign.deadline,
    region: await regionRef(submission.regionCode),
    status: submission.status as SubmissionStatus,
    overdue: isOverdue(submission.status, campaign.deadline),
    remindedAt: submission.remindedAt ? toShanghaiIso(submission.remindedAt) : null,
    submittedAt: submission.submittedAt ? toShanghaiIso(submission.submittedAt) : null,
    updatedAt: toShanghaiIso(submission.updatedAt),
    version: submission.version,
    figures: Object.fromEntries(Object.entries(submission.figures as StoredFigures).map(([key, figure]) => [key, figure.value])),
  };
}

/** Submissions of a campaign per status, how many are overdue, and how many there are, within a scope. */
export async function countsOf(executor: Executor, campaign: CampaignRow, scope?: SQL) {
  const rows = await executor
    .select({ status: reportingSubmissions.status, n: sql<number>`count(*)::int` })
    .from(reportingSubmissions)
    .where(and(eq(reportingSubmissions.campaignId, campaign.id), isNull(reportingSubmissions.deletedAt), scope))
    .groupBy(reportingSubmissions.status);
  const counts = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0, overdue: 0, total: 0 };
  for (const row of rows) {
    counts[row.status as SubmissionStatus] = row.n;
    counts.total += row.n;
    if (isOverdue(row.status, campaign.deadline)) counts.overdue += row.n;
  }
  return counts;
}

export const userNames = async (executor: Executor, ids: (string | null)[]) => {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await executor.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
};
