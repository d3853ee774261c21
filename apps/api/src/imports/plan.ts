import {
  fieldLabel,
  issueText,
  recordMetaColumns,
  recordRules,
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
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Principal } from '../kernel/principal.js';
import { isInScope, outsideScope, withinScope } from '../kernel/scope.js';
import { parentLoop } from '../organisations/index.js';
import { AppError, problem } from '../kernel/errors.js';
import { readCell, regionFinder } from './cells.js';
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
  /** The stored record an update or unchanged row matched. */
  existing?: Record<string, unknown> & { id: string; version: number; regionCode: string };
}

export interface ImportPlan {
  header: string[];
  rows: PlannedRow[];
  counts: Record<PlannedAction | 'error', number>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lookupChunk = 5000;

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

type Named = { id: string; name: string; regionCode: string };

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

/** Resolves a reference by id or by name, preferring a namesake in the same district as the row. */
function resolveName(found: Map<string, Named[]>, text: string, regionCode: string | undefined): { id: string } | { problem: LocalText } {
  if (uuidPattern.test(text)) return { id: text.toLowerCase() };
  const candidates = found.get(text) ?? [];
  const district = regionCode && regionAncestorCode(regionCode, 'district');
  const near = candidates.length > 1 && district ? candidates.filter((candidate) => candidate.regionCode.startsWith(district)) : candidates;
  if (near.length === 1) return { id: (near[0] as Named).id };
  if (near.length === 0) return { problem: { zh: `在您的权限范围内找不到名为“${text}”的记录`, en: `no record named "${text}" in your scope` } };
  return {
    problem: {
      zh: `有 ${near.length} 条记录名为“${text}”，请改填编号`,
      en: `${near.length} records are named "${text}"; write the id (编号) instead`,
    },
  };
}

const sameValue = (stored: unknown, incoming: unknown): boolean => {
  if (stored instanceof Date || incoming instanceof Date) return new Date(stored as string).getTime() === new Date(incoming as string).getTime();
  if (Array.isArray(stored) || Array.isArray(incoming)) return JSON.stringify(stored ?? []) === JSON.stringify(incoming ?? []);
  return (stored ?? null) === (incoming ?? null);
};

/**
 * Reads every row of a sheet against the domain schemas and the database: regions and references
 * by name or code, the caller's scope, duplicates within the file, and whether each row creates,
 * updates or leaves a stored record as it is. With `lock`, matched records are locked for the commit.
 */
export async function planImport(
  executor: Executor,
  entity: ImportableEntity,
  rows: SheetRow[],
  principal: Principal,
  options: { lock?: boolean } = {},
): Promise<ImportPlan> {
  const target = importTargets[entity];
  const { spec } = target;
  const [headerRow, ...dataRows] = rows.filter((row) => row.cells.some((cell) => cell !== null && String(cell).trim() !== ''));
  if (!headerRow)
    throw new AppError(problem('importEmpty'), {
      errors: [{ field: 'file', message: { zh: '没有表头，也没有数据', en: 'no header row and no data' } }],
    });
  const columns = mapHeader(entity, headerRow.cells);
  const findRegion = regionFinder(await regionIndex(), principal.scopeRegionCode);

  // First pass: cells to values, collecting the names to look up in one query per table.
  const referenced = { organisations: new Set<string>(), venues: new Set<string>() };
  const drafts = dataRows.map((row) => {
    const input: Record<string, unknown> = {};
    const problems: RowProblem[] = [];
    columns.forEach((column, index) => {
      const raw = row.cells[index] ?? null;
      if (!column || raw === null || String(raw).trim() === '') return;
      const reading = readCell(entity, column, raw);
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
        if (column.references === 'organisations' || column.references === 'venues') {
          for (const name of [reading.value].flat() as string[]) referenced[column.references].add(name);
        }
      }
    });
    return { row, input, problems };
  });

  const organisationsNamed = await recordsNamed(executor, schema.organisations, referenced.organisations, principal);
  const venuesNamed = await recordsNamed(executor, schema.venues, referenced.venues, principal);
  for (const { row, input, problems } of drafts) {
    for (const column of columns) {
      if (!column?.references || input[column.name] === undefined) continue;
      const found = column.references === 'venues' ? venuesNamed : organisationsNamed;
      const resolved = ([input[column.name]].flat() as string[]).map((text) => resolveName(found, text, input.regionCode as string | undefined));
      const problem = resolved.find((item) => 'problem' in item);
      if (problem && 'problem' in problem) problems.push({ row: row.number, column: column.header, message: problem.problem });
      const ids = resolved.map((item) => ('id' in item ? item.id : ''));
      input[column.name] = column.kind === 'referenceList' ? ids : ids[0];
    }
  }

