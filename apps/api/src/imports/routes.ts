import {
  ImportEntityParams,
  ImportResponse,
  IdParams,
  SheetFormatQuery,
  UploadQuery,
  recordEntityLabels,
  toShanghaiIso,
  type ImportableEntity,
  type Language,
} from '@kepu/domain';
import { schema } from '@kepu/db';
import { and, eq, getTableColumns } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, type Principal } from '../kernel/principal.js';
import { withinScope } from '../kernel/scope.js';
import { AppError, notFound, problem } from '../kernel/errors.js';
import { languageOf } from '../kernel/language.js';
import { problems } from '../kernel/openapi.js';
import { formatTypes, sendDownload } from '../kernel/download.js';
import { checkBasis, commitImport } from './commit.js';
import { planImport, summarise, tallyPlan } from './plan.js';
import { readUpload } from './upload.js';
import { dictionaryEntriesFor } from '../kernel/dictionary.js';
import { errorSheetChunks, templateChunks } from './sheets.js';

const sheetMediaTypes = [formatTypes.csv, formatTypes.xlsx];
/** What a sheet may be sent as: browsers send a CSV as any of the last three. */
const uploadMediaTypes = ['text/csv', formatTypes.xlsx, 'application/octet-stream', 'application/vnd.ms-excel'];

/** Uploads above this are refused before they are read; a year of a district's events is far smaller. */
export const maxUploadBytes = 20 * 1024 * 1024;

const { imports } = schema;
/** An import without its file: the file is read only to plan it (10 MiB of CSV travels as 20 MiB of hex). */
const { file: _file, ...importColumns } = getTableColumns(imports);
type ImportRow = Omit<typeof imports.$inferSelect, 'file'>;

const toResponse = (row: ImportRow) => ({
  id: row.id,
  entity: row.entity as ImportableEntity,
  fileName: row.fileName,
  format: row.format as 'csv' | 'xlsx',
  status: row.status as 'checked' | 'committed',
  summary: row.summary as z.infer<typeof ImportResponse>['summary'],
  createdAt: toShanghaiIso(row.createdAt),
  committedAt: row.committedAt ? toShanghaiIso(row.committedAt) : null,
});

function requireWrite(principal: Principal, entity: ImportableEntity) {
  if (!principal.permissions.has(`${entity}:write`)) throw new AppError(problem('importNeedsWrite', { entity, label: recordEntityLabels[entity] }));
}

/**
 * Imports of organisations, venues and events from CSV or XLSX: a template, a dry run that stores
 * the upload with what it found, the error sheet, and an all-or-nothing commit.
 */
