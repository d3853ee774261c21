import type { Executor } from '@kepu/db';
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';

/** A table with the record columns every entity has (see packages/db `recordColumns`). */
export type RecordTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  createdAt: PgColumn;
  updatedAt: PgColumn;
  deletedAt: PgColumn;
  regionCode: PgColumn;
};

export interface ListQueryBase {
  page: number;
  pageSize: number;
  region?: string | undefined;
  q?: string | undefined;
  sort: string;
}

/**
 * Everything that differs between organisations, venues, events, designations and indicators.
 * The shared routes and repository do the rest (paging, concurrency, idempotency, soft delete).
 */
export interface ResourceSpec<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response> {
  /** Plural path segment and error-code prefix, e.g. `events`. */
  entity: string;
  /** Singular English name for operation ids, e.g. `Event`. */
  singular: string;
  tag: string;
  table: RecordTable;
  schemas: {
    create: z.ZodObject & z.ZodType<Create>;
    update: z.ZodType;
    query: z.ZodType<Query>;
    response: z.ZodType<Response>;
    page: z.ZodType;
  };
  searchColumn: PgColumn;
  sortColumns: Record<string, PgColumn>;
  /** Conditions for the filters this entity adds beyond region, q and paging. */
  filters(query: Query): (SQL | undefined)[];
  /**
   * Checks what the schema cannot (referenced records exist, levels match) and returns the
   * column values to store. `current` is set on update.
   */
  prepare(input: Create, context: { executor: Executor; current?: Row }): Promise<Record<string, unknown>>;
  toResponse(row: Row): Response;
  /** Combines the stored record with a PATCH body before validation; defaults to a shallow merge. */
  mergeForUpdate?(current: Response, patch: Record<string, unknown>): Record<string, unknown>;
}
