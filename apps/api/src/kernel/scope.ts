import { isInRegionSubtree } from '@kepu/domain';
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { inSubtree } from './regions.js';
import { AppError, problem } from './errors.js';
import type { Principal } from './principal.js';

/** The condition that keeps a query inside the caller's region subtree. */
export const withinScope = (principal: Principal, column: PgColumn): SQL => inSubtree(column, principal.scopeRegionCode);

export const isInScope = (principal: Principal, regionCode: string) => isInRegionSubtree(regionCode, principal.scopeRegionCode);

const scopeActions = { change: { zh: '修改', en: 'change' }, see: { zh: '查看', en: 'see' } };

/** Why a region the caller named is refused, for the field that named it. */
export const outsideScope = (principal: Principal) => ({
  zh: `不在您的权限范围（${principal.scopeRegionCode}）之内`,
  en: `outside your scope ${principal.scopeRegionCode}`,
});

/** Writes may only place records inside the caller's subtree, and figures are only read for it. */
export function assertInScope(principal: Principal, regionCode: string, field: string, action: 'change' | 'see' = 'change') {
  if (!isInScope(principal, regionCode)) {
    throw new AppError(problem('outOfScope', { action: scopeActions[action] }), {
      errors: [{ field, message: outsideScope(principal) }],
    });
  }
}
