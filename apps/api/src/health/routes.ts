import { databaseFault } from '@kepu/db';
import { Problem } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDatabaseFault } from '../kernel/plugins/problems.js';

const DatabaseStatus = z.object({ reachable: z.boolean(), driver: z.enum(['pglite', 'postgres']), latencyMs: z.number().nullable() });

const Health = z.object({ status: z.literal('ok'), database: DatabaseStatus }).meta({ id: 'Health' });

const HealthProblem = Problem.extend({ database: DatabaseStatus }).meta({
  id: 'HealthProblem',
  description: 'problem+json (`database.unavailable` or `database.timeout`, with Retry-After) and the database status',
});

/**
 * Load balancers give up on a probe after a few seconds, so health answers within 2 s whatever the
 * database does: a full pool cannot queue it (PostgreSQL: its own connection) and a database that
 * accepts but does not answer runs into this deadline.
 */
const deadlineMs = 2_000;

export function registerHealthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: { public: true } },
      schema: {
        operationId: 'getHealth',
        security: [],
        tags: ['运维 operations'],
        summary: 'Whether the API can reach its database',
        description: `Answers within ${deadlineMs / 1000} s: 200 when \`select 1\` came back, 503 problem+json when the database is down, restarting or too busy to answer.`,
        response: { 200: Health, 503: HealthProblem },
      },
    },
    async (request, reply) => {
      const started = performance.now();
      try {
        await app.pingDatabase(deadlineMs);
      } catch (error) {
        return sendDatabaseFault(reply, request, databaseFault(error) ?? 'unavailable', {
          database: { reachable: false, driver: app.databaseDriver, latencyMs: null },
        });
      }
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      return { status: 'ok' as const, database: { reachable: true, driver: app.databaseDriver, latencyMs } };
    },
  );
}
