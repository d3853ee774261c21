import { toShanghaiDate, type LocalText } from '@kepu/domain';
import { queryRows, type Executor } from '@kepu/db';
import { sql } from 'drizzle-orm';

/**
 * A category's activities in a region and period are reported either one by one (events) or as a
 * total (a summary), never both: a summary counts in every figure exactly as its events would, so
 * an event inside a summary's region, category and period would count twice. The API refuses the
 * second of the two on write (422 naming the field), the import refuses the row, and the console
 * shows the refusal on the field. Cancelled events count nowhere, so they never conflict.
 */
export interface SummaryCover {
  title: string;
  regionCode: string;
  category: string;
  categoryLabel: string;
  periodFrom: string;
  periodTo: string;
}

/** Live summaries of `categories` recorded on any of `regions` or on a region above one of them. */
export async function summariesAbove(executor: Executor, regions: string[], categories: string[]): Promise<SummaryCover[]> {
  if (regions.length === 0 || categories.length === 0) return [];
  return queryRows<SummaryCover>(
    executor,
    sql`select title, region_code as "regionCode", category, label_zh as "categoryLabel", period_from::text as "periodFrom", period_to::text as "periodTo"
        from summaries join dictionary_entries on kind = category_kind and code = category
        where deleted_at is null and category = any(${sql.param(categories)}::text[])
          and exists (select 1 from unnest(${sql.param(regions)}::text[]) as region(code) where region.code like summaries.region_code || '%')`,
  );
}

export interface EventSlot {
  regionCode: string;
  category: string;
  startsAt: string | Date;
  status?: string | null | undefined;
}

/**
 * Whether a write places an event anew: a new event, or one moved in region, category, day or status.
 * Only those are checked, so an event stored before its summary can still have its title corrected.
 */
export function placesEventAnew(stored: EventSlot | undefined, event: EventSlot): boolean {
  if (!stored) return true;
  return (
    stored.regionCode !== event.regionCode ||
    stored.category !== event.category ||
    new Date(stored.startsAt).getTime() !== new Date(event.startsAt).getTime() ||
    stored.status !== event.status
  );
}

/** The summary that already counts this event's activities, if any. */
export function summaryCounting(covers: SummaryCover[], event: EventSlot): SummaryCover | undefined {
  if (event.status === 'cancelled') return undefined;
  const day = toShanghaiDate(new Date(event.startsAt));
  return covers.find(
    (cover) => cover.category === event.category && event.regionCode.startsWith(cover.regionCode) && cover.periodFrom <= day && day <= cover.periodTo,
  );
}

/** Why an event would be counted twice. */
export const countedBySummary = (cover: SummaryCover): LocalText => ({
  zh: `活动汇总“${cover.title}”（${cover.periodFrom} 至 ${cover.periodTo}）已计入本区划这段时间的${cover.categoryLabel}活动，再逐场录入会重复计数；请把这场活动的数字并入该汇总，或先把汇总的时段改到不含这一天`,
  en: `the activity summary "${cover.title}" (${cover.periodFrom} to ${cover.periodTo}) already counts this region's ${cover.category} activities then; entering this event as well would count it twice`,
});

/** Why a summary would count events already entered one by one, or null when it would not. */
export async function eventsAlreadyEntered(
  executor: Executor,
  summary: { regionCode: string; category: string; periodFrom: string; periodTo: string },
): Promise<LocalText | null> {
  const [found] = await queryRows<{ title: string; events: number; categoryLabel: string }>(
    executor,
    sql`select min(title) as title, count(*)::int as events, min(label_zh) as "categoryLabel"
        from events join dictionary_entries on kind = category_kind and code = category
        where deleted_at is null and status <> 'cancelled' and category = ${summary.category}
          and region_code like ${`${summary.regionCode}%`}
          and (starts_at at time zone 'Asia/Shanghai')::date between ${summary.periodFrom}::date and ${summary.periodTo}::date`,
  );
  if (!found || found.events === 0) return null;
  return {
    zh: `本区划在这段时间已逐场录入 ${found.events} 场${found.categoryLabel}活动（如“${found.title}”），汇总会与它们重复计数；请只汇总未逐场录入的活动（缩短时段或改到下级区划），或删除那些单场记录后再汇总`,
    en: `${found.events} ${summary.category} events in this region and period are already entered one by one (e.g. "${found.title}"); the summary would count them twice`,
  };
}
