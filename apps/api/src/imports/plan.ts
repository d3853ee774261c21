import {
  clip,
  IMPORT_PROBLEMS_SHOWN,
  importMessageLength,
  fieldLabel,
  issueText,
  recordMetaColumns,
  recordRules,
  type DictionaryEntry,
  regionAncestorCode,
  tableColumns,
  type ImportableEntity,
  type Language,
  type LocalText,
  type TableColumn,
} from '@kepu/domain';
import { naturalKey, regionIndex, schema, type Executor } from '@kepu/db';
import type { SheetRow } from '@kepu/sheets';
import { and, isNull, sql } from 'drizzle-orm';
import { hash, randomUUID } from 'node:crypto';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../kernel/principal.js';
import { missingRecord } from '../kernel/references.js';
import { isInScope, outsideScope, withinScope } from '../kernel/scope.js';
import { parentLoops } from '../organisations/index.js';
import { AppError, problem } from '../kernel/errors.js';
import { readCell, regionFinder } from './cells.js';
import { countedBySummary, placesEventAnew, summariesAbove, summaryCounting, type EventSlot } from '../summaries/index.js';
import { currentDictionaryOf, dictionaryCodeErrors } from '../kernel/dictionary.js';
import { importTargets } from './specs.js';

export interface RowProblem {
  row: number;
  column: string | null;
  /** Both languages until the summary is written in the uploader's. */
  message: LocalText;
}

export type PlannedAction = 'create' | 'update' | 'unchanged';

export interface PlannedRow {
  number: number;
  cells: SheetRow['cells'];
  action: PlannedAction | 'error';
  problems: RowProblem[];
  /** The columns to store (create and update). */
  values?: Record<string, unknown>;
  /** The record's id: the stored record's, or the one a created record gets (other rows may name it). */
  id: string;
  /** The stored record the row matched. */
  existing?: StoredRecord;
}

/**
 * A file being planned: its header, read and checked before anything else, then its rows a batch
 * at a time. Each batch is read, matched and checked only when asked for and can be dropped once
 * used, so memory holds one batch of rows and the keys seen so far, not the file.
 */
export interface ImportPlan {
  header: string[];
  batches: AsyncGenerator<PlannedRow[]>;
}

