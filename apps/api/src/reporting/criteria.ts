import { schema } from '@kepu/db';
import {
  CreateCriterionBody,
  CriterionList,
  CriterionParams,
  CriterionResponse,
  MAX_CRITERIA,
  UpdateCriterionBody,
  toShanghaiIso,
} from '@kepu/domain';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../kernel/audit/record.js';
import { AppError, notFound, preconditionFailed, problem, unprocessable } from '../kernel/errors.js';
import { expectedVersion, withEtag } from '../kernel/http.js';
import { problems } from '../kernel/openapi.js';
import { principalOf } from '../kernel/principal.js';
import { IfMatchHeaders } from '../kernel/resource/context.js';
import { describeMetric, unknownMetric } from '../stats/index.js';
import { cityRegionCode } from '@kepu/domain';

const { assessmentCriteria } = schema;
type CriterionRow = typeof assessmentCriteria.$inferSelect;

const toResponse = (row: CriterionRow) => ({
  code: row.code,
  group: row.groupName,
  name: row.name,
  weight: row.weight,
  metric: row.metric,
  comparator: row.comparator as 'gte' | 'lte',
  threshold: row.threshold,
  unit: row.unit,
  definition: row.definition,
  position: row.position,
  active: row.active,
  id: row.id,
  version: row.version,
  createdAt: toShanghaiIso(row.createdAt),
  updatedAt: toShanghaiIso(row.updatedAt),
});

/**
 * The 全国科普示范区 criteria (评价标准) the city keeps: self-assessments copy the active ones when they
 * open. The seeded set is a starting point to check against the official 创建办法.
 */
export function registerCriteriaRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['填报 reporting'];
  const base = '/api/v1/assessment-criteria';
  const manage = { access: { permission: 'assessment:manage' as const } };

  const checkMetric = async (metric: string | null | undefined) => {
    if (metric && !(await describeMetric(app.db, metric)))
      throw unprocessable([
        {
          field: 'body.metric',
          message: unknownMetric(metric),
        },
      ]);
  };
  const find = async (code: string) => {
    const [row] = await app.db
      .select()
      .from(assessmentCriteria)
      .where(and(eq(assessmentCriteria.code, code), isNull(assessmentCriteria.deletedAt)));
    if (!row) throw notFound('assessment-criteria');
    return row;
  };

  server.get(
    base,
    {
      config: { access: { permission: 'stats:read' } },
      schema: {
        operationId: 'listAssessmentCriteria',
        tags,
        summary: 'The 全国科普示范区 criteria catalogue',
        response: { 200: CriterionList, ...problems(401, 403) },
      },
    },
    async () => {
      const rows = await app.db
        .select()
        .from(assessmentCriteria)
        .where(isNull(assessmentCriteria.deletedAt))
        .orderBy(asc(assessmentCriteria.position), asc(assessmentCriteria.code));
      return { items: rows.map(toResponse) };
    },
  );

  server.post(
    base,
    {
      config: manage,
      schema: {
        operationId: 'createAssessmentCriterion',
        tags,
        summary: 'Add a criterion (市科协 admin)',
        body: CreateCriterionBody,
        response: { 201: CriterionResponse, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const body = request.body;
      await checkMetric(body.metric);
      const row = await app.db.transaction(async (tx) => {
        // One create at a time, so two at once cannot both take the catalogue's last place.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext('assessment-criteria'))`);
        const [held] = await tx.select({ criteria: count() }).from(assessmentCriteria).where(isNull(assessmentCriteria.deletedAt));
        if ((held?.criteria ?? 0) >= MAX_CRITERIA) throw new AppError(problem('criteriaFull', { max: MAX_CRITERIA }));
        const [created] = await tx
          .insert(assessmentCriteria)
          .values({ ...body, groupName: body.group })
          .returning();
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'create', entity: 'assessment-criteria', entityId: created?.id ?? null, regionCode: cityRegionCode, after: body },
        );
        return created as CriterionRow;
      });
      return withEtag(reply, row.version).code(201).send(toResponse(row));
    },
  );

  server.patch(
    `${base}/:code`,
    {
      config: manage,
      schema: {
        operationId: 'updateAssessmentCriterion',
        tags,
        summary: 'Change a criterion; running self-assessments keep the criteria they opened with',
        params: CriterionParams,
        headers: IfMatchHeaders,
        body: UpdateCriterionBody,
        response: { 200: CriterionResponse, ...problems(400, 401, 403, 404, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const version = expectedVersion(request.headers['if-match']);
      const { group, ...rest } = request.body;
      await checkMetric(rest.metric);
      const current = await find(request.params.code);
      if (current.version !== version) throw preconditionFailed('assessment-criteria', current.version);
      const merged = {
        metric: rest.metric === undefined ? current.metric : rest.metric,
        threshold: rest.threshold === undefined ? current.threshold : rest.threshold,
      };
      if (merged.metric && merged.threshold === null)
        throw unprocessable([
          { field: 'body.threshold', message: { zh: '按数据评价的标准须填写达标值', en: 'a measured criterion needs a threshold' } },
        ]);
      const row = await app.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(assessmentCriteria)
          .set({
            ...rest,
            ...(group !== undefined ? { groupName: group } : {}),
            version: sql`${assessmentCriteria.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(and(eq(assessmentCriteria.id, current.id), eq(assessmentCriteria.version, version)))
          .returning();
        if (!updated) throw preconditionFailed('assessment-criteria', current.version + 1);
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'update',
            entity: 'assessment-criteria',
            entityId: current.id,
            regionCode: cityRegionCode,
            before: toResponse(current),
            after: toResponse(updated),
          },
        );
        return updated;
      });
      return withEtag(reply, row.version).send(toResponse(row));
    },
  );

  server.delete(
    `${base}/:code`,
    {
      config: manage,
      schema: {
        operationId: 'deleteAssessmentCriterion',
        tags,
        summary: 'Remove a criterion from the catalogue; self-assessments already opened keep it',
        params: CriterionParams,
        headers: IfMatchHeaders,
        response: { 204: z.null().meta({ description: 'deleted' }), ...problems(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const version = expectedVersion(request.headers['if-match']);
      const current = await find(request.params.code);
      if (current.version !== version) throw preconditionFailed('assessment-criteria', current.version);
      await app.db.transaction(async (tx) => {
        await tx
          .update(assessmentCriteria)
          .set({ deletedAt: sql`now()`, version: sql`${assessmentCriteria.version} + 1` })
          .where(eq(assessmentCriteria.id, current.id));
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          { action: 'delete', entity: 'assessment-criteria', entityId: current.id, regionCode: cityRegionCode, before: toResponse(current) },
        );
      });
      return reply.code(204).send(null);
    },
  );
}
