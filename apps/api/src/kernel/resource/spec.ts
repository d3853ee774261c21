import { rowReader, toShanghaiIso, type FieldList, type Permission, type RecordEntity } from '@kepu/domain';
import type { Executor } from '@kepu/db';
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Actor } from '../audit/record.js';
import type { Principal } from '../principal.js';
import type { ProblemEntity } from '../errors.js';
import type { Bind } from './bind.js';

/** A table with the record columns every entity has (see packages/db `recordColumns`). */
export type RecordTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  createdAt: PgColumn;
  updatedAt: PgColumn;
  deletedAt: PgColumn;
};

export interface ListQueryBase {
  page: number;
  pageSize: number;
  region?: string | undefined;
  q?: string | undefined;
  sort: string;
}

export interface PrepareContext<Row> {
  executor: Executor;
  principal: Principal;
  /** Set on update and revert. */
  current?: Row;
}

/**
 * Everything that differs between the record resources (organisations, venues, events,
 * designations, indicators, users). The shared routes do the rest: paging, scope, concurrency,
 * idempotency, audit, soft delete, restore and revert.
 */
export interface ResourceSpec<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response> {
  /** Plural path segment, audit entity and error-code prefix, e.g. `events`. */
  entity: ProblemEntity;
  /** Singular English name for operation ids, e.g. `Event`. */
  singular: string;
  tag: string;
  table: RecordTable;
  /** The column that places a record in the region tree; scope and the `region` filter apply to it. */
  regionColumn: PgColumn;
  /** Its name in rows, stored values and request bodies (`regionCode`, or `scopeRegionCode` for users). */
  regionField: string;
  regionOf(row: Row): string;
  permissions: { read: Permission; write: Permission };
  schemas: {
    create: z.ZodObject & z.ZodType<Create>;
    update: z.ZodType;
    /** Validates the stored record merged with a PATCH; defaults to `create`. */
    merged?: z.ZodType<Create>;
    query: z.ZodType<Query>;
    response: z.ZodType<Response>;
    page: z.ZodType;
  };
  searchColumn: PgColumn;
  sortColumns: Record<string, PgColumn>;
  /**
   * Conditions for the filters this entity adds beyond region, q and paging. Values go in through
   * `bind`, so the statement is prepared once per shape of filters and reused.
   */
  filters(query: Query, bind: Bind): (SQL | undefined)[];
  /** Checks what the schema cannot (references exist and are in scope, levels match) and returns the columns to store. */
  prepare(input: Create, context: PrepareContext<Row>): Promise<Record<string, unknown>>;
  toResponse(row: Row): Response;
  /** The same response written by PostgreSQL as JSON text (`responseJson`), for list pages. */
  responseJson: SQL;
  /** Combines the stored record with a PATCH body before validation; defaults to a shallow merge. */
  mergeForUpdate?(current: Response, patch: Record<string, unknown>): Record<string, unknown>;
  /** Runs in the write's transaction after it (e.g. ending a user's sessions); `before` is unset on create. */
  afterWrite?(executor: Executor, change: { before: Row | undefined; after: Row }, actor: Actor): Promise<void>;
}

/** A resource whose records can be imported from sheets: its column mapping runs without the database. */
export interface ImportableSpec<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response> extends ResourceSpec<
  Row,
  Create,
  Query,
  Response
> {
  /** The stored columns of a validated input; `prepare` adds the database checks around it. */
  toColumns(input: Create): Record<string, unknown>;
}

/** The part of a spec that every record table shares: placed in the tree by `regionCode`, guarded by `<entity>:read|write`. */
export function recordResource<const E extends RecordEntity, T extends RecordTable & { regionCode: PgColumn }>(
  entity: E,
  singular: string,
  tag: string,
  table: T,
) {
  return {
    entity,
    singular,
    tag,
    table,
    regionColumn: table.regionCode,
    regionField: 'regionCode',
    regionOf: (row: { regionCode: string }) => row.regionCode,
    permissions: { read: `${entity}:read`, write: `${entity}:write` } as const,
  };
}

/**
 * id, version and timestamps of a stored row, as every response shows them. Spread it as the last
 * member of the response literal: spread first with fields after, V8 builds the object ~25x slower.
 */
export function recordMetaOf(row: { id: string; version: number; createdAt: Date; updatedAt: Date }) {
  return { id: row.id, version: row.version, createdAt: toShanghaiIso(row.createdAt), updatedAt: toShanghaiIso(row.updatedAt) };
}

/**
 * A record's response from its row: the fields as `rowReader` reads them, with `recordMetaOf`'s added
 * to the same object. Spreading both into a new literal cost about 16 µs a row against 2 (0.3 ms of
 * every 20-row page).
 */
function recordReader<F extends FieldList>(fields: F) {
  const read = rowReader(fields);
  return (row: Record<string, unknown> & Parameters<typeof recordMetaOf>[0]) => Object.assign(read(row), recordMetaOf(row));
}

/**
 * SQL that has PostgreSQL write a row's response as JSON text, as `recordMetaOf` and the fields'
 * values give it: instants in +08:00 to the second, every other column as stored. A list page is
 * written this way: read through drizzle, turned into responses and serialized, 20 rows cost the API
 * about a fifth of its throughput (`npm run bench -- events`).
 */
export function responseJson(table: RecordTable, fields: Record<string, { instant?: true }>): SQL {
  const columns = getTableColumns(table);
  const instants = new Set(['createdAt', 'updatedAt', ...Object.keys(fields).filter((name) => fields[name]?.instant)]);
  const values = ['id', 'version', 'createdAt', 'updatedAt', ...Object.keys(fields)].map((name) => {
    const column = columns[name];
    if (!column) throw new Error(`${name} is not a column of ${getTableName(table)}`);
    const value = instants.has(name) ? sql`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"')` : sql`${column}`;
    return sql`${value} as ${sql.identifier(name)}`;
  });
  // row_to_json writes the keys in this order and, unlike json_build_object, without spaces.
  return sql`(select row_to_json(response) from (select ${sql.join(values, sql`, `)}) as response)::text`;
}

/** How a record's response is read from its row: in the API (`toResponse`) and by PostgreSQL for lists (`responseJson`). */
export const recordResponse = <F extends FieldList>(table: RecordTable, fields: F) => ({
  toResponse: recordReader(fields),
  responseJson: responseJson(table, fields),
});
