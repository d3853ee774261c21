import type { RecordEntity } from './access.js';

/**
 * The change log's vocabulary (table `change_log`): what partner sync and webhooks follow.
 * Record changes are logged by the database for every write of a record.
 */
export const recordChangeActions = ['created', 'updated', 'deleted', 'restored', 'purged'] as const;
export type RecordChangeAction = (typeof recordChangeActions)[number];

/** Application events, logged by the API in the transaction of the event, per collection as named in URLs. */
export const applicationChanges = {
  imports: ['committed'],
  'export-runs': ['succeeded', 'failed'],
  submissions: ['submitted', 'approved', 'returned', 'reopened'],
} as const;
export type ApplicationChangeEntity = keyof typeof applicationChanges;
export type ApplicationChangeAction<E extends ApplicationChangeEntity = ApplicationChangeEntity> = (typeof applicationChanges)[E][number];

export type ChangeEntity = RecordEntity | ApplicationChangeEntity;
export type ChangeAction = RecordChangeAction | ApplicationChangeAction;
