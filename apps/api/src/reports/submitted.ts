import type { Executor } from '@kepu/db';
import { approvedFigures, type ApprovedFigure } from '../reporting/index.js';

/**
 * Reports take a figure from the region's approved submissions (统计填报) only where the records give
 * none: nothing reported (null), or nothing recorded at all (0 with no record lacking the value).
 * Wherever the records have a figure, it stands.
 */
export const recordsLack = (value: number | null, unknown: number) => value === null || (value === 0 && unknown === 0);

/** What a report cell taken from a submission says about its source. */
export const submittedSource = (approved: ApprovedFigure) => `填报：${approved.campaign}（已审核通过；记录中无此数）`;

/** The submission item a report row answers: Kepu's own figures by name (`events`), indicators by kind (`indicators.funding_total`). */
const submissionKeyOf = (rowKey: string) => (rowKey.startsWith('indicators.') ? rowKey.slice('indicators.'.length) : rowKey);

/** The approved figure of a region and year for a report row, if the row needs one (see `recordsLack`). */
export async function submittedFigures(db: Executor, region: string, year: number) {
  const figures = await approvedFigures(db, [region], year);
  return (rowKey: string, value: number | null, unknown: number): ApprovedFigure | undefined => {
    const approved = figures.get(`${region}/${submissionKeyOf(rowKey)}`);
    return approved && recordsLack(value, unknown) && !(value === 0 && approved.value === 0) ? approved : undefined;
  };
}
