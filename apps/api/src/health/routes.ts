import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ reachable: z.boolean(), driver: z.enum(['pglite', 'postgres']), latencyMs: z.number().nullable() }),
  })
  .meta({ id: 'Health' });

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
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      const reachable = await app.db.execute(sql`select 1`).then(
        () => true,
        () => false,
      );
      const latencyMs = reachable ? Math.round((performance.now() - started) * 10) / 10 : null;
      return reply
        .code(reachable ? 200 : 503)
        .send({ status: reachable ? 'ok' : 'unavailable', database: { reachable, driver: app.databaseDriver, latencyMs } });
    },
  );
}
