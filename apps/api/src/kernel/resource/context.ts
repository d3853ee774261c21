import type { Executor } from '@kepu/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit, type Actor } from '../audit/record.js';
import { principalOf, type Principal } from '../principal.js';
import { assertInScope, withinScope } from '../scope.js';
import { recordEntities, recordRules, type AuditAction, type RecordEntity } from '@kepu/domain';
import { invalidFields, issueErrors, notFound, preconditionFailed, unprocessable } from '../errors.js';
import { currentDictionaryOf, dictionaryCodeErrors } from '../dictionary.js';
import { and, ilike, like } from 'drizzle-orm';
import { subtreePattern } from '../regions.js';
import { escapeLike } from '../http.js';
import { requireRegion } from '../references.js';
import { createBinder, type Bind } from './bind.js';
import { createRecordRepository } from './repository.js';
import type { ListQueryBase, ResourceSpec } from './spec.js';

export const IfMatchHeaders = z.looseObject({
  // An ETag Kepu sends is at most W/"999999999"; anything near this bound is not one.
  'if-match': z.string().max(100).meta({ description: 'the ETag from your last GET (428 without it, 412 when stale)' }),
});

/** What the CRUD routes and the revision routes of one resource share. */
export function resourceContext<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
) {
  const repository = createRecordRepository<Row>(spec.table, spec.responseJson);
  const fieldKeys = Object.keys(spec.schemas.create.shape);
  const mergedSchema = spec.schemas.merged ?? spec.schemas.create;

  const scopeOf = (principal: Principal) => withinScope(principal, spec.regionColumn);
  const actorOf = (request: FastifyRequest): Actor => ({ principal: principalOf(request), ip: request.ip });
  const snapshot = (row: Row | undefined) => (row ? (spec.toResponse(row) as Record<string, unknown>) : null);

  /** Validates a whole record (stored fields plus changes) and returns it typed, or 400 naming the fields. */
  function validateMerged(record: Record<string, unknown>): Create {
    const parsed = mergedSchema.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      throw invalidFields(issueErrors(parsed.error.issues, 'body'));
    }
    return parsed.data;
  }

  /** Loads a row for a write: in scope (else 404), at the version the client read (else 412), locked. */
  async function lockForWrite(executor: Executor, principal: Principal, id: string, version: number, options: { deleted?: boolean } = {}) {
    const current = await repository.find(executor, id, { scope: scopeOf(principal), lock: true, ...options });
    if (!current) throw notFound(spec.entity);
    if (current.version !== version) throw preconditionFailed(spec.entity, current.version);
    return current;
  }

  const recordEntity = (recordEntities as readonly string[]).includes(spec.entity) ? (spec.entity as RecordEntity) : undefined;

  /** The rules every record entity's writes pass before its own `prepare`: dictionary codes live (or kept), the entity's `recordRules`. */
  async function checkRecordRules(executor: Executor, input: Create, current?: Row) {
    if (!recordEntity) return;
    const dictionary = await currentDictionaryOf(executor, recordEntity);
    const record = input as Record<string, unknown>;
    const errors = [
      ...dictionaryCodeErrors(recordEntity, record, dictionary, current),
      ...(recordRules[recordEntity]?.(record, dictionary) ?? []).map(({ field, message }) => ({ field: `body.${field}`, message })),
    ];
    if (errors.length > 0) throw unprocessable(errors);
  }

  /** Prepares and stores a record (insert, or update of `current`), keeping it inside the caller's scope. */
  async function store(executor: Executor, actor: Actor, input: Create, current?: Row): Promise<Row> {
    const principal = actor.principal as Principal;
    await checkRecordRules(executor, input, current);
    const values = await spec.prepare(input, { executor, principal, ...(current ? { current } : {}) });
    assertInScope(principal, spec.regionOf(values as Row), `body.${spec.regionField}`);
    return current ? repository.update(executor, current.id, values) : repository.insert(executor, values);
  }

  /** Records the change in the audit log and runs the resource's follow-up, in the write's transaction. */
  async function audited(executor: Executor, actor: Actor, action: AuditAction, before: Row | undefined, after: Row) {
    await recordAudit(executor, actor, {
      action,
      entity: spec.entity,
      entityId: after.id,
      regionCode: spec.regionOf(after),
      before: snapshot(before),
      after: action === 'delete' || action === 'purge' ? null : snapshot(after),
    });
    await spec.afterWrite?.(executor, { before, after }, actor);
  }

  /**
   * The conditions of a list query: the caller's scope, the `region` subtree, text search and the
   * entity's own filters. `shape` names the statement, so equal shapes share one prepared plan.
   */
  async function listConditions(principal: Principal, query: Query, bindWith?: Bind) {
    if (query.region) await requireRegion(query.region, 'query.region');
    const binder = createBinder();
    const bind = bindWith ?? binder.bind;
    const where = and(
      like(spec.regionColumn, bind('scope', subtreePattern(principal.scopeRegionCode))),
      query.region ? like(spec.regionColumn, bind('region', subtreePattern(query.region))) : undefined,
      query.q ? ilike(spec.searchColumn, bind('q', `%${escapeLike(query.q)}%`)) : undefined,
      ...spec.filters(query, bind),
    );
    return { where, values: binder.values, shape: `${query.sort}|${binder.shape()}` };
  }

  function pick(record: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(fieldKeys.filter((key) => key in record).map((key) => [key, record[key]]));
  }

  return {
    server: app.withTypeProvider<ZodTypeProvider>(),
    repository,
    base: `/api/v1/${spec.entity}`,
    tags: [spec.tag],
    read: { access: { permission: spec.permissions.read } },
    write: { access: { permission: spec.permissions.write } },
    scopeOf,
    actorOf,
    snapshot,
    validateMerged,
    lockForWrite,
    store,
    audited,
    pick,
    listConditions,
  };
}

export type ResourceContext<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response> = ReturnType<
  typeof resourceContext<Row, Create, Query, Response>
>;
