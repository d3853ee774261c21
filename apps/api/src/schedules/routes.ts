import {
  CreateScheduleBody,
  DownloadQuery,
  IdParams,
  ListSchedulesQuery,
  RunPage,
  ScheduleResponse,
  SchedulePage,
  UpdateScheduleBody,
  recordEntityLabels,
  scheduleTarget,
  toShanghaiIso,
  type CreateSchedule,
  type MailStatus,
  type RunStatus,
  type ScheduleTarget,
} from '@kepu/domain';
import { schema, type Executor } from '@kepu/db';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import { assertInScope, withinScope } from '../kernel/scope.js';
import { AppError, invalidFields, notFound, preconditionFailed, problem } from '../kernel/errors.js';
import { expectedVersion, withEtag } from '../kernel/http.js';
import { formatTypes, sendDownload } from '../kernel/download.js';
import { pdfType } from '../reports/index.js';
import { problems } from '../kernel/openapi.js';
import { IfMatchHeaders } from '../kernel/resource/context.js';
import { requireRegion } from '../kernel/references.js';
import { issueRunLink } from './links.js';
import { cronOf } from './scheduler.js';

/** What a run's file is: a list as CSV or XLSX, a report as XLSX or PDF. */
const runMediaTypes = [formatTypes.csv, formatTypes.xlsx, pdfType];

const { exportRuns, exportSchedules, users } = schema;
type ScheduleRow = typeof exportSchedules.$inferSelect;
type RunRow = typeof exportRuns.$inferSelect;

const nextRunOf = (cron: string) => {
  const next = cronOf(cron).nextRun();
  return next ? toShanghaiIso(next) : null;
};

/** A schedule runs as its owner: only a signed-in user can own one, and only for what that user may read. */
async function checkSchedule(app: FastifyInstance, principal: Principal, body: { cron?: string; target?: ScheduleTarget }) {
  if (body.cron !== undefined) {
    try {
      cronOf(body.cron);
    } catch (error) {
      const reason = (error as Error).message;
      throw invalidFields([{ field: 'body.cron', message: { zh: `不是有效的 cron 表达式：${reason}`, en: `not a cron expression: ${reason}` } }]);
    }
  }
  const target = body.target;
  if (!target) return;
  if (target.kind === 'list') {
    if (!principal.permissions.has(`${target.entity}:read`))
      throw new AppError(problem('exportNeedsRead', { entity: target.entity, label: recordEntityLabels[target.entity] }));
    app.recordExporters.get(target.entity)?.check(principal, target.filters, target.columns?.join(','), 'body.target');
    return;
  }
  if (!principal.permissions.has('stats:read')) throw new AppError(problem('reportsNeedStats'));
  if (target.region) {
    await requireRegion(target.region, 'body.target.region');
    assertInScope(principal, target.region, 'body.target.region', 'see');
  }
  if (target.report === 'statistics-form' && target.format !== 'xlsx') {
    throw invalidFields([{ field: 'body.target.format', message: { zh: '科普统计表只能生成 XLSX', en: 'the 科普统计 form is XLSX only' } }]);
  }
}

