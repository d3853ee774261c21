import {
  CreateDictionaryEntryBody,
  DictionaryEntryParams,
  DictionaryEntryResponse,
  DictionaryKindParams,
  DictionaryList,
  ListDictionaryQuery,
  MAX_ENTRIES_PER_KIND,
  UpdateDictionaryEntryBody,
  cityRegionCode,
  dictionaryEntryProblems,
  dictionaryKind,
  isOfficialEntry,
  type DictionaryEntry,
  type DictionaryKind,
} from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { dictionaryChanged, toDictionaryEntry } from '../kernel/dictionary.js';
import { AppError, notFound, problem, sqlState, unprocessable, type FieldError } from '../kernel/errors.js';
import { problems } from '../kernel/openapi.js';
import { principalOf } from '../kernel/principal.js';

const { dictionaryEntries } = schema;
const tags = ['字典 dictionary'];
const read = { access: { authenticated: true as const } };
const manage = { access: { permission: 'dictionary:manage' as const } };

const entryKey = (kind: DictionaryKind, code: string) => and(eq(dictionaryEntries.kind, kind), eq(dictionaryEntries.code, code));

async function findEntry(executor: Executor, kind: DictionaryKind, code: string, lock = false) {
  const query = executor.select().from(dictionaryEntries).where(entryKey(kind, code));
  const [row] = await (lock ? query.for('update') : query);
  return row;
}

/**
 * A parent is a top-level entry of the same kind, so every entry rolls up into exactly one official
 * row in one step; an entry with children, or a built-in one, stays top-level.
 */
async function parentErrors(executor: Executor, kind: DictionaryKind, code: string, parentCode: string | null | undefined): Promise<FieldError[]> {
  if (!parentCode) return [];
  const refuse = (zh: string, en: string): FieldError[] => [{ field: 'body.parentCode', message: { zh, en } }];
  if (parentCode === code) return refuse('条目不能归属于自己', 'an entry cannot roll up into itself');
  if (isOfficialEntry(kind, code)) return refuse('系统内置条目不能归属于其他条目', 'a built-in entry stays top-level');
  const parent = await findEntry(executor, kind, parentCode);
  if (!parent) return refuse(`${dictionaryKind.labels[kind]}中没有代码为 ${parentCode} 的条目`, `no ${kind} entry ${parentCode}`);
  if (parent.parentCode) return refuse(`“${parent.labelZh}”本身归属于其他条目，请选择顶层条目`, 'the parent must be a top-level entry');
  const [child] = await executor
    .select({ code: dictionaryEntries.code })
    .from(dictionaryEntries)
    .where(and(eq(dictionaryEntries.kind, kind), eq(dictionaryEntries.parentCode, code)))
    .limit(1);
  if (child) return refuse('已有条目归属于此条目，它不能再归属于其他条目', 'entries roll up into this one, so it stays top-level');
  return [];
}

/** Staff, forms and imports tell entries apart by name, so a name is taken once within its kind, in each language. */
async function labelErrors(executor: Executor, kind: DictionaryKind, code: string, entry: Partial<DictionaryEntry>): Promise<FieldError[]> {
  const checks = [
    ['labelZh', dictionaryEntries.labelZh, entry.labelZh],
    ['labelEn', dictionaryEntries.labelEn, entry.labelEn],
  ] as const;
  const errors: FieldError[] = [];
  for (const [field, column, label] of checks) {
    if (!label) continue;
    const [taken] = await executor
      .select({ code: dictionaryEntries.code })
      .from(dictionaryEntries)
      .where(and(eq(dictionaryEntries.kind, kind), eq(column, label), ne(dictionaryEntries.code, code)))
      .limit(1);
    if (taken)
      errors.push({
        field: `body.${field}`,
        message: {
          zh: `${dictionaryKind.labels[kind]}中已有名称为“${label}”的条目（代码 ${taken.code}）；表单和导入按名称识别条目，名称不能重复`,
          en: `the ${kind} entry ${taken.code} already has the name "${label}"; forms and imports tell entries apart by name`,
        },
      });
  }
  return errors;
}

async function checkEntry(executor: Executor, kind: DictionaryKind, code: string, entry: Partial<DictionaryEntry>) {
  const errors = [
    ...dictionaryEntryProblems(kind, entry).map(({ field, message }) => ({ field: `body.${field}`, message })),
    ...(await parentErrors(executor, kind, code, entry.parentCode)),
    ...(await labelErrors(executor, kind, code, entry)),
  ];
  if (errors.length > 0) throw unprocessable(errors);
}

const audit = (
  executor: Executor,
  request: FastifyRequest,
  action: 'create' | 'update' | 'delete',
  before?: DictionaryEntry,
  after?: DictionaryEntry,
) =>
  recordAudit(
    executor,
    { principal: principalOf(request), ip: request.ip },
    {
      action,
      entity: 'dictionary',
      entityId: `${(before ?? after)?.kind}/${(before ?? after)?.code}`,
      regionCode: cityRegionCode,
      before: before ?? null,
      after: after ?? null,
    },
  );

/**
 * The dictionary (字典): anyone signed in reads it (forms and partner systems need the choices);
 * the city admin keeps it. Codes never change; labels, parents and the active flag may.
 */
