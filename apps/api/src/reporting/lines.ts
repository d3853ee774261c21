import { schema, type Executor } from '@kepu/db';
import {
  meets,
  parseHonourMetric,
  regionLevelOf,
  reviewCheck,
  type CampaignItem,
  type FigureQualifier,
  type Region,
  type StatsPeriod,
  type SubmissionLine,
} from '@kepu/domain';
import { and, eq, inArray, like } from 'drizzle-orm';
import { subtreePattern } from '../kernel/regions.js';
import { describeMetric, unitValues, yearPeriod, type ChildValue } from '../stats/index.js';

const { reportingCampaigns, reportingSubmissions } = schema;

/** A figure as a submission stores it. */
export interface StoredFigure {
  value: number | null;
  qualifier: FigureQualifier | null;
  reason: string | null;
  /** What the records gave when the unit saved it: the reviewer sees what was changed, even after the records move on. */
  recordValue: number | null;
}
export type StoredFigures = Record<string, StoredFigure>;

/** The console list that produces a figure of the records, for the unit and year. */
export function recordLink(metric: string | null, region: string, period: StatsPeriod): string | null {
  if (!metric) return null;
  const dates = `from=${period.from}&to=${period.to}`;
  const honour = parseHonourMetric(metric);
  if (honour) return `/designations?region=${region}&kind=${honour.kind}&level=${honour.level}&validOn=${period.asOf}`;
  switch (metric) {
    case 'events':
    case 'attendance':
    case 'participants':
    case 'onlineViews':
    case 'eventVolunteers':
    case 'eventsPer10k':
    case 'attendancePer10k':
      return `/events?region=${region}&${dates}&status=completed`;
    case 'organisations':
    case 'members':
    case 'registeredVolunteers':
    case 'townshipCoverage':
    case 'villageCoverage':
      return `/organisations?region=${region}`;
    case 'venues':
    case 'venuesPer10k':
      return `/venues?region=${region}&status=open`;
    case 'fundingPerCapita':
      return `/indicators?region=${region}&kind=funding_total,resident_population`;
    default:
      return `/indicators?region=${region}&kind=${metric}&year=${period.year}`;
  }
}

/** The sums of a district's approved 镇街 submissions of one campaign, per item, and how many of how many are approved. */
export async function rollupOf(db: Executor, campaignId: string, district: string) {
  const rows = await db
    .select({ status: reportingSubmissions.status, figures: reportingSubmissions.figures, regionCode: reportingSubmissions.regionCode })
    .from(reportingSubmissions)
    .where(and(eq(reportingSubmissions.campaignId, campaignId), like(reportingSubmissions.regionCode, subtreePattern(district))));
  const townships = rows.filter((row) => regionLevelOf(row.regionCode) === 'township');
  const approved = townships.filter((row) => row.status === 'approved');
  const sums = new Map<string, number | null>();
  for (const row of approved) {
    for (const [key, figure] of Object.entries(row.figures as StoredFigures)) {
      if (figure.value === null) {
        if (!sums.has(key)) sums.set(key, null);
        continue;
      }
      sums.set(key, (sums.get(key) ?? 0) + figure.value);
    }
  }
  return { units: townships.length, approved: approved.length, sums };
}

/** Last year's approved values of the unit, from campaigns of the same kind, per item key. */
async function lastYearsApproved(db: Executor, kind: string, year: number, region: string): Promise<Map<string, number | null>> {
  const rows = await db
    .select({ figures: reportingSubmissions.figures })
    .from(reportingSubmissions)
    .innerJoin(reportingCampaigns, eq(reportingCampaigns.id, reportingSubmissions.campaignId))
    .where(
      and(
        eq(reportingCampaigns.kind, kind),
        eq(reportingCampaigns.year, year - 1),
        eq(reportingSubmissions.regionCode, region),
        inArray(reportingSubmissions.status, ['approved']),
      ),
    );
  const values = new Map<string, number | null>();
  for (const row of rows) for (const [key, figure] of Object.entries(row.figures as StoredFigures)) values.set(key, figure.value);
  return values;
}

export interface LineContext {
  campaign: { id: string; kind: string; year: number; jumpThreshold: number; items: CampaignItem[]; levels: string[] };
  unit: Region;
  figures: StoredFigures;
  comments: Record<string, string>;
  /** Item keys that have evidence attached. */
  evidence: ReadonlySet<string>;
}

const nothing: ChildValue = { value: null, unknown: 0 };

/** The records' figures of the unit for each item of the campaign (and, with `previous`, last year's). */
export async function recordFigures(db: Executor, items: readonly CampaignItem[], unit: Region, year: number, previous = false) {
  const period = yearPeriod(year);
  const values = new Map<string, ChildValue>();
  for (const item of items) {
    if (!item.metric) continue;
    values.set(item.key, (await unitValues(db, [unit], period, item.metric, previous)).get(unit.code) ?? nothing);
  }
  return values;
}

