import { z } from 'zod';
import { recordEntity } from './access.js';
import { checkDateRange, dateRangeQuery, fieldName, id, isoDateTime, MAX_PAGE_SIZE, name, pageOf, stored } from './common.js';
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

/** The newest entries a record's history answers; the audit log (GET /api/v1/audit?entity=&entityId=) pages through all. */
export const MAX_HISTORY = 1000;

/** What an entry is about: a record type, or another kind of thing Kepu audits (api-keys, dictionary …). */
const auditEntity = z.string().max(40);
/** A record's id, or a dictionary entry's <kind>/<code> (at most 66 characters). */
const auditEntityId = z.string().max(100);
/** Who acted: a username (at most 40 characters), an API key's `name (prefix)` (at most 113) or `anonymous`. */
const actorLabel = z.string().max(200);
/** The address a request came from: at most 45 characters (IPv6); the audit log cuts longer text, which is no address. */
export const auditAddressLength = 64;

export const AuditEntryResponse = z
  .object({
    id: z.number().int(),
    at: isoDateTime,
    actorType: z.enum(['user', 'api_key', 'system']),
    actorId: id.nullable(),
    actorLabel,
    ip: z.string().max(auditAddressLength).nullable(),
    action: auditAction,
    entity: auditEntity,
    entityId: auditEntityId.nullable(),
    regionCode,
    changes: z.record(fieldName, z.object({ from: z.unknown(), to: z.unknown() })).meta({ description: 'field → { from, to }' }),
    after: z.record(fieldName, z.unknown()).nullable().meta({ description: 'the record as it was after this change' }),
  })
  .meta({ id: 'AuditEntry' });

export const ListAuditQuery = z
  .strictObject({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
    region: regionCode.optional(),
    entity: auditEntity.optional(),
    entityId: auditEntityId.optional(),
    actorId: id.optional(),
    action: auditAction.optional(),
    ...dateRangeQuery,
  })
  .superRefine(checkDateRange);

export const AuditPage = pageOf(AuditEntryResponse).meta({ id: 'AuditPage' });
export const AuditHistory = z.object({ items: z.array(AuditEntryResponse).max(MAX_HISTORY) }).meta({ id: 'AuditHistory' });

export const RevertBody = z.strictObject({ auditId: z.number().int().min(1).meta({ description: 'the history entry whose result to go back to' }) });

export const TrashQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
  entity: recordEntity.optional(),
  region: regionCode.optional(),
});

export const TrashItem = z
  // A record's name or title, or an indicator's `<year> <kind>`.
  .object({ entity: recordEntity, id, name: stored(name), regionCode, version: z.number().int(), deletedAt: isoDateTime })
  .meta({ id: 'TrashItem' });
export const TrashPage = pageOf(TrashItem).meta({ id: 'TrashPage' });
export const TrashParams = z.strictObject({ entity: recordEntity, id });

export type AuditEntry = z.infer<typeof AuditEntryResponse>;
export type AuditAction = z.infer<typeof auditAction>;
export type TrashItem = z.infer<typeof TrashItem>;
