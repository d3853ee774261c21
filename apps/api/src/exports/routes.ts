import { exportParams, recordEntityLabels, toShanghaiDate, type ExportFormat, type RecordEntity } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { principalOf } from '../auth/principal.js';
import { assertInScope } from '../auth/scope.js';
import { problems } from '../shared/openapi.js';
import type { ResourceContext } from '../shared/resource/context.js';
import type { ListQueryBase, ResourceSpec } from '../shared/resource/spec.js';
import { chooseColumns, writeRecordExport } from './records.js';
import { attachment, formatTypes } from './stream.js';

/** `GET /api/v1/{entity}/export`: the whole list, as filtered and sorted on screen, as CSV or XLSX. */
export function registerExportRoute<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
) {
  const entity = spec.entity as RecordEntity;
  const querystring = (spec.schemas.query as unknown as z.ZodObject).safeExtend(exportParams);
  context.server.get(
    `${context.base}/export`,
    {
      config: context.read,
      schema: {
        operationId: `export${spec.singular}s`,
        tags: context.tags,
        summary: `Export ${spec.entity} as CSV or XLSX`,
        description:
          'Every record the list would show (your scope, the same filters and sort; paging ignored), streamed. Text starting with = + - @ is prefixed with an apostrophe so spreadsheet programs do not run it as a formula.',
        querystring,
        produces: [formatTypes.csv, formatTypes.xlsx],
        response: { 200: z.unknown().meta({ description: 'the file: text/csv (UTF-8 with BOM) or XLSX' }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { format, columns: requested, ...filters } = request.query as { format: ExportFormat; columns?: string };
      const query = filters as unknown as Query;
      const principal = principalOf(request);
      const columns = chooseColumns(entity, requested);
      // Problems with the query (an unknown region) answer before the first byte of the file.
      await context.listConditions(principal, query);
      if (query.region) assertInScope(principal, query.region, 'query.region', 'see');
      const body = new PassThrough();
      writeRecordExport(app.db, spec, context, { principal, query, columns, format }, body).catch((error: unknown) => {
        request.log.error({ err: error }, 'export failed after the response started');
        body.destroy(error as Error);
      });
      const fileName = `${recordEntityLabels[entity]}-${toShanghaiDate(new Date())}.${format}`;
      return reply.header('content-type', formatTypes[format]).header('content-disposition', attachment(fileName)).header('cache-control', 'no-store').send(body);
    },
  );
}
