// China has kept UTC+8 without daylight saving since 1991, so Asia/Shanghai is a fixed offset.
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/** An instant as ISO 8601 in Asia/Shanghai, e.g. `2024-09-15T09:30:00+08:00`. */
export function toShanghaiIso(instant: Date): string {
  return new Date(instant.getTime() + shanghaiOffsetMs).toISOString().slice(0, 19) + '+08:00';
}

/** Midnight at the start of a calendar date (YYYY-MM-DD) in Asia/Shanghai. */
export function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The calendar date (YYYY-MM-DD) an instant falls on in Asia/Shanghai. */
export function toShanghaiDate(instant: Date): string {
  return toShanghaiIso(instant).slice(0, 10);
}