/** What the rows of a plan came to: counts by action and the first problems (all a summary or a refusal shows). */
export interface PlanTally {
  rows: number;
  counts: Record<PlannedAction | 'error', number>;
  problems: RowProblem[];
  problemCount: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lookupChunk = 5000;
/**
 * Rows planned together: each batch costs a handful of set-based statements (its stored matches, the
 * names not seen before, the summaries over it; on commit one insert, one update, one audit insert),
 * little per row at this size, while its rows, matches and JSON documents stay a few MiB.
 */
const batchRows = 2000;
/** The problems a tally keeps: the summary shows the first 200, a refused commit the first 50. */
const problemsKept = Math.max(IMPORT_PROBLEMS_SHOWN, 50);

/** File-level problems (headers) are a 422 naming the column; nothing is planned. */
function headerProblem(message: LocalText): AppError {
  return new AppError(problem('importHeaders'), { errors: [{ field: 'file.header', message }] });
}

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join('、');

/** Which column each header names; unknown, repeated and missing required headers stop the import. */
function mapHeader(entity: ImportableEntity, header: SheetRow['cells']): (TableColumn | null)[] {
  const columns = tableColumns(entity);
  const known = [...columns, ...recordMetaColumns];
  const names = header.map((cell) => (cell === null ? '' : String(cell).trim()));
  const mapped = names.map((name) => known.find((column) => column.header === name || column.name === name));
  const unknown = names.filter((name, index) => name !== '' && !mapped[index]);
  if (unknown.length > 0) {
    const template = columns.map((column) => column.header).join('、');
    throw headerProblem({
      zh: `模板中没有 ${quoted(unknown)} 列；模板的列为 ${template}`,
      en: `unknown column ${quoted(unknown)}; the template's columns are ${template}`,
    });
  }
  const seen = new Set<string>();
  for (const column of mapped) {
    if (!column) continue;
    if (seen.has(column.name)) throw headerProblem({ zh: `"${column.header}" 列出现了两次`, en: `column "${column.header}" appears twice` });
    seen.add(column.name);
  }
  const missing = columns.filter((column) => column.required && !seen.has(column.name));
  if (missing.length > 0) {
    const names = quoted(missing.map((column) => column.header));
    throw headerProblem({ zh: `缺少必填列 ${names}`, en: `missing required column ${names}` });
  }
  // Exports add id and timestamps; an import reads past them.
  return mapped.map((column) => (column && columns.includes(column) ? column : null));
}

/** A record a reference cell may name: a stored one, or a new one a row of the file creates (`row`). */
type Named = { id: string; name: string; regionCode: string; row?: number };

/** Live records of `table` in the caller's scope whose name is among `names`, grouped by name. */
async function recordsNamed(executor: Executor, table: typeof schema.organisations | typeof schema.venues, names: Set<string>, principal: Principal) {
  const found = new Map<string, Named[]>();
  const list = [...names];
  for (let start = 0; start < list.length; start += lookupChunk) {
    // One array parameter, so the plan is the name index's, not a list of thousands of literals.
    const rows = await executor
      .select({ id: table.id, name: table.name, regionCode: table.regionCode })
      .from(table)
      .where(
        and(
          sql`${table.name} = any(${sql.param(list.slice(start, start + lookupChunk))}::text[])`,
          isNull(table.deletedAt),
          withinScope(principal, table.regionCode),
        ),
      );
    for (const row of rows) found.set(row.name, [...(found.get(row.name) ?? []), row]);
  }
  return found;
}

/** Which of `ids` are live records of `table` in the caller's scope, as the API's `requireLive` asks. */
async function liveIds(executor: Executor, table: typeof schema.organisations | typeof schema.venues, ids: string[], principal: Principal) {
  if (ids.length === 0) return new Set<string>();
  const rows = await executor
    .select({ id: table.id })
    .from(table)
    .where(and(sql`${table.id} = any(${sql.param(ids)}::uuid[])`, isNull(table.deletedAt), withinScope(principal, table.regionCode)));
  return new Set(rows.map((row) => row.id));
}

/** What reference cells may name: records by name (grouped), and the ids written that name a record. */
type Candidates = { byName: Map<string, Named[]>; ids: Set<string> };

/**
 * Adds the file's own rows to the stored records a name may mean, so that a row may name one above
 * or below it. A row that matches a stored record is that record, one candidate; a new row is a
 * namesake like any other, so a name shared by a stored record and a new row (in the same district)
 * is two records, answered as `resolveName` answers any two: write the id.
 */
function withRowsOfFile(stored: Map<string, Named[]>, drafts: Draft[], nameField: string): Map<string, Named[]> {
  const candidates = new Map(stored);
  for (const { id, input, row, existing } of drafts) {
    const name = input[nameField];
    if (typeof name !== 'string') continue;
    const namesakes = candidates.get(name) ?? [];
    if (namesakes.some((candidate) => candidate.id === id)) continue;
    const regionCode = typeof input.regionCode === 'string' ? input.regionCode : '';
    candidates.set(name, [...namesakes, { id, name, regionCode, ...(existing ? {} : { row: row.number }) }]);
  }
  return candidates;
}

/** Resolves a reference by id or by name, preferring a namesake in the same district as the row. */
function resolveName(found: Candidates, text: string, regionCode: string | undefined): { id: string } | { problem: LocalText } {
  if (uuidPattern.test(text)) {
    const id = text.toLowerCase();
    return found.ids.has(id) ? { id } : { problem: missingRecord(id) };
  }
  const candidates = found.byName.get(text) ?? [];
  const district = regionCode && regionAncestorCode(regionCode, 'district');
  const near = candidates.length > 1 && district ? candidates.filter((candidate) => candidate.regionCode.startsWith(district)) : candidates;
  if (near.length === 1) return { id: (near[0] as Named).id };
  if (near.length === 0) return { problem: { zh: `在您的权限范围内找不到名为“${text}”的记录`, en: `no record named "${text}" in your scope` } };
  const rows = near.flatMap((candidate) => (candidate.row ? [candidate.row] : []));
  return {
    problem: {
      zh: `有 ${near.length} 条记录名为“${text}”${rows.length > 0 ? `（含本文件第 ${rows.join('、')} 行）` : ''}，请改填编号`,
      en: `${near.length} records are named "${text}"${rows.length > 0 ? ` (row ${rows.join(', ')} of this file among them)` : ''}; write the id (编号) instead`,
    },
  };
}

const instantOf = (value: unknown) => (value instanceof Date ? value.getTime() : new Date(value as string).getTime());

const sameValue = (stored: unknown, incoming: unknown): boolean => {
  if (stored instanceof Date || incoming instanceof Date) return instantOf(stored) === instantOf(incoming);
  if (Array.isArray(stored) || Array.isArray(incoming)) return JSON.stringify(stored ?? []) === JSON.stringify(incoming ?? []);
  return (stored ?? null) === (incoming ?? null);
};

type StoredRecord = Record<string, unknown> & { id: string; version: number; regionCode: string };

/** A row on its way through the plan's steps. */
interface Draft {
  row: SheetRow;
  /** What the cells say, by field; reference cells hold names until they are resolved to ids. */
  input: Record<string, unknown>;
  problems: RowProblem[];
  /** The record the row writes: the stored one it matches, else the id a new record will get. */
  id: string;
  existing?: StoredRecord;
  values?: Record<string, unknown>;
}

/** Reads a row's cells by column kind, finding regions and checking them against the caller's scope. */
function cellReader(
  entity: ImportableEntity,
  columns: (TableColumn | null)[],
  findRegion: ReturnType<typeof regionFinder>,
  principal: Principal,
  dictionary: readonly DictionaryEntry[],
) {
  return (row: SheetRow): Draft => {
    const input: Record<string, unknown> = {};
    const problems: RowProblem[] = [];
    columns.forEach((column, index) => {
      const raw = row.cells[index] ?? null;
      if (!column || raw === null || String(raw).trim() === '') return;
      const reading = readCell(entity, column, raw, dictionary);
      if ('problem' in reading) return problems.push({ row: row.number, column: column.header, message: reading.problem });
      if (column.kind === 'region') {
        const region = findRegion(String(reading.value));
        if ('problem' in region) return problems.push({ row: row.number, column: column.header, message: region.problem });
        if (!isInScope(principal, region.code)) {
          const outside = outsideScope(principal);
          return problems.push({
            row: row.number,
            column: column.header,
            message: { zh: `${region.code} ${outside.zh}`, en: `${region.code} is ${outside.en}` },
          });
        }
        input[column.name] = region.code;
      } else {
        input[column.name] = reading.value;
      }
    });
    return { row, input, problems, id: randomUUID() };
  };
}

/**
 * Stored records that share a natural key with an incoming row: the same name in the same region
 * (the index on name and region answers it), or for organisations the same credit code citywide.
 */
async function storedMatches(executor: Executor, entity: ImportableEntity, drafts: Draft[], lock: boolean): Promise<Map<string, StoredRecord>> {
  const target = importTargets[entity];
  const table = target.spec.table as typeof schema.organisations;
  const nameColumn = (target.spec.table as unknown as Record<string, PgColumn>)[target.nameField] as PgColumn;
  const keyed = drafts.filter(({ input }) => typeof input[target.nameField] === 'string' && typeof input.regionCode === 'string');
  const codes =
    entity === 'organisations' ? drafts.map(({ input }) => input.creditCode).filter((code): code is string => typeof code === 'string') : [];
  const stored = new Map<string, StoredRecord>();
  const remember = (found: Record<string, unknown>[]) => {
    for (const record of found as StoredRecord[]) {
      for (const key of target.naturalKeys(record)) if (!stored.has(key)) stored.set(key, record);
    }
  };
  for (let start = 0; start < keyed.length; start += lookupChunk) {
    const keys = keyed.slice(start, start + lookupChunk).map(({ input }) => `${String(input.regionCode)}/${String(input[target.nameField])}`);
    const query = executor
      .select()
      .from(table)
      // `in (select unnest …)` probes the natural-key index once per key; `= any(…)` would have the planner
      // weigh each of the thousands of keys against the statistics first (25 ms a batch).
      .where(and(isNull(table.deletedAt), sql`${naturalKey(table.regionCode, nameColumn)} in (select unnest(${sql.param(keys)}::text[]))`));
    remember(lock ? await query.for('update') : await query);
  }
  for (let start = 0; start < codes.length; start += lookupChunk) {
    const query = executor
      .select()
      .from(table)
      .where(
        and(isNull(table.deletedAt), sql`${schema.organisations.creditCode} = any(${sql.param(codes.slice(start, start + lookupChunk))}::text[])`),
      );
    remember(lock ? await query.for('update') : await query);
  }
  return stored;
}

/** The first row of this batch with each natural key, the record it writes (rows may name it), and the key's digest. */
type FirstInBatch = Map<string, { row: number; id: string; digest: string }>;
/**
 * The first row of the file with each natural key, over the batches planned before, by the key's
 * digest: about 90 bytes a key instead of 400 for the key (with the cells it was made from) and the
 * record's id, which only rows of the same batch can name (a file naming its own entity is planned
 * in one batch).
 */
type FirstInFile = Map<string, number>;
const keyDigest = (key: string) => hash('sha1', key, 'base64');

/**
 * Which record each row writes, before any reference is resolved, so that rows can name each other
 * in any order: the stored record with the row's natural key, else a new one. A second row with the
 * key of an earlier row (of this batch or an earlier one) is the same record again, and an error.
 */
function identify(
  entity: ImportableEntity,
  drafts: Draft[],
  stored: Map<string, StoredRecord>,
  principal: Principal,
  earlierBatches: FirstInFile,
  thisBatch: FirstInBatch,
) {
  for (const draft of drafts) {
    const { row, problems } = draft;
    const keys = importTargets[entity].naturalKeys(draft.input);
    draft.existing = keys.map((key) => stored.get(key)).find(Boolean);
    // A row whose cells could not be read still names its stored record, but is no second row of one.
    if (problems.length > 0) {
      draft.id = draft.existing?.id ?? draft.id;
      continue;
    }
    const digests = keys.map(keyDigest);
    const earlier = keys
      .map((key, index) => {
        const earlierRow = earlierBatches.get(digests[index] as string);
        return earlierRow === undefined ? thisBatch.get(key) : { row: earlierRow, id: undefined };
      })
      .find(Boolean);
    draft.id = draft.existing?.id ?? earlier?.id ?? draft.id;
    if (earlier)
      problems.push({
        row: row.number,
        column: null,
        message: { zh: `与第 ${earlier.row} 行是同一条记录`, en: `the same record as row ${earlier.row}` },
      });
    keys.forEach((key, index) => {
      const digest = digests[index] as string;
      if (!earlierBatches.has(digest) && !thisBatch.has(key)) thisBatch.set(key, { row: row.number, id: draft.id, digest });
    });
    if (draft.existing && !isInScope(principal, draft.existing.regionCode)) {
      problems.push({
        row: row.number,
        column: null,
        message: {
          zh: `与您权限范围之外的一条记录（${draft.existing.regionCode}）重复`,
          en: `matches a record outside your scope (${draft.existing.regionCode})`,
        },
      });
    }
  }
}

/**
 * Locks the stored records a planned batch updates and tells whether they are still as the plan read
 * them. Only these are locked: a record the import leaves as it is needs no protection, and locking
 * every matched one writes to each of them (an unchanged re-import of 100,000 events matches all).
 */
async function lockUpdated(executor: Executor, entity: ImportableEntity, rows: PlannedRow[]): Promise<boolean> {
  const read = new Map(rows.flatMap((row) => (row.action === 'update' && row.existing ? [[row.existing.id, row.existing.version]] : [])));
  if (read.size === 0) return true;
  const table = importTargets[entity].spec.table as typeof schema.organisations;
  const locked = await executor
    .select({ id: table.id, version: table.version })
    .from(table)
    .where(and(sql`${table.id} = any(${sql.param([...read.keys()])}::uuid[])`, isNull(table.deletedAt)))
    .for('update');
  return locked.length === read.size && locked.every((row) => read.get(row.id) === row.version);
}

const referenceColumnsOf = (columns: (TableColumn | null)[]) =>
  columns.filter(
    (column): column is TableColumn & { references: 'organisations' | 'venues' } =>
      column?.references === 'organisations' || column?.references === 'venues',
  );

/** Columns naming records of the file's own entity (an organisation's 上级组织): those may be rows of the same file. */
export const ownReferenceColumns = (entity: ImportableEntity) => tableColumns(entity).filter((column) => column.references === entity);

/** The ids a reference cell holds once resolved (names before). */
const referencesIn = (draft: Draft, column: TableColumn) => [draft.input[column.name] ?? []].flat() as string[];

type Lookup = (referenced: 'organisations' | 'venues', texts: Set<string>) => Promise<Candidates>;

/**
 * Looks up what reference cells name, remembering the answers for later batches: a file names the
 * same few hundred organisers thousands of times. Remembering is sound because a batched import
 * never writes the table it refers to (a file naming its own entity is planned as one batch).
 */
function referenceLookup(executor: Executor, principal: Principal): Lookup {
  const known = {
    organisations: { byName: new Map<string, Named[]>(), live: new Map<string, boolean>() },
    venues: { byName: new Map<string, Named[]>(), live: new Map<string, boolean>() },
  };
  return async (referenced, texts) => {
    const { byName, live } = known[referenced];
    const names = new Set([...texts].filter((text) => !byName.has(text)));
    const stored = await recordsNamed(executor, schema[referenced], names, principal);
    for (const name of names) byName.set(name, stored.get(name) ?? []);
    const ids = [...texts].filter((text) => uuidPattern.test(text)).map((text) => text.toLowerCase());
    const unknown = ids.filter((id) => !live.has(id));
    const found = await liveIds(executor, schema[referenced], unknown, principal);
    for (const id of unknown) live.set(id, found.has(id));
    return {
      byName: new Map([...texts].map((text) => [text, byName.get(text) ?? []])),
      ids: new Set(ids.filter((id) => live.get(id))),
    };
  };
}

/**
 * Replaces the names in reference cells by ids: of stored records in the caller's scope, or, when a
 * column refers to the file's own entity (an organisation's 上级组织), of the file's rows too.
 */
async function resolveReferences(entity: ImportableEntity, columns: (TableColumn | null)[], drafts: Draft[], lookup: Lookup) {
  const referenceColumns = referenceColumnsOf(columns);
  const candidates = async (referenced: 'organisations' | 'venues'): Promise<Candidates> => {
    const texts = new Set(
      referenceColumns
        .filter((column) => column.references === referenced)
        .flatMap((column) => drafts.flatMap((draft) => referencesIn(draft, column))),
    );
    const found = await lookup(referenced, texts);
    return referenced === entity ? { ...found, byName: withRowsOfFile(found.byName, drafts, importTargets[entity].nameField) } : found;
  };
  const named = { organisations: await candidates('organisations'), venues: await candidates('venues') };
  for (const { row, input, problems } of drafts) {
    for (const column of referenceColumns) {
      if (input[column.name] === undefined) continue;
      const resolved = ([input[column.name]].flat() as string[]).map((text) =>
        resolveName(named[column.references], text, input.regionCode as string | undefined),
      );
      const problem = resolved.find((item) => 'problem' in item);
      if (problem && 'problem' in problem) problems.push({ row: row.number, column: column.header, message: problem.problem });
      const ids = resolved.map((item) => ('id' in item ? item.id : ''));
      input[column.name] = column.kind === 'referenceList' ? ids : ids[0];
    }
  }
}

/** The values to store as the schemas and the entity's rules accept them (a matched record's fields fill empty cells), or why not. */
function checkFields(entity: ImportableEntity, draft: Draft, dictionary: readonly DictionaryEntry[]) {
  const { spec } = importTargets[entity];
  const { row, input, existing, problems } = draft;
  if (problems.length > 0) return;
  const merged: Record<string, unknown> = existing
    ? { ...pickFields(spec.toResponse(existing) as Record<string, unknown>, entity), ...input }
    : input;
  const parsed = (spec.schemas.merged ?? spec.schemas.create).safeParse(merged, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.push({
        row: row.number,
        column: tableColumns(entity).find((column) => column.name === field)?.header ?? null,
        message: issueText(issue),
      });
    }
    return;
  }
  draft.values = spec.toColumns(parsed.data);
  for (const { field, message } of dictionaryCodeErrors(entity, draft.values, dictionary, existing))
    problems.push({ row: row.number, column: fieldLabel(field.replace(/^body\./, ''), 'zh'), message });
  for (const { field, message } of recordRules[entity]?.(draft.values, dictionary) ?? [])
    problems.push({ row: row.number, column: fieldLabel(field, 'zh'), message });
}

