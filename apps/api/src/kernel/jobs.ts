import type { DatabaseHandle } from '@kepu/db';
import type { FastifyBaseLogger } from 'fastify';
import { fromPglite, PgBoss, type PGliteLike } from 'pg-boss';

export interface JobQueueOptions {
  /** The PostgreSQL the queue lives in; absent on PGlite, where the queue shares the embedded database. */
  databaseUrl: string | undefined;
  /** How often expired jobs are looked for and handed to another worker. */
  superviseSeconds: number;
}

/**
 * The process's one job queue (pg-boss), shared by scheduled exports and webhook deliveries. Each
 * feature creates its own queue in it and works it; the caller stops it after they have stopped.
 */
export async function openJobQueue(database: DatabaseHandle, options: JobQueueOptions, log: FastifyBaseLogger): Promise<PgBoss> {
  // Expired jobs are found by the per-queue monitor pass, so it runs as often as supervision.
  const common = {
    schema: 'pgboss',
    superviseIntervalSeconds: options.superviseSeconds,
    monitorIntervalSeconds: options.superviseSeconds,
    migrate: true,
  };
  const boss = options.databaseUrl
    ? new PgBoss({ ...common, connectionString: options.databaseUrl, max: 4 })
    : new PgBoss({ ...common, db: fromPglite((database.db as unknown as { $client: PGliteLike }).$client) });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}
