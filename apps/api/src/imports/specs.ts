import type { ImportableEntity } from '@kepu/domain';
import { eventsResource } from '../events/index.js';
import { organisationsResource } from '../organisations/index.js';
import type { ImportableSpec, ListQueryBase } from '../kernel/resource/spec.js';
import { venuesResource } from '../venues/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one table of three differently typed resources
type AnyImportable = ImportableSpec<any, any, ListQueryBase, any>;

export interface ImportTarget {
  spec: AnyImportable;
  /** The field whose values narrow the search for stored records. */
  nameField: 'name' | 'title';
  /**
   * Keys that identify the same record across imports, most specific first: a 统一社会信用代码 wins
   * over name and region. Stored rows and incoming rows produce them the same way.
   */
  naturalKeys(record: Record<string, unknown>): string[];
}

const instant = (value: unknown) => (value instanceof Date ? value.getTime() : Date.parse(String(value)));

export const importTargets: Record<ImportableEntity, ImportTarget> = {
  organisations: {
    spec: organisationsResource,
    nameField: 'name',
    naturalKeys: (record) => [
      ...(typeof record.creditCode === 'string' && record.creditCode ? [`code:${record.creditCode}`] : []),
      `name:${String(record.name)}|${String(record.regionCode)}`,
    ],
  },
  venues: {
    spec: venuesResource,
    nameField: 'name',
    naturalKeys: (record) => [`name:${String(record.name)}|${String(record.regionCode)}`],
  },
  events: {
    spec: eventsResource,
    nameField: 'title',
    naturalKeys: (record) => [`title:${String(record.title)}|${String(record.regionCode)}|${instant(record.startsAt)}`],
  },
};
