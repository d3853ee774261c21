import { recordEntities, type ImportableEntity, type Language } from '@kepu/domain';
import { insertStatements, reuseWritePlans, runInTurn, schema, updateStatements, type Database, type Executor } from '@kepu/db';
import { eq, sql, type SQL } from 'drizzle-orm';
import { auditStatements, recordAudit, type Actor } from '../kernel/audit/record.js';
import { changedSince, currentSnapshot, recordChange } from '../kernel/changes.js';
import { currentDictionaryOf } from '../kernel/dictionary.js';
import { sha256 } from '../kernel/secrets.js';
import type { Principal } from '../kernel/principal.js';
import { AppError, notFound, problem } from '../kernel/errors.js';
import { emptyTally, ownReferenceColumns, planImport, summarise, tally, type PlanTally, type PlannedRow } from './plan.js';
import { readUpload } from './upload.js';
import { importTargets } from './specs.js';

export type ImportSummary = ReturnType<typeof summarise>;

/**
 * Rows written per statement: planned batches are gathered up to this many creates and updates, as the
 * triggers that keep the rollups and the change log run once per statement and cost less per row over
 * more rows (about 100 µs a row at 2,000, 65 µs at 10,000), while the rows held stay a few tens of MiB.
 */
const rowsPerWrite = 10_000;

/** Problems of a plan as a 422 naming each row and column (the first 50), so nothing is written. */
export function rejectPlan(plan: PlanTally): AppError {
  return new AppError(problem('importInvalid', { problems: plan.problemCount, rows: plan.counts.error }), {
    errors: plan.problems
      .slice(0, 50)
      .map((each) => ({ field: `file.rows.${each.row}${each.column ? `.${each.column}` : ''}`, message: each.message })),
  });
}

/**
 * New rows in an order that inserts a row before the rows naming it (an organisation's parent from
 * the same file): the foreign key is checked at the end of each insert, and a large file takes
 * several. The plan refuses loops.
 */
function referencedFirst(entity: ImportableEntity, rows: PlannedRow[]): PlannedRow[] {
  const fields = ownReferenceColumns(entity).map((column) => column.name);
  const ids = new Set(rows.map((row) => row.id));
  const unplaced = new Map<PlannedRow, number>();
  const waiting = new Map<string, PlannedRow[]>();
  for (const row of rows) {
    const needs = fields.flatMap((field) => [row.values?.[field] ?? []].flat() as string[]).filter((id) => ids.has(id));
    unplaced.set(row, needs.length);
    for (const id of needs) {
      const rowsWaiting = waiting.get(id) ?? [];
      waiting.set(id, rowsWaiting);
      rowsWaiting.push(row);
    }
  }
  const ordered = rows.filter((row) => unplaced.get(row) === 0);
  // The loop reaches the rows it adds: each is placed once everything it names is.
  for (const row of ordered) {
    for (const next of waiting.get(row.id) ?? []) {
      const left = (unplaced.get(next) ?? 0) - 1;
      unplaced.set(next, left);
      if (left === 0) ordered.push(next);
    }
  }
  if (ordered.length < rows.length) throw new Error('import rows name each other in a loop');
  return ordered;
}

/**
 * The statements writing one planned batch: its new rows in one insert, its changed rows in one
 * update, and an audit entry for each. Ids and timestamps are made here, so no row needs to come
 * back: the audit records the rows as sent.
 */
function batchStatements(entity: ImportableEntity, batch: PlannedRow[], actor: Actor, now: Date): SQL[] {
  const { spec } = importTargets[entity];
  const created = referencedFirst(
    entity,
    batch.filter((row) => row.action === 'create'),
  ).map((row) => ({ ...row.values, id: row.id, version: 1, createdAt: now, updatedAt: now, deletedAt: null }));
  const changes = batch
    .filter((row) => row.action === 'update')
    .map((row) => {
      const before = row.existing as NonNullable<typeof row.existing>;
      return { before, set: { ...row.values, id: before.id, version: before.version + 1, updatedAt: now } };
    });
  const updated = changes.map(({ before, set }) => ({ before, after: { ...before, ...set } }));
  const snapshot = (row: Record<string, unknown>) => spec.toResponse(row) as Record<string, unknown>;
  return [
    ...insertStatements(spec.table, created),
    ...updateStatements(
      spec.table,
      changes.map(({ set }) => set),
    ),
    ...auditStatements(actor, [
      ...created.map((row) => ({ action: 'import' as const, entity, entityId: row.id, regionCode: spec.regionOf(row), after: snapshot(row) })),
      ...updated.map(({ before, after }) => ({
        action: 'import' as const,
        entity,
        entityId: after.id,
        regionCode: spec.regionOf(after),
        before: snapshot(before),
        after: snapshot(after),
      })),
    ]),
  ];
}

/**
 * What a dry run read against (see `stillAsChecked`), taken before it reads: the snapshot first, so a
 * change that commits while the dry run reads counts as a change since.
 */
export async function checkBasis(executor: Executor, entity: ImportableEntity) {
  const snapshot = await currentSnapshot(executor);
  return { snapshot, dictionary: await dictionaryHash(executor, entity) };
}

