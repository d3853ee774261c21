import { Problem } from '@kepu/domain';

/** Problem responses for the given statuses, for a route's `response` schema. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, Problem])) as Record<number, typeof Problem>;
}