export function registerScheduleRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['定时导出 scheduled exports'];
  const base = '/api/v1/export-schedules';
  const access = { access: { authenticated: true } } as const;

  const toResponse = (row: ScheduleRow, ownerName: string) => ({
    name: row.name,
    ownerId: row.ownerId,
    ownerName,
    regionCode: row.regionCode,
    target: scheduleTarget.parse(row.params),
    cron: row.cron,
    recipients: row.recipients,
    active: row.active,
    nextRunAt: row.active ? nextRunOf(row.cron) : null,
    id: row.id,
    version: row.version,
    createdAt: toShanghaiIso(row.createdAt),
    updatedAt: toShanghaiIso(row.updatedAt),
  });

  async function runResponse(row: RunRow) {
    const link = row.status === 'succeeded' && row.storageKey ? await issueRunLink(app.runLinks, row.id) : null;
    return {
      id: row.id,
      scheduleId: row.scheduleId,
      occurrence: toShanghaiIso(row.occurrence),
      status: row.status as RunStatus,
      attempts: row.attempts,
      scopeRegionCode: row.scopeRegionCode,
      fileName: row.fileName,
      bytes: row.bytes,
      rows: row.rows,
      error: row.error,
      startedAt: row.startedAt ? toShanghaiIso(row.startedAt) : null,
      finishedAt: row.finishedAt ? toShanghaiIso(row.finishedAt) : null,
      downloadUrl: link?.path ?? null,
      downloadExpiresAt: link ? toShanghaiIso(link.expiresAt) : null,
      mail: {
        status: row.mailStatus as MailStatus,
        recipients: row.mailRecipients,
        attempts: row.mailAttempts,
        error: row.mailError,
        sentAt: row.mailSentAt ? toShanghaiIso(row.mailSentAt) : null,
      },
    };
  }

  /** A schedule the caller may see: in its scope. Changing it takes its owner or an administrator. */
  async function findSchedule(executor: Executor, principal: Principal, id: string, lock = false) {
    const query = executor
      .select({ schedule: exportSchedules, ownerName: users.displayName })
      .from(exportSchedules)
      .innerJoin(users, eq(users.id, exportSchedules.ownerId))
      .where(and(eq(exportSchedules.id, id), isNull(exportSchedules.deletedAt), withinScope(principal, exportSchedules.regionCode)));
    const [found] = lock ? await query.for('update', { of: exportSchedules }) : await query;
    if (!found) throw notFound('export-schedules');
    return found;
  }

  function assertMayChange(principal: Principal, schedule: ScheduleRow) {
    if (schedule.ownerId !== principal.id && !principal.permissions.has('users:manage')) throw new AppError(problem('scheduleOwnerOnly'));
  }

  server.get(
    base,
    {
      config: access,
      schema: {
        operationId: 'listExportSchedules',
        tags,
        summary: 'Scheduled exports in your scope',
        querystring: ListSchedulesQuery,
        response: { 200: SchedulePage, ...problems(400, 401) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { page, pageSize } = request.query;
      const where = and(isNull(exportSchedules.deletedAt), withinScope(principal, exportSchedules.regionCode));
      const rows = await app.db
        .select({ schedule: exportSchedules, ownerName: users.displayName })
        .from(exportSchedules)
        .innerJoin(users, eq(users.id, exportSchedules.ownerId))
        .where(where)
        .orderBy(desc(exportSchedules.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await app.db.select({ n: count() }).from(exportSchedules).where(where);
      return { items: rows.map((row) => toResponse(row.schedule, row.ownerName)), page, pageSize, total: total?.n ?? 0 };
    },
  );

  server.post(
    base,
    {
      config: access,
      schema: {
        operationId: 'createExportSchedule',
        tags,
        summary: 'Schedule a report or a list export',
        description:
          'Runs as you, with your scope at run time, on the cron expression in Asia/Shanghai. Each occurrence runs once however many API replicas there are; failures are retried.',
        body: CreateScheduleBody,
        response: { 201: ScheduleResponse, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind !== 'user') throw new AppError(problem('schedulesNeedUser'));
      const body: CreateSchedule = request.body;
      await checkSchedule(app, principal, body);
      const created = await app.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(exportSchedules)
          .values({
            name: body.name,
            ownerId: principal.id,
            regionCode: principal.scopeRegionCode,
            kind: body.target.kind,
            params: body.target,
            format: body.target.format,
            cron: body.cron,
            recipients: body.recipients,
            active: body.active,
          })
          .returning();
        const schedule = row as ScheduleRow;
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'create',
            entity: 'export-schedules',
            entityId: schedule.id,
            regionCode: schedule.regionCode,
            after: { name: body.name, target: body.target, cron: body.cron, recipients: body.recipients },
          },
        );
        return schedule;
      });
      return withEtag(reply, created.version).code(201).send(toResponse(created, principal.label));
    },
  );

  server.get(
    `${base}/:id`,
    {
      config: access,
      schema: {
        operationId: 'getExportSchedule',
        tags,
        summary: 'A scheduled export',
        params: IdParams,
        response: { 200: ScheduleResponse, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const found = await findSchedule(app.db, principalOf(request), request.params.id);
      return withEtag(reply, found.schedule.version).send(toResponse(found.schedule, found.ownerName));
    },
  );

  server.patch(
    `${base}/:id`,
    {
      config: access,
      schema: {
        operationId: 'updateExportSchedule',
        tags,
        summary: 'Change a scheduled export',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateScheduleBody,
        response: { 200: ScheduleResponse, ...problems(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const version = expectedVersion(request.headers['if-match']);
      const patch = request.body as Partial<CreateSchedule>;
      await checkSchedule(app, principal, patch);
      const updated = await app.db.transaction(async (tx) => {
        const { schedule, ownerName } = await findSchedule(tx, principal, request.params.id, true);
        assertMayChange(principal, schedule);
        if (schedule.version !== version) throw preconditionFailed('export-schedules', schedule.version);
        const [row] = await tx
          .update(exportSchedules)
          .set({
            ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.target ? { kind: patch.target.kind, params: patch.target, format: patch.target.format } : {}),
            ...(patch.cron !== undefined ? { cron: patch.cron } : {}),
            ...(patch.recipients !== undefined ? { recipients: patch.recipients } : {}),
            ...(patch.active !== undefined ? { active: patch.active } : {}),
            version: sql`${exportSchedules.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(eq(exportSchedules.id, schedule.id))
          .returning();
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'update',
            entity: 'export-schedules',
            entityId: schedule.id,
            regionCode: schedule.regionCode,
            before: { ...(schedule.params as object), cron: schedule.cron, active: schedule.active },
            after: { ...(row?.params as object), cron: row?.cron, active: row?.active },
          },
        );
        return { row: row as ScheduleRow, ownerName };
      });
      return withEtag(reply, updated.row.version).send(toResponse(updated.row, updated.ownerName));
    },
  );

  server.delete(
    `${base}/:id`,
    {
      config: access,
      schema: {
        operationId: 'deleteExportSchedule',
        tags,
        summary: 'Stop and remove a scheduled export; its runs and files stay downloadable',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 204: z.null().meta({ description: 'deleted' }), ...problems(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const version = expectedVersion(request.headers['if-match']);
      await app.db.transaction(async (tx) => {
        const { schedule } = await findSchedule(tx, principal, request.params.id, true);
        assertMayChange(principal, schedule);
        if (schedule.version !== version) throw preconditionFailed('export-schedules', schedule.version);
        await tx
          .update(exportSchedules)
          .set({ deletedAt: sql`now()`, version: sql`${exportSchedules.version} + 1` })
          .where(eq(exportSchedules.id, schedule.id));
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'delete', entity: 'export-schedules', entityId: schedule.id, regionCode: schedule.regionCode, before: { name: schedule.name } },
        );
      });
      return reply.code(204).send(null);
    },
  );

  server.get(
    `${base}/:id/runs`,
    {
      config: access,
      schema: {
        operationId: 'listExportRuns',
        tags,
        summary: "A schedule's runs, newest first, with their status, errors and download links",
        params: IdParams,
        querystring: ListSchedulesQuery,
        response: { 200: RunPage, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { schedule } = await findSchedule(app.db, principalOf(request), request.params.id);
      const { page, pageSize } = request.query;
      const rows = await app.db
        .select()
        .from(exportRuns)
        .where(eq(exportRuns.scheduleId, schedule.id))
        .orderBy(desc(exportRuns.occurrence))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await app.db.select({ n: count() }).from(exportRuns).where(eq(exportRuns.scheduleId, schedule.id));
      return { items: await Promise.all(rows.map(runResponse)), page, pageSize, total: total?.n ?? 0 };
    },
  );

  const sendRunFile = async (reply: FastifyReply, run: RunRow | undefined) => {
    if (!run || run.status !== 'succeeded' || !run.storageKey) throw new AppError(problem('runHasNoFile'));
    const body = await app.files.read(run.storageKey);
    if (!body) throw new AppError(problem('runFileGone'));
    return sendDownload(reply, { fileName: run.fileName ?? 'export', contentType: run.contentType ?? 'application/octet-stream', body });
  };

  server.get(
    '/api/v1/export-runs/:id/file',
    {
      config: access,
      schema: {
        operationId: 'downloadExportRun',
        tags,
        summary: "Download a run's file (signed in)",
        params: IdParams,
        produces: runMediaTypes,
        response: { 200: z.unknown().meta({ description: 'the file' }), ...problems(400, 401, 404, 410) },
      },
    },
    async (request, reply) => {
      const [run] = await app.db.select().from(exportRuns).where(eq(exportRuns.id, request.params.id));
      if (!run) throw notFound('export-runs');
      await findSchedule(app.db, principalOf(request), run.scheduleId);
      return sendRunFile(reply, run);
    },
  );

  server.get(
    '/api/v1/downloads/export-runs/:id',
    {
      config: { access: { public: true } },
      schema: {
        operationId: 'downloadExportRunByLink',
        tags,
        summary: "Download a run's file by its link, without signing in",
        description:
          "The link (a run's `downloadUrl`, as sent to the schedule's recipients) carries `expires` and an HMAC `signature`; it stops working when it expires.",
        params: IdParams,
        querystring: DownloadQuery,
        produces: runMediaTypes,
        response: { 200: z.unknown().meta({ description: 'the file' }), ...problems(400, 403, 404, 410) },
      },
    },
    async (request, reply) => {
      const { expires, signature } = request.query;
      const [run] = await app.db.select().from(exportRuns).where(eq(exportRuns.id, request.params.id));
      if (!run || !(await app.runLinks.signer()).verify(run.id, expires, signature)) {
        throw new AppError(problem('downloadLinkInvalid'), {
          errors: [{ field: 'query.signature', message: { zh: '无效或已过期', en: 'invalid or expired' } }],
        });
      }
      return sendRunFile(reply, run);
    },
  );

  /** A run as the principal may read it (its schedule in scope), for webhook deliveries of `export-runs` events: their download link. */
  async function readRun(executor: Executor, principal: Principal, id: string) {
    const [found] = await executor
      .select({ run: exportRuns })
      .from(exportRuns)
      .innerJoin(exportSchedules, eq(exportSchedules.id, exportRuns.scheduleId))
      .where(and(eq(exportRuns.id, id), isNull(exportSchedules.deletedAt), withinScope(principal, exportSchedules.regionCode)));
    return found ? runResponse(found.run) : undefined;
  }
  return { readRun };
}