  // Stored records that share a natural key with an incoming row: the same name in the same region
  // (the index on name and region answers it), or for organisations the same credit code citywide.
  const table = spec.table as typeof schema.organisations;
  const nameColumn = (spec.table as unknown as Record<string, PgColumn>)[target.nameField] as PgColumn;
  const keyed = drafts.filter(({ input }) => typeof input[target.nameField] === 'string' && typeof input.regionCode === 'string');
  const codes =
    entity === 'organisations' ? drafts.map(({ input }) => input.creditCode).filter((code): code is string => typeof code === 'string') : [];
  const stored = new Map<string, Record<string, unknown> & { id: string; version: number; regionCode: string }>();
  const remember = (found: Record<string, unknown>[]) => {
    for (const record of found as (Record<string, unknown> & { id: string; version: number; regionCode: string })[]) {
      for (const key of target.naturalKeys(record)) if (!stored.has(key)) stored.set(key, record);
    }
  };
  for (let start = 0; start < keyed.length; start += lookupChunk) {
    const keys = keyed.slice(start, start + lookupChunk).map(({ input }) => `${String(input.regionCode)}/${String(input[target.nameField])}`);
    const query = executor
      .select()
      .from(table)
      .where(and(isNull(table.deletedAt), sql`${naturalKey(table.regionCode, nameColumn)} = any(${sql.param(keys)}::text[])`));
    remember(options.lock ? await query.for('update') : await query);
  }
  for (let start = 0; start < codes.length; start += lookupChunk) {
    const query = executor
      .select()
      .from(table)
      .where(
        and(isNull(table.deletedAt), sql`${schema.organisations.creditCode} = any(${sql.param(codes.slice(start, start + lookupChunk))}::text[])`),
      );
    remember(options.lock ? await query.for('update') : await query);
  }

  const firstRowOfKey = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const { row, input, problems } of drafts) {
    const keys = problems.length === 0 ? target.naturalKeys(input) : [];
    const existing = keys.map((key) => stored.get(key)).find(Boolean);
    const repeated = keys.map((key) => firstRowOfKey.get(key)).find((number) => number !== undefined);
    if (repeated !== undefined)
      problems.push({ row: row.number, column: null, message: { zh: `与第 ${repeated} 行是同一条记录`, en: `the same record as row ${repeated}` } });
    for (const key of keys) if (!firstRowOfKey.has(key)) firstRowOfKey.set(key, row.number);
    if (existing && !isInScope(principal, existing.regionCode)) {
      problems.push({
        row: row.number,
        column: null,
        message: {
          zh: `与您权限范围之外的一条记录（${existing.regionCode}）重复`,
          en: `matches a record outside your scope (${existing.regionCode})`,
        },
      });
    }

    let values: Record<string, unknown> | undefined;
    if (problems.length === 0) {
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
      } else {
        values = spec.toColumns(parsed.data);
        problems.push(...(await domainRules(executor, entity, values, existing, row.number)));
      }
    }
    const action: PlannedRow['action'] =
      problems.length > 0
        ? 'error'
        : !existing
          ? 'create'
          : Object.entries(values ?? {}).every(([key, value]) => sameValue(existing[key], value))
            ? 'unchanged'
            : 'update';
    planned.push({ number: row.number, cells: row.cells, action, problems, ...(values ? { values } : {}), ...(existing ? { existing } : {}) });
  }
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of planned) counts[row.action] += 1;
  return { header: headerRow.cells.map((cell) => (cell === null ? '' : String(cell))), rows: planned, counts };
}

function pickFields(record: Record<string, unknown>, entity: ImportableEntity): Record<string, unknown> {
  return Object.fromEntries(
    tableColumns(entity)
      .map((column): [string, unknown] => [column.name, record[column.name]])
      .filter(([, value]) => value !== null && value !== undefined),
  );
}

/** The rules `prepare` checks for the API that are not in the schema. */
async function domainRules(
  executor: Executor,
  entity: ImportableEntity,
  values: Record<string, unknown>,
  existing: { id: string } | undefined,
  row: number,
): Promise<RowProblem[]> {
  const problems: RowProblem[] = (recordRules[entity]?.(values) ?? []).map(({ field, message }) => ({
    row,
    column: fieldLabel(field, 'zh'),
    message,
  }));
  const parentId = entity === 'organisations' ? (values.parentId as string | null) : null;
  const loop = existing && parentId ? await parentLoop(executor, existing.id, parentId) : null;
  if (loop) problems.push({ row, column: fieldLabel('parentId', 'zh'), message: loop });
  return problems;
}

/** Counts by action plus the first problems in `language`, as the dry run and the commit report them. */
export function summarise(plan: ImportPlan, language: Language, limit = 200) {
  const problems = plan.rows.flatMap((row) => row.problems);
  const shown = problems.slice(0, limit).map((each) => ({ ...each, message: each.message[language] }));
  return { rows: plan.rows.length, ...plan.counts, problems: shown, problemCount: problems.length };
}