const percent = (value: number) => `${Math.round(value * 10) / 10}%`;

/** Each item of a submission as the unit and its reviewer see it: value, the records' figure, last year, the roll-up and the checks. */
export async function submissionLines(db: Executor, context: LineContext): Promise<SubmissionLine[]> {
  const { campaign, unit, figures, comments, evidence } = context;
  const period = yearPeriod(campaign.year);
  const [records, approvedBefore, recordsBefore] = await Promise.all([
    recordFigures(db, campaign.items, unit, campaign.year),
    lastYearsApproved(db, campaign.kind, campaign.year, unit.code),
    recordFigures(db, campaign.items, unit, campaign.year, true),
  ]);
  const rollup = unit.level === 'district' && campaign.levels.includes('township') ? await rollupOf(db, campaign.id, unit.code) : null;
  const lines: SubmissionLine[] = [];
  for (const item of campaign.items) {
    const record = records.get(item.key) ?? nothing;
    const stored = figures[item.key];
    const value = stored ? stored.value : record.value;
    const previousValue = approvedBefore.has(item.key) ? (approvedBefore.get(item.key) ?? null) : (recordsBefore.get(item.key)?.value ?? null);
    const additive = item.metric ? ((await describeMetric(db, item.metric))?.additive ?? false) : false;
    const checks: SubmissionLine['checks'] = [];
    const children = rollup?.sums.get(item.key);
    if (additive && rollup && rollup.approved > 0 && children !== undefined && children !== null && value !== null && value < children)
      checks.push({ code: 'below_children', message: `${reviewCheck.labels.below_children}：本级 ${value}，已通过的镇街合计 ${children}` });
    if (value !== null && previousValue !== null && previousValue > 0) {
      const change = ((value - previousValue) / previousValue) * 100;
      if (Math.abs(change) > campaign.jumpThreshold)
        checks.push({
          code: 'jump',
          message: `${reviewCheck.labels.jump}：上年 ${previousValue}，变化 ${percent(change)}（阈值 ${campaign.jumpThreshold}%）`,
        });
    }
    if (item.evidenceRequired && !evidence.has(item.key)) checks.push({ code: 'missing_evidence', message: reviewCheck.labels.missing_evidence });
    if (stored && item.metric && record.value !== null && stored.value !== record.value && !stored.reason)
      checks.push({ code: 'changed_without_reason', message: `${reviewCheck.labels.changed_without_reason}（记录数据 ${record.value}）` });
    const assessed = campaign.kind === 'assessment' ? assessItem(item, value, evidence.has(item.key)) : null;
    if (assessed && !assessed.met) checks.push({ code: 'not_met', message: reviewCheck.labels.not_met });
    lines.push({
      item,
      value,
      qualifier: stored?.qualifier ?? null,
      reason: stored?.reason ?? null,
      entered: stored !== undefined,
      recordValue: record.value,
      recordUnknown: record.unknown,
      recordLink: recordLink(item.metric, unit.code, period),
      previousValue,
      rollup: rollup ? { value: children ?? null, approved: rollup.approved, units: rollup.units } : null,
      comment: comments[item.key] ?? null,
      checks,
      met: assessed?.met ?? null,
      score: assessed?.score ?? null,
    });
  }
  return lines;
}

/**
 * A criterion's score: all its weight when met, none otherwise. A measured criterion is met when its
 * value reaches the threshold; an evidence criterion when the district says 达标 (1) and attaches evidence.
 */
export function assessItem(item: CampaignItem, value: number | null, hasEvidence: boolean) {
  const met = item.metric ? meets(value, item.comparator ?? 'gte', item.threshold) : value === 1 && hasEvidence;
  return { met, score: met ? (item.weight ?? 0) : 0 };
}

/** Scores per group, the total and the criteria not met. */
export function assessmentResult(lines: readonly SubmissionLine[]) {
  const groups = new Map<string, { score: number; maxScore: number }>();
  for (const line of lines) {
    const group = line.item.group ?? '其他';
    const totals = groups.get(group) ?? { score: 0, maxScore: 0 };
    totals.score += line.score ?? 0;
    totals.maxScore += line.item.weight ?? 0;
    groups.set(group, totals);
  }
  const all = [...groups.values()];
  return {
    score: all.reduce((sum, group) => sum + group.score, 0),
    maxScore: all.reduce((sum, group) => sum + group.maxScore, 0),
    groups: [...groups].map(([group, totals]) => ({ group, ...totals })),
    unmet: lines.filter((line) => line.met === false).map((line) => line.item.label),
  };
}
