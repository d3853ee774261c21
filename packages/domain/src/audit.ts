import { z } from 'zod';
import { recordEntity } from './access.js';
import { checkDateRange, dateRangeQuery, id, isoDateTime, pageOf } from './common.js';
import { regionCode } from './regions.js';

export const auditAction = z.enum([
  'create',
  'update',
  'delete',
  'restore',
  'revert',
  'purge',
  'import',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'api_key_create',
  'api_key_revoke',
  'secret_rotate',
  'submit',
  'approve',
  'return',
  'reopen',
  'remind',
]);

export const AuditEntryResponse = z
  .object({
    id: z.number().int(),
    at: isoDateTime,
    actorType: z.enum(['user', 'api_key', 'system']),
    actorId: z.uuid().nullable(),
    actorLabel: z.string(),
    ip: z.string().nullable(),
    action: auditAction,
    entity: z.string(),
    entityId: z.string().nullable(),
    regionCode,
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).meta({ description: 'field → { from, to }' }),
    after: z.record(z.string(), z.unknown()).nullable().meta({ description: 'the record as it was after this change' }),
  })
  .meta({ id: 'AuditEntry' });

export const ListAuditQuery = z
  .strictObject({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
    region: regionCode.optional(),
    entity: z.string().max(40).optional(),
    entityId: z.string().max(64).optional(),
    actorId: id.optional(),
    action: auditAction.optional(),
    ...dateRangeQuery,
  })
  .superRefine(checkDateRange);

export const AuditPage = pageOf(AuditEntryResponse).meta({ id: 'AuditPage' });
export const AuditHistory = z.object({ items: z.array(AuditEntryResponse) }).meta({ id: 'AuditHistory' });

export const RevertBody = z.strictObject({ auditId: z.number().int().min(1).meta({ description: 'the history entry whose result to go back to' }) });

export const TrashQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  entity: recordEntity.optional(),
  region: regionCode.optional(),
});

export const TrashItem = z
  .object({ entity: recordEntity, id, name: z.string(), regionCode, version: z.number().int(), deletedAt: isoDateTime })
  .meta({ id: 'TrashItem' });
export const TrashPage = pageOf(TrashItem).meta({ id: 'TrashPage' });
export const TrashParams = z.strictObject({ entity: recordEntity, id });

export type AuditEntry = z.infer<typeof AuditEntryResponse>;
export type AuditAction = z.infer<typeof auditAction>;
export type TrashItem = z.infer<typeof TrashItem>;
