import { regionSubtreePrefix } from '@kepu/domain';
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { inSubtree } from '../regions/queries.js';
import { AppError } from '../shared/errors.js';
import type { Principal } from './principal.js';

/** The condition that keeps a query inside the caller's region subtree. */
export const withinScope = (principal: Principal, column: PgColumn): SQL => inSubtree(column, principal.scopeRegionCode);

export const isInScope = (principal: Principal, regionCode: string) => regionCode.startsWith(regionSubtreePrefix(principal.scopeRegionCode));

/** Writes may only place records inside the caller's subtree, and figures are only read for it. */
export function assertInScope(principal: Principal, regionCode: string, field: string, action: 'change' | 'see' = 'change') {
  if (!isInScope(principal, regionCode)) {
    throw new AppError(403, 'scope.forbidden', `This region is outside the area you may ${action}`, {
      errors: [{ field, message: `outside your scope ${principal.scopeRegionCode}` }],
    });
  }
}
