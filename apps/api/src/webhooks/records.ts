import type { ChangeEntity } from '@kepu/domain';
import type { Executor } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { Principal } from '../kernel/principal.js';
import type { ResourceContext } from '../kernel/resource/context.js';
import type { ListQueryBase, ResourceSpec } from '../kernel/resource/spec.js';

/** A record as `GET /api/v1/{entity}/{id}` answers `principal`, or undefined where that answers 404. */
export type RecordReader = (executor: Executor, principal: Principal, id: string) => Promise<Record<string, unknown> | undefined>;

declare module 'fastify' {
  interface FastifyInstance {
    /** How deliveries read the record they are about, per entity; decorated in app.ts, filled as resources register. */
    webhookRecords: Map<ChangeEntity, RecordReader>;
  }
}

/** Lets deliveries carry a resource's records, read through its own scope rule and projection (a `ResourceRoutes`). */
export function registerWebhookRecords<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
) {
  app.webhookRecords.set(spec.entity as ChangeEntity, async (executor, principal, id) => {
    const row = await context.repository.find(executor, id, { scope: context.scopeOf(principal) });
    return row ? (spec.toResponse(row) as Record<string, unknown>) : undefined;
  });
}
