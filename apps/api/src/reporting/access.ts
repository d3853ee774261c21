import { regionParentCode } from '@kepu/domain';
import { findRegion } from '../kernel/regions.js';
import { AppError, problem } from '../kernel/errors.js';
import type { Principal } from '../kernel/principal.js';

/**
 * Who may do what with a submission, along the region tree: a unit fills its own (the user whose
 * scope is that unit), the level directly above reviews and reopens it. Everyone whose scope contains
 * the unit reads it.
 */
export const mayFill = (principal: Principal, unit: string) =>
  principal.kind === 'user' && principal.permissions.has('reporting:fill') && principal.scopeRegionCode === unit;

export const mayReview = (principal: Principal, unit: string) =>
  principal.kind === 'user' && principal.permissions.has('reporting:review') && regionParentCode(unit) === principal.scopeRegionCode;

const nameOf = async (code: string | null) => (code ? ((await findRegion(code))?.fullName ?? code) : '—');

export async function assertMayFill(principal: Principal, unit: string) {
  if (mayFill(principal, unit)) return;
  throw new AppError(problem('notYourUnit', { unit: await nameOf(unit), scope: await nameOf(principal.scopeRegionCode) }));
}

export async function assertMayReview(principal: Principal, unit: string) {
  if (mayReview(principal, unit)) return;
  throw new AppError(problem('reviewLevelAbove', { parent: await nameOf(regionParentCode(unit)) }));
}
