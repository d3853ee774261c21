import type { RecordEntity } from '@kepu/domain';

/** A request's query parameters, part of its key. */
type QueryParams = Readonly<Record<string, unknown>>;

/**
 * Every TanStack Query key the console uses, one factory per resource. Queries build their keys
 * here and mutations invalidate through the same factories, so a writer cannot miss a reader:
 * invalidating `recordKeys.entity('events')` reaches every events list, search, record and history.
 * Kept in one file rather than per feature because writes cross features (restoring from the trash
 * refreshes a list and the dashboard; saving a record refreshes the figures).
 */
export const sessionKeys = {
  current: ['session'] as const,
};

export const regionKeys = {
  all: ['regions'] as const,
  detail: (code: string | null | undefined) => [...regionKeys.all, 'detail', code] as const,
  children: (code: string) => [...regionKeys.all, 'children', code] as const,
  search: (params: QueryParams) => [...regionKeys.all, 'search', params] as const,
};

export const recordKeys = {
  all: ['records'] as const,
  entity: (entity: RecordEntity) => [...recordKeys.all, entity] as const,
  list: (entity: RecordEntity, params: QueryParams) => [...recordKeys.entity(entity), 'list', params] as const,
  search: (entity: RecordEntity, text: string) => [...recordKeys.entity(entity), 'search', text] as const,
  detail: (entity: RecordEntity, id: string) => [...recordKeys.entity(entity), 'detail', id] as const,
  history: (entity: RecordEntity, id: string) => [...recordKeys.detail(entity, id), 'history'] as const,
};

export const statsKeys = {
  all: ['stats'] as const,
  figure: (path: string, params: QueryParams) => [...statsKeys.all, path, params] as const,
};

export const trashKeys = {
  all: ['trash'] as const,
  list: (params: QueryParams) => [...trashKeys.all, 'list', params] as const,
};

export const userKeys = {
  all: ['users'] as const,
  list: (params: QueryParams) => [...userKeys.all, 'list', params] as const,
};

export const apiKeyKeys = {
  all: ['api-keys'] as const,
  list: (params: QueryParams) => [...apiKeyKeys.all, 'list', params] as const,
};

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (params: QueryParams) => [...webhookKeys.all, 'list', params] as const,
  deliveries: (id: string, params: QueryParams) => [...webhookKeys.all, id, 'deliveries', params] as const,
};

export const scheduleKeys = {
  all: ['export-schedules'] as const,
  list: (params: QueryParams) => [...scheduleKeys.all, 'list', params] as const,
  runs: (id: string, params: QueryParams) => [...scheduleKeys.all, id, 'runs', params] as const,
};

export const settingsKeys = {
  mail: ['settings', 'mail'] as const,
};

export const dictionaryKeys = {
  all: ['dictionary'] as const,
};

export const reportingKeys = {
  all: ['reporting'] as const,
  campaigns: (params: QueryParams) => [...reportingKeys.all, 'campaigns', params] as const,
  campaign: (id: string) => [...reportingKeys.all, 'campaign', id] as const,
  progress: (id: string) => [...reportingKeys.campaign(id), 'progress'] as const,
  submissions: (params: QueryParams) => [...reportingKeys.all, 'submissions', params] as const,
  submission: (id: string) => [...reportingKeys.all, 'submission', id] as const,
  criteria: () => [...reportingKeys.all, 'criteria'] as const,
  /** What a submission's change moves besides the submission itself: campaign lists, campaigns with their progress, inboxes. */
  aroundSubmissions: () => [
    [...reportingKeys.all, 'campaigns'],
    [...reportingKeys.all, 'campaign'],
    [...reportingKeys.all, 'submissions'],
  ],
};