/** The API's rule that an organisation's parent chain does not loop, with every parent the file gives counted as set. */
async function refuseParentLoops(executor: Executor, drafts: Draft[]) {
  const withParent = drafts.filter((draft) => typeof draft.values?.parentId === 'string');
  const loops = await parentLoops(
    executor,
    withParent.map((draft) => ({ id: draft.id, parentId: draft.values?.parentId as string })),
  );
  for (const { id, row, problems } of withParent) {
    const loop = loops.get(id);
    if (loop) problems.push({ row: row.number, column: fieldLabel('parentId', 'zh'), message: loop });
  }
}

/** The API's rule that an event inside an activity summary's region, category and period is not entered again, for every row at once. */
async function refuseSummarisedEvents(executor: Executor, drafts: Draft[]) {
  const events = drafts.filter(
    (draft) =>
      draft.values && draft.problems.length === 0 && placesEventAnew(draft.existing as EventSlot | undefined, draft.values as unknown as EventSlot),
  );
  const covers = await summariesAbove(
    executor,
    [...new Set(events.map((draft) => draft.values?.regionCode as string))],
    [...new Set(events.map((draft) => draft.values?.category as string))],
  );
  if (covers.length === 0) return;
  for (const { values, row, problems } of events) {
    const counting = summaryCounting(covers, values as unknown as EventSlot);
    if (counting) problems.push({ row: row.number, column: fieldLabel('category', 'zh'), message: countedBySummary(counting) });
  }
}