export function importRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['导入 imports'];
  app.addContentTypeParser(uploadMediaTypes, { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => {
    done(null, body);
  });

  async function findImport(principal: Principal, id: string): Promise<ImportRow> {
    const [row] = await app.db
      .select(importColumns)
      .from(imports)
      .where(and(eq(imports.id, id), withinScope(principal, imports.regionCode)));
    if (!row) throw notFound('imports');
    requireWrite(principal, row.entity as ImportableEntity);
    return row;
  }

  server.get(
    '/api/v1/import-templates/:entity',
    {
      config: { access: { authenticated: true } },
      schema: {
        operationId: 'getImportTemplate',
        tags,
        summary: 'Download the import template',
        description: 'Chinese headers; the XLSX has a second sheet explaining every column and its allowed values.',
        params: ImportEntityParams,
        querystring: SheetFormatQuery,
        produces: sheetMediaTypes,
        response: { 200: z.unknown().meta({ description: 'the template file' }), ...problems(400, 401) },
      },
    },
    async (request, reply) => {
      const { entity } = request.params;
      return sendDownload(reply, {
        fileName: `${recordEntityLabels[entity]}导入模板.${request.query.format}`,
        contentType: formatTypes[request.query.format],
        body: templateChunks(entity, request.query.format, await dictionaryEntriesFor(app.db)),
      });
    },
  );

  server.post(
    '/api/v1/imports',
    {
      config: { access: { authenticated: true }, heavy: true },
      schema: {
        operationId: 'checkImport',
        tags,
        summary: 'Upload a sheet and check it (dry run)',
        description: `Send the file as the request body (Content-Type text/csv, ${formatTypes.xlsx} or application/octet-stream; at most 20 MiB). Nothing is written: every row is validated and matched, and the result says how many rows would be created, updated or left unchanged, and what is wrong. Commit it with POST /api/v1/imports/{id}/commit.`,
        querystring: UploadQuery,
        consumes: uploadMediaTypes,
        body: z.unknown().meta({ description: 'the CSV or XLSX file' }),
        response: { 201: ImportResponse, ...problems(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const { entity } = request.query;
      const principal = principalOf(request);
      requireWrite(principal, entity);
      if (!Buffer.isBuffer(request.body)) {
        const message = { zh: `Content-Type 请用 text/csv 或 ${formatTypes.xlsx}`, en: `use Content-Type text/csv or ${formatTypes.xlsx}` };
        throw new AppError(problem('importMediaType'), { errors: [{ field: 'body', message }] });
      }
      const { format, rows } = readUpload(request.body);
      const checkedAgainst = await checkBasis(app.db, entity);
      const plan = await tallyPlan(await planImport(app.db, entity, rows, principal));
      const language = languageOf(request);
      const [row] = await app.db
        .insert(imports)
        .values({
          entity,
          fileName: request.query.fileName ?? `upload.${format}`,
          format,
          file: request.body,
          summary: summarise(plan, language),
          checkedAgainst,
          language,
          actorType: principal.kind,
          actorId: principal.id,
          regionCode: principal.scopeRegionCode,
        })
        .returning(importColumns);
      return reply.code(201).send(toResponse(row as ImportRow));
    },
  );

  server.get(
    '/api/v1/imports/:id',
    {
      config: { access: { authenticated: true } },
      schema: {
        operationId: 'getImport',
        tags,
        summary: 'An import and what its check found',
        params: IdParams,
        response: { 200: ImportResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toResponse(await findImport(principalOf(request), request.params.id)),
  );

  server.get(
    '/api/v1/imports/:id/errors',
    {
      config: { access: { authenticated: true }, heavy: true },
      schema: {
        operationId: 'getImportErrorSheet',
        tags,
        summary: "The uploaded rows with a column naming each row's problems",
        params: IdParams,
        querystring: SheetFormatQuery,
        produces: sheetMediaTypes,
        response: { 200: z.unknown().meta({ description: 'the error sheet' }), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const upload = await findImport(principal, request.params.id);
      const entity = upload.entity as ImportableEntity;
      const [{ file } = { file: Buffer.alloc(0) }] = await app.db.select({ file: imports.file }).from(imports).where(eq(imports.id, upload.id));
      const plan = await planImport(app.db, entity, readUpload(file).rows, principal);
      return sendDownload(reply, {
        fileName: `${recordEntityLabels[entity]}-错误.${request.query.format}`,
        contentType: formatTypes[request.query.format],
        body: errorSheetChunks(entity, plan, request.query.format, upload.language as Language),
      });
    },
  );

  server.post(
    '/api/v1/imports/:id/commit',
    {
      config: { access: { authenticated: true }, heavy: true },
      schema: {
        operationId: 'commitImport',
        tags,
        summary: 'Write a checked import, all rows or none',
        description:
          'Re-checks the file against the data as it is now and writes every row in one transaction, audited as one import. Any problem is a 422 and nothing is written. Committing twice returns the first result.',
        params: IdParams,
        response: { 200: ImportResponse, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await findImport(principal, request.params.id);
      await commitImport(app.db, request.params.id, principal, { principal, ip: request.ip }, { sessions: app.databaseSessions });
      return toResponse(await findImport(principal, request.params.id));
    },
  );
  done();
}
