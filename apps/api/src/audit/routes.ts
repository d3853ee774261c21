import { AuditPage, ListAuditQuery } from '@kepu/domain';
import { schema } from '@kepu/db';
import { and } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../kernel/principal.js';
import { withinScope } from '../kernel/scope.js';
import { inSubtree } from '../kernel/regions.js';
import { problems } from '../kernel/openapi.js';
import { listAudit } from '../kernel/audit/queries.js';

export function registerAuditRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    {
      config: { access: { permission: 'audit:read' } },
      schema: {
        operationId: 'listAudit',
        tags: ['审计 audit'],
        summary: 'The audit log of your scope, newest first',
        description: 'Every write, sign-in and key change: who (user or API key), when, from which IP, and what changed.',
        querystring: ListAuditQuery,
        response: { 200: AuditPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, region, ...filters } = request.query;
      const { auditLog } = schema;
      const scope = and(withinScope(principalOf(request), auditLog.regionCode), region ? inSubtree(auditLog.regionCode, region) : undefined);
      const result = await listAudit(app.db, { scope, ...filters }, { page, pageSize });
      return { ...result, page, pageSize };
    },
  );
}