/**
 * A row naming a row of the same file that has problems gets a problem too, and so on up the chain:
 * the import is all or nothing anyway, and the clerk sees which row to correct first.
 */
function refuseReferencesToFailedRows(entity: ImportableEntity, drafts: Draft[]) {
  const referrers = new Map<string, { draft: Draft; column: TableColumn }[]>();
  for (const column of ownReferenceColumns(entity)) {
    for (const draft of drafts) {
      for (const id of referencesIn(draft, column)) {
        const list = referrers.get(id) ?? [];
        referrers.set(id, list);
        list.push({ draft, column });
      }
    }
  }
  const failed = drafts.filter((draft) => draft.problems.length > 0);
  // The loop reaches the rows it adds, so a failure passes up every level.
  for (const { id, row } of failed) {
    for (const { draft, column } of referrers.get(id) ?? []) {
      if (draft.problems.length > 0) continue;
      draft.problems.push({
        row: draft.row.number,
        column: column.header,
        message: { zh: `所指的第 ${row.number} 行有错误，请先改正该行`, en: `names row ${row.number}, which has problems; correct that row first` },
      });
      failed.push(draft);
    }
  }
}

function plannedRow({ row, id, problems, values, existing }: Draft): PlannedRow {
  const action: PlannedRow['action'] =
    problems.length > 0
      ? 'error'
      : !existing
        ? 'create'
        : Object.entries(values ?? {}).every(([key, value]) => sameValue(existing[key], value))
          ? 'unchanged'
          : 'update';
  return { number: row.number, cells: row.cells, id, action, problems, ...(values ? { values } : {}), ...(existing ? { existing } : {}) };
}