export function registerDictionaryRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();

  server.get(
    '/api/v1/dictionary',
    {
      config: read,
      schema: {
        operationId: 'listDictionaryEntries',
        tags,
        summary: 'Dictionary entries: organisation and venue types, event categories, honour kinds, indicator kinds',
        description: 'In display order within each kind. Records keep retired entries (`active: false`); new records cannot take them.',
        querystring: ListDictionaryQuery,
        response: { 200: DictionaryList, ...problems(400, 401) },
      },
    },
    async (request) => {
      const { kind, active } = request.query;
      const rows = await app.db
        .select()
        .from(dictionaryEntries)
        .where(and(kind ? eq(dictionaryEntries.kind, kind) : undefined, active === undefined ? undefined : eq(dictionaryEntries.active, active)))
        .orderBy(asc(dictionaryEntries.kind), asc(dictionaryEntries.position));
      return { items: rows.map(toDictionaryEntry) };
    },
  );

  server.get(
    '/api/v1/dictionary/:kind/:code',
    {
      config: read,
      schema: {
        operationId: 'getDictionaryEntry',
        tags,
        summary: 'One dictionary entry',
        params: DictionaryEntryParams,
        response: { 200: DictionaryEntryResponse, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const row = await findEntry(app.db, request.params.kind, request.params.code);
      if (!row) throw notFound('dictionary');
      return toDictionaryEntry(row);
    },
  );

  server.post(
    '/api/v1/dictionary/:kind',
    {
      config: manage,
      schema: {
        operationId: 'createDictionaryEntry',
        tags,
        summary: 'Add an entry (city admin)',
        description: 'It is listed after the existing entries of its kind and can be chosen at once in forms, imports, filters and figures.',
        params: DictionaryKindParams,
        body: CreateDictionaryEntryBody,
        response: { 201: DictionaryEntryResponse, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const body = request.body;
      const created = await app.db.transaction(async (tx) => {
        await checkEntry(tx, kind, body.code, body);
        if (await findEntry(tx, kind, body.code))
          throw new AppError(problem('dictionaryEntryExists', { kind: dictionaryKind.labels[kind], code: body.code }));
        // One create per kind at a time, so two at once cannot both take the last place.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dictionary:${kind}`}))`);
        const [held] = await tx.select({ entries: count() }).from(dictionaryEntries).where(eq(dictionaryEntries.kind, kind));
        if ((held?.entries ?? 0) >= MAX_ENTRIES_PER_KIND)
          throw new AppError(problem('dictionaryFull', { kind: dictionaryKind.labels[kind], max: MAX_ENTRIES_PER_KIND }));
        const [row] = await tx
          .insert(dictionaryEntries)
          .values({
            kind,
            ...body,
            position: sql`(select coalesce(max(${dictionaryEntries.position}), -1) + 1 from ${dictionaryEntries} where ${dictionaryEntries.kind} = ${kind})`,
          })
          .returning();
        const entry = toDictionaryEntry(row as typeof dictionaryEntries.$inferSelect);
        await audit(tx, request, 'create', undefined, entry);
        return entry;
      });
      dictionaryChanged();
      return reply.code(201).header('location', `/api/v1/dictionary/${kind}/${created.code}`).send(created);
    },
  );

  server.patch(
    '/api/v1/dictionary/:kind/:code',
    {
      config: manage,
      schema: {
        operationId: 'updateDictionaryEntry',
        tags,
        summary: 'Change or retire an entry (city admin)',
        description: '`active: false` retires it: records that hold it keep it, new ones cannot take it. Send only the fields to change.',
        params: DictionaryEntryParams,
        body: UpdateDictionaryEntryBody,
        response: { 200: DictionaryEntryResponse, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { kind, code } = request.params;
      const updated = await app.db.transaction(async (tx) => {
        const current = await findEntry(tx, kind, code, true);
        if (!current) throw notFound('dictionary');
        const before = toDictionaryEntry(current);
        await checkEntry(tx, kind, code, { ...before, ...request.body });
        const [row] = await tx
          .update(dictionaryEntries)
          .set({ ...request.body, updatedAt: new Date() })
          .where(entryKey(kind, code))
          .returning();
        const after = toDictionaryEntry(row as typeof dictionaryEntries.$inferSelect);
        await audit(tx, request, 'update', before, after);
        return after;
      });
      dictionaryChanged();
      return updated;
    },
  );

  server.delete(
    '/api/v1/dictionary/:kind/:code',
    {
      config: manage,
      schema: {
        operationId: 'deleteDictionaryEntry',
        tags,
        summary: 'Remove an entry no record holds (city admin)',
        description:
          'Refused (409) while any record, trashed ones included, holds it, for a built-in entry, and while entries roll up into it: retire it instead.',
        params: DictionaryEntryParams,
        response: { 204: z.null().meta({ description: 'removed' }), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { kind, code } = request.params;
      if (isOfficialEntry(kind, code)) throw new AppError(problem('dictionaryEntryOfficial'));
      try {
        await app.db.transaction(async (tx) => {
          const current = await findEntry(tx, kind, code, true);
          if (!current) throw notFound('dictionary');
          await tx.delete(dictionaryEntries).where(entryKey(kind, code));
          await audit(tx, request, 'delete', toDictionaryEntry(current));
        });
      } catch (error) {
        // The records' (kind, code) references and the entries' parents refuse it while anything holds it.
        if (sqlState(error) === '23503') throw new AppError(problem('dictionaryEntryInUse'));
        throw error;
      }
      dictionaryChanged();
      return reply.code(204).send(null);
    },
  );
}
