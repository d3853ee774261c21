import { auditAddressLength, clip, type AuditAction } from '@kepu/domain';
import { insertStatements, runInTurn, schema, type Executor } from '@kepu/db';
import type { Principal } from '../principal.js';

const { auditLog } = schema;

/** Who did it and from where; sign-in failures have no principal yet. */
export interface Actor {
  principal: Principal | null;
  ip: string;
  label?: string;
}

type Snapshot = Record<string, unknown> | null;

const ignoredFields = new Set(['version', 'updatedAt', 'createdAt']);

/** The fields whose value differs between two snapshots, as { from, to }. */
export function changesBetween(before: Snapshot, after: Snapshot): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  // A creation, whose entry stores no changes (recordAudits): every field it has is one, nothing to compare.
  if (before === null) {
    for (const field in after) if (!ignoredFields.has(field) && (after[field] ?? null) !== null) changes[field] = { from: null, to: after[field] };
    return changes;
  }
  for (const field of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    if (ignoredFields.has(field)) continue;
    const from = before?.[field] ?? null;
    const to = after?.[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export interface AuditChange {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  regionCode: string;
  before?: Snapshot;
  after?: Snapshot;
}

/** The statements writing audit entries, to run in the transaction of the changes they record. */
export function auditStatements(actor: Actor, entries: AuditChange[]) {
  const rows = entries.map((entry) => ({
    actorType: actor.principal?.kind ?? ('system' as const),
    actorId: actor.principal?.id ?? null,
    actorLabel: actor.principal?.label ?? actor.label ?? 'anonymous',
    ip: clip(actor.ip, auditAddressLength),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    regionCode: entry.regionCode,
    // A creation's changes are its `after` again: the reader derives them (toAuditEntry).
    changes: entry.before ? changesBetween(entry.before, entry.after ?? null) : null,
    after: entry.after ?? null,
  }));
  return insertStatements(auditLog, rows);
}

/** Writes audit entries; call it with the transaction of the changes it records. */
export const recordAudits = (executor: Executor, actor: Actor, entries: AuditChange[]) => runInTurn(executor, auditStatements(actor, entries));

/** Writes one audit entry; call it with the transaction of the change it records. */
export const recordAudit = (executor: Executor, actor: Actor, entry: AuditChange) => recordAudits(executor, actor, [entry]);
