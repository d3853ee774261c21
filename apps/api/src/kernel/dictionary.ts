import {
  dictionaryKind,
  dictionaryKindOf,
  dictionaryOf,
  recordFieldLists,
  toShanghaiIso,
  isOfficialEntry,
  type DictionaryEntry,
  type DictionaryKind,
  type RecordEntity,
} from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { asc, inArray } from 'drizzle-orm';
import type { FieldError } from './errors.js';

const { dictionaryEntries } = schema;
type DictionaryEntryRow = typeof dictionaryEntries.$inferSelect;

export const toDictionaryEntry = (row: DictionaryEntryRow): DictionaryEntry => ({
  kind: row.kind as DictionaryKind,
  code: row.code,
  labelZh: row.labelZh,
  labelEn: row.labelEn,
  parentCode: row.parentCode,
  unit: row.unit,
  measure: row.measure as DictionaryEntry['measure'],
  definition: row.definition,
  active: row.active,
  official: isOfficialEntry(row.kind as DictionaryKind, row.code),
  createdAt: toShanghaiIso(row.createdAt),
  updatedAt: toShanghaiIso(row.updatedAt),
});

/**
 * How long a read of the dictionary may be reused for labels (stats, reports, exports, the OpenAPI
 * document). Another replica's edit shows within this; this process's own edits at once. Writes
 * never use it: a record's codes are checked against the table in the write's transaction.
 */
const LABELS_FRESH_MS = 2000;
let cached: { at: number; entries: Promise<DictionaryEntry[]> } | null = null;
let lastRead: { entries: DictionaryEntry[]; json: string } | undefined;

async function readEntries(executor: Executor, kinds?: readonly DictionaryKind[]): Promise<DictionaryEntry[]> {
  const rows = await executor
    .select()
    .from(dictionaryEntries)
    .where(kinds ? inArray(dictionaryEntries.kind, [...kinds]) : undefined)
    .orderBy(asc(dictionaryEntries.kind), asc(dictionaryEntries.position));
  return rows.map(toDictionaryEntry);
}

/**
 * Every entry, in display order, for labelling what is stored; at most `LABELS_FRESH_MS` old. A read
 * that finds the entries as they were answers the same array, so what was built from it (kept stats
 * answers) can tell by identity that no label changed.
 */
export function dictionaryEntriesFor(executor: Executor): Promise<DictionaryEntry[]> {
  const now = Date.now();
  if (!cached || now - cached.at > LABELS_FRESH_MS) {
    const entries = readEntries(executor).then((read) => {
      const json = JSON.stringify(read);
      if (lastRead?.json !== json) lastRead = { entries: read, json };
      return lastRead.entries;
    });
    cached = { at: now, entries };
    entries.catch(() => (cached = null));
  }
  return cached.entries;
}

/** Called after an entry changes, so this process labels with it at once. */
export function dictionaryChanged() {
  cached = null;
}

const fieldsByEntity = new Map<RecordEntity, { field: string; kind: DictionaryKind }[]>();

/** The fields of an entity that hold dictionary codes, with their dictionary; found once per entity (an import asks for every row). */
function dictionaryFields(entity: RecordEntity) {
  let fields = fieldsByEntity.get(entity);
  if (!fields) {
    fields = Object.keys(recordFieldLists[entity]).flatMap((field) => {
      const kind = dictionaryKindOf(entity, field);
      return kind ? [{ field, kind }] : [];
    });
    fieldsByEntity.set(entity, fields);
  }
  return fields;
}

/**
 * The entries of the dictionaries an entity's fields use, as the table holds them now in `executor`'s
 * transaction: what a write checks its codes and rules against (a venue reads venue types only).
 */
export const currentDictionaryOf = (executor: Executor, entity: RecordEntity) =>
  readEntries(
    executor,
    dictionaryFields(entity).map(({ kind }) => kind),
  );

/**
 * What is wrong with the dictionary codes of a record about to be stored: a code that is not an
 * entry, or one that is retired (kept where a record already holds it, refused anywhere new).
 */
export function dictionaryCodeErrors(
  entity: RecordEntity,
  record: Record<string, unknown>,
  dictionary: readonly DictionaryEntry[],
  stored?: Record<string, unknown>,
): FieldError[] {
  return dictionaryFields(entity).flatMap(({ field, kind }) => {
    const code = record[field];
    if (typeof code !== 'string') return [];
    const entries = dictionaryOf(dictionary, kind);
    const entry = entries.get(code);
    const name = dictionaryKind.labels[kind];
    if (!entry) {
      const choices = entries.entries
        .filter((candidate) => candidate.active)
        .map((candidate) => `${candidate.code}（${candidate.labelZh}）`)
        .join('、');
      return [
        {
          field: `body.${field}`,
          message: { zh: `“${code}”不是${name}字典中的条目，可选：${choices}`, en: `"${code}" is not an entry of the ${kind} dictionary` },
        },
      ];
    }
    if (!entry.active && stored?.[field] !== code)
      return [
        {
          field: `body.${field}`,
          message: { zh: `${name}“${entry.labelZh}”已停用，请选择其他条目`, en: `the ${kind} entry ${code} is retired; choose another` },
        },
      ];
    return [];
  });
}
