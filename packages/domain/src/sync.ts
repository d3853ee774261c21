import { z } from 'zod';
import type { RecordEntity } from './access.js';
import { id, isoDateTime, recordMeta } from './common.js';
import { recordSchemas } from './tables.js';

export const MAX_SYNC_LIMIT = 1000;

/** Opaque; longer than any cursor the API makes, so anything else is refused before it is decoded. */
const syncCursor = z.string().min(1).max(64);

export const SyncQuery = z.strictObject({
  cursor: syncCursor
    .optional()
    .meta({ description: 'the `cursor` of the previous answer, sent back unchanged; leave it out to start from the beginning' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_SYNC_LIMIT)
    .default(100)
    .meta({ description: 'changes read per page; several changes of one record come back as one item, so a page may hold fewer items' }),
});

const changedAt = isoDateTime.meta({ description: 'when the latest change this item reflects was made' });

/** A record to create or replace as it is now; `version` is also its `record.version`. */
const syncUpsert = <T extends z.ZodType>(record: T) => z.object({ action: z.literal('upsert'), id, version: recordMeta.version, changedAt, record });

/** A record to forget: deleted, purged, or moved out of the caller's region scope. */
const SyncDelete = z.object({ action: z.literal('delete'), id, changedAt });

function syncPageOf<T extends z.ZodType>(record: T, name: string) {
  return z
    .object({
      items: z.array(z.discriminatedUnion('action', [syncUpsert(record), SyncDelete])).max(MAX_SYNC_LIMIT),
      cursor: syncCursor.meta({ description: 'store it once the items are applied, and send it with the next request' }),
      hasMore: z.boolean().meta({ description: 'true when more changes can be read now; false when you are up to date' }),
    })
    .meta({ id: `${name}SyncPage` });
}

/** Each record type's page of `GET /api/v1/sync/{entity}`: items carry the record in its usual response shape. */
export const syncPages = {
  organisations: syncPageOf(recordSchemas.organisations.response, 'Organisation'),
  venues: syncPageOf(recordSchemas.venues.response, 'Venue'),
  events: syncPageOf(recordSchemas.events.response, 'Event'),
  summaries: syncPageOf(recordSchemas.summaries.response, 'Summary'),
  designations: syncPageOf(recordSchemas.designations.response, 'Designation'),
  indicators: syncPageOf(recordSchemas.indicators.response, 'Indicator'),
} as const satisfies Record<RecordEntity, z.ZodType>;

export type SyncPage<E extends RecordEntity> = z.infer<(typeof syncPages)[E]>;