const isBlank = (row: SheetRow) => !row.cells.some((cell) => cell !== null && String(cell).trim() !== '');

/**
 * Reads every row of a sheet against the domain schemas and the database: regions and references
 * by name or code (rows may name each other), the caller's scope, duplicates within the file, and
 * whether each row creates, updates or leaves a stored record as it is. With `lockIn`, the records a
 * batch updates are locked by that transaction, the commit's, which need not be the one `executor`
 * reads through: nothing the plan reads is written by the import it plans, as rows of one file that
 * share a key are found in memory and a file naming its own entity is planned before any write. The header is checked before this returns; the rows are planned a batch
 * at a time as `batches` is read, except when rows may name other rows of the file (organisations):
 * those are planned as one batch, so a name finds its row anywhere in the file and the commit can
 * insert a parent before the rows naming it.
 */
export async function planImport(
  executor: Executor,
  entity: ImportableEntity,
  rows: AsyncIterable<SheetRow> | Iterable<SheetRow>,
  principal: Principal,
  options: { lockIn?: Executor; batchRows?: number } = {},
): Promise<ImportPlan> {
  const source = (async function* () {
    for await (const row of rows) if (!isBlank(row)) yield row;
  })();
  const first = await source.next();
  if (first.done)
    throw new AppError(problem('importEmpty'), {
      errors: [{ field: 'file', message: { zh: '没有表头，也没有数据', en: 'no header row and no data' } }],
    });
  const headerRow = first.value;
  const columns = mapHeader(entity, headerRow.cells);
  const dictionary = await currentDictionaryOf(executor, entity);
  const readRow = cellReader(entity, columns, regionFinder(await regionIndex(), principal.scopeRegionCode), principal, dictionary);
  const lookup = referenceLookup(executor, principal);
  const firstOfKey: FirstInFile = new Map();
  const size = ownReferenceColumns(entity).length > 0 ? Infinity : (options.batchRows ?? batchRows);

  /**
   * Plans a batch. A commit (`lockIn` its transaction) then locks the records the batch updates and,
   * should one have changed since it was read, plans the batch again with every matched record locked
   * by the transaction as it is read (`lockingIn`).
   */
  async function planBatch(batch: SheetRow[], lockingIn?: Executor): Promise<PlannedRow[]> {
    const drafts = batch.map(readRow);
    const firstInBatch: FirstInBatch = new Map();
    const matches = await storedMatches(lockingIn ?? executor, entity, drafts, lockingIn !== undefined);
    identify(entity, drafts, matches, principal, firstOfKey, firstInBatch);
    await resolveReferences(entity, columns, drafts, lookup);
    for (const draft of drafts) checkFields(entity, draft, dictionary);
    if (entity === 'organisations') await refuseParentLoops(executor, drafts);
    if (entity === 'events') await refuseSummarisedEvents(executor, drafts);
    refuseReferencesToFailedRows(entity, drafts);
    const planned = drafts.map(plannedRow);
    if (options.lockIn && !lockingIn && !(await lockUpdated(options.lockIn, entity, planned))) return planBatch(batch, options.lockIn);
    for (const first of firstInBatch.values()) firstOfKey.set(first.digest, first.row);
    return planned;
  }

  async function* batches(): AsyncGenerator<PlannedRow[]> {
    let batch: SheetRow[] = [];
    for await (const row of source) {
      batch.push(row);
      if (batch.length >= size) {
        yield await planBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) yield await planBatch(batch);
  }

  return { header: headerRow.cells.map((cell) => (cell === null ? '' : String(cell))), batches: batches() };
}

export const emptyTally = (): PlanTally => ({ rows: 0, counts: { create: 0, update: 0, unchanged: 0, error: 0 }, problems: [], problemCount: 0 });

/** Adds a planned batch to a tally. */
export function tally(into: PlanTally, batch: PlannedRow[]) {
  for (const row of batch) {
    into.rows += 1;
    into.counts[row.action] += 1;
    into.problemCount += row.problems.length;
    for (const each of row.problems) if (into.problems.length < problemsKept) into.problems.push(each);
  }
}

/** Plans every row of a file, keeping only the tally (the dry run). */
export async function tallyPlan(plan: ImportPlan): Promise<PlanTally> {
  const result = emptyTally();
  for await (const batch of plan.batches) tally(result, batch);
  return result;
}

function pickFields(record: Record<string, unknown>, entity: ImportableEntity): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const { name } of tableColumns(entity)) if (record[name] !== null && record[name] !== undefined) fields[name] = record[name];
  return fields;
}

/** Counts by action plus the first problems in `language`, as the dry run and the commit report them; a message quoting a long cell is cut. */
export function summarise(plan: PlanTally, language: Language) {
  const shown = plan.problems
    .slice(0, IMPORT_PROBLEMS_SHOWN)
    .map((each) => ({ ...each, message: clip(each.message[language], importMessageLength) }));
  return { rows: plan.rows, ...plan.counts, problems: shown, problemCount: plan.problemCount };
}