const dictionaryHash = async (executor: Executor, entity: ImportableEntity) => sha256(JSON.stringify(await currentDictionaryOf(executor, entity)));

/**
 * Whether the dry run's answer is the commit's: it found nothing to write and nothing wrong, the same
 * caller (and scope) commits, and since it began no record has changed (the change log, written by
 * the tables' triggers) and no dictionary entry it checked codes against. Planning 100,000 unchanged
 * rows again would take as long as the dry run did, to write nothing.
 */
async function stillAsChecked(tx: Executor, upload: typeof schema.imports.$inferSelect, principal: Principal): Promise<boolean> {
  const checked = upload.summary as ImportSummary;
  const basis = upload.checkedAgainst;
  if (!basis || checked.create + checked.update + checked.error > 0) return false;
  if (upload.actorType !== principal.kind || upload.actorId !== principal.id || upload.regionCode !== principal.scopeRegionCode) return false;
  if ((await dictionaryHash(tx, upload.entity as ImportableEntity)) !== basis.dictionary) return false;
  return !(await changedSince(tx, basis.snapshot, recordEntities));
}

/** How a commit runs: its batch sizes, and how many sessions the database can work with at once. */
export interface CommitOptions {
  batchRows?: number;
  writeRows?: number;
  /**
   * With more than one, the plan reads through the pool, beside the transaction, so the next rows are
   * read and checked while the last are written: not on PGlite, whose one session the transaction
   * holds, nor with a pool of one.
   */
  sessions?: number;
}

/**
 * Plans a checked import again against the database as it is now (with the records it updates
 * locked), batch by batch, writing the planned rows whenever `writeRows` have gathered; on any problem
 * it reads on only to count the problems, writes nothing more, and refuses the import. One write is
 * under way while the next rows are planned and their statements made: the transaction's connection
 * writes while this process reads and checks cells, on the other core.
 */
async function planAndWrite(
  db: Database,
  tx: Executor,
  upload: typeof schema.imports.$inferSelect,
  principal: Principal,
  actor: Actor,
  options: CommitOptions,
): Promise<ImportSummary> {
  const { writeRows = rowsPerWrite, sessions = 1, batchRows } = options;
  const entity = upload.entity as ImportableEntity;
  await reuseWritePlans(tx);
  const reader = sessions > 1 ? db : tx;
  const plan = await planImport(reader, entity, readUpload(upload.file).rows, principal, { batchRows, lockIn: tx });
  const result = emptyTally();
  // Timestamps as one statement's now() would give them: the same for every row of the import.
  const now = new Date();
  let pending: PlannedRow[] = [];
  let writing: Promise<void> = Promise.resolve();
  const write = async (rows: PlannedRow[]) => {
    // Made while the previous batch is still being written: only the database's part waits.
    const statements = batchStatements(entity, rows, actor, now);
    await writing;
    writing = runInTurn(tx, statements);
    // Awaited before the next write or the end; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  };
  try {
    for await (const batch of plan.batches) {
      tally(result, batch);
      if (result.counts.error > 0) {
        pending = [];
        continue;
      }
      pending.push(...batch.filter((row) => row.action === 'create' || row.action === 'update'));
      if (pending.length >= writeRows) {
        await write(pending);
        pending = [];
      }
    }
    if (result.counts.error > 0) throw rejectPlan(result);
    await write(pending);
    await writing;
  } finally {
    // The transaction ends only after its last statement: a refusal or a failed read waits for the write under way.
    await writing.catch(() => undefined);
  }
  return summarise(result, upload.language as Language);
}

/**
 * Writes a checked import in one transaction (`planAndWrite`), unless its dry run's answer still
 * holds and says there is nothing to write; a refusal rolls back every batch written. Committing the
 * same import twice returns the first result; importing the same file again finds every row
 * unchanged and writes no record.
 */
export async function commitImport(
  db: Database,
  importId: string,
  principal: Principal,
  actor: Actor,
  options: CommitOptions = {},
): Promise<{ summary: ImportSummary; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const [upload] = await tx.select().from(schema.imports).where(eq(schema.imports.id, importId)).for('update');
    if (!upload) throw notFound('imports');
    if (upload.status === 'committed') return { summary: upload.summary as ImportSummary, replayed: true };
    const entity = upload.entity as ImportableEntity;
    const summary = (await stillAsChecked(tx, upload, principal))
      ? (upload.summary as ImportSummary)
      : await planAndWrite(db, tx, upload, principal, actor, options);
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'imports',
      entityId: upload.id,
      regionCode: principal.scopeRegionCode,
      after: {
        entity,
        fileName: upload.fileName,
        rows: summary.rows,
        created: summary.create,
        updated: summary.update,
        unchanged: summary.unchanged,
      },
    });
    await tx
      .update(schema.imports)
      .set({ status: 'committed', summary, committedAt: sql`now()` })
      .where(eq(schema.imports.id, upload.id));
    await recordChange(tx, { entity: 'imports', recordId: upload.id, action: 'committed', regionCode: upload.regionCode });
    return { summary, replayed: false };
  });
}
