import { exportParams, recordEntityLabels, toShanghaiDate, type ExportFormat, type RecordEntity, type TableColumn } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import { PassThrough, type Writable } from 'node:stream';
import { z } from 'zod';
import { principalOf, type Principal } from '../kernel/principal.js';
import { assertInScope } from '../kernel/scope.js';
import { invalidFields, issueErrors } from '../kernel/errors.js';
import { problems } from '../kernel/openapi.js';
import type { ResourceContext } from '../kernel/resource/context.js';
import type { ListQueryBase, ResourceSpec } from '../kernel/resource/spec.js';
import { chooseColumns, writeRecordExport } from './records.js';
import { formatTypes, sendDownload } from '../kernel/download.js';

/** A list export as scheduled exports run it, as the schedule's owner; `check` is for saving the schedule. */
export interface RecordExporter {
  /** Parses the list filters and columns for this principal; problems name fields under `field`. */
  check(
    principal: Principal,
    filters: Record<string, unknown>,
    columns: string | undefined,
    field: string,
  ): { query: unknown; columns: TableColumn[] };
  write(principal: Principal, filters: Record<string, unknown>, columns: string | undefined, format: ExportFormat, sink: Writable): Promise<number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    recordExporters: Map<RecordEntity, RecordExporter>;
  }
}

const notAFilter = { zh: '不是此列表的筛选条件', en: 'not a filter of this list' };

/**
 * `GET /api/v1/{entity}/export`: the whole list, as filtered and sorted on screen, as CSV or XLSX.
 * Also adds the entity's exporter to `app.recordExporters` (decorated in app.ts) for scheduled exports.
 */
export function registerExportRoute<Row extends { id: string; version: number }, Create, Query extends ListQueryBase, Response>(
  app: FastifyInstance,
  spec: ResourceSpec<Row, Create, Query, Response>,
  context: ResourceContext<Row, Create, Query, Response>,
) {
  const entity = spec.entity as RecordEntity;
  const querystring = (spec.schemas.query as unknown as z.ZodObject).safeExtend(exportParams);
  const check = (principal: Principal, filters: Record<string, unknown>, columns: string | undefined, field: string) => {
    const parsed = spec.schemas.query.safeParse(filters, { reportInput: true });
    if (!parsed.success) throw invalidFields(issueErrors(parsed.error.issues, `${field}.filters`, notAFilter));
    if (parsed.data.region) assertInScope(principal, parsed.data.region, `${field}.filters.region`, 'see');
    return { query: parsed.data, columns: chooseColumns(entity, columns, `${field}.columns`) };
  };
  app.recordExporters.set(entity, {
    check,
    async write(principal, filters, columns, format, sink) {
      const checked = check(principal, filters, columns, 'schedule.target');
      return writeRecordExport(app, spec, context, { principal, query: checked.query, columns: checked.columns, format }, sink);
    },
  });
  context.server.get(
    `${context.base}/export`,
    {
      config: { ...context.read, heavy: true },
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
      writeRecordExport(app, spec, context, { principal, query, columns, format }, body).catch((error: unknown) => {
        request.log.error({ err: error }, 'export failed after the response started');
        body.destroy(error as Error);
      });
      const fileName = `${recordEntityLabels[entity]}-${toShanghaiDate(new Date())}.${format}`;
      return sendDownload(reply, { fileName, contentType: formatTypes[format], body });
    },
  );
}
