import { insertMany, regionIndex, schema } from '@kepu/db';
import {
  CampaignPage,
  CampaignResponse,
  CreateCampaignBody,
  IdParams,
  ListCampaignsQuery,
  ProgressQuery,
  ProgressResponse,
  RemindBody,
  RemindResponse,
  UpdateCampaignBody,
  isInRegionSubtree,
  regionLevelOf,
  reportingLevel,
  submissionStatus,
  toShanghaiIso,
  type CampaignItem,
  type CreateCampaign,
  type RegionLevel,
  type ReportingLevel,
} from '@kepu/domain';
import { and, count, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordAudit } from '../kernel/audit/record.js';
import { formatTypes, sendDownload, tableChunks } from '../kernel/download.js';
import { AppError, preconditionFailed, problem } from '../kernel/errors.js';
import { expectedVersion, withEtag } from '../kernel/http.js';
import { problems } from '../kernel/openapi.js';
import { principalOf, type Principal } from '../kernel/principal.js';
import { requireRegion } from '../kernel/references.js';
import { IfMatchHeaders } from '../kernel/resource/context.js';
import { assertInScope, withinScope } from '../kernel/scope.js';
import { mayReview } from './access.js';
import { campaignItems } from './items.js';
import { campaignVisible, countsOf, findCampaign, itemsOf, submissionSummaries, userNames, type CampaignRow } from './store.js';

const { reportingCampaigns, reportingSubmissions } = schema;

const levelRank: Record<RegionLevel, number> = { city: 0, district: 1, township: 2, village: 3 };

const levelOf = (code: string): ReportingLevel => (regionLevelOf(code) === 'township' ? 'township' : 'district');

/** Per level and item, the sum over the approved submissions (`district.events`, `township.events`): what the level above adds up. */
function approvedTotals(items: readonly { region: { code: string }; status: string; figures: Record<string, number | null> }[]) {
  const totals: Record<string, { value: number | null; approved: number }> = {};
  for (const item of items.filter((candidate) => candidate.status === 'approved')) {
    for (const [key, value] of Object.entries(item.figures)) {
      const total = (totals[`${levelOf(item.region.code)}.${key}`] ??= { value: null, approved: 0 });
      total.approved += 1;
      if (value !== null) total.value = (total.value ?? 0) + value;
    }
  }
  return totals;
}

/** Campaigns ask units strictly below the level that opens them; a self-assessment asks the 区县. */
async function unitsOf(principal: Principal, region: { code: string; level: RegionLevel }, body: CreateCampaign) {
  const levels = body.kind === 'assessment' ? (['district'] as const) : body.levels;
  if (levels.some((level) => levelRank[level] <= levelRank[region.level]) || (body.kind === 'assessment' && region.level !== 'city'))
    throw new AppError(problem('campaignLevels'), {
      errors: [{ field: 'body.levels', message: { zh: `须低于${region.level === 'city' ? '市' : '区县'}级`, en: `must be below ${region.level}` } }],
    });
  const all = await regionIndex();
  const units = [...all.values()].filter(
    (unit) => (levels as readonly string[]).includes(unit.level) && unit.code !== region.code && isInRegionSubtree(unit.code, region.code),
  );
  assertInScope(principal, region.code, 'body.region');
  return { levels: [...levels], units };
}

export function registerCampaignRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['填报 reporting'];
  const base = '/api/v1/campaigns';

  async function toResponse(row: CampaignRow, principal: Principal, createdByName?: string) {
    const name = createdByName ?? (await userNames(app.db, [row.createdBy])).get(row.createdBy) ?? '';
    const region = await requireRegion(row.regionCode);
    return {
      name: row.name,
      kind: row.kind as 'statistics' | 'assessment',
      year: row.year,
      regionCode: row.regionCode,
      regionName: region.fullName,
      levels: row.levels as ('township' | 'district')[],
      items: row.items as CampaignItem[],
      deadline: row.deadline,
      instructions: row.instructions,
      jumpThreshold: row.jumpThreshold,
      status: row.status as 'open' | 'closed',
      createdByName: name,
      counts: await countsOf(app.db, row, withinScope(principal, reportingSubmissions.regionCode)),
      id: row.id,
      version: row.version,
      createdAt: toShanghaiIso(row.createdAt),
      updatedAt: toShanghaiIso(row.updatedAt),
    };
  }

  server.get(
    base,
    {
      config: { access: { permission: 'stats:read' } },
      schema: {
        operationId: 'listCampaigns',
        tags,
        summary: 'Reporting campaigns opened in your scope or above it (those your unit answers)',
        querystring: ListCampaignsQuery,
        response: { 200: CampaignPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { page, pageSize, kind, year } = request.query;
      const where = and(
        isNull(reportingCampaigns.deletedAt),
        campaignVisible(principal),
        kind ? eq(reportingCampaigns.kind, kind) : undefined,
        year ? eq(reportingCampaigns.year, year) : undefined,
      );
      const rows = await app.db
        .select()
        .from(reportingCampaigns)
        .where(where)
        .orderBy(desc(reportingCampaigns.year), desc(reportingCampaigns.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await app.db.select({ n: count() }).from(reportingCampaigns).where(where);
      return { items: await Promise.all(rows.map((row) => toResponse(row, principal))), page, pageSize, total: total?.n ?? 0 };
    },
  );

  server.post(
    base,
    {
      config: { access: { permission: 'reporting:manage' } },
      schema: {
        operationId: 'openCampaign',
        tags,
        summary: 'Open a reporting campaign: one submission is made for each unit of the levels asked',
        description:
          'A 市科协 admin opens campaigns for the 区县 and/or 镇街 of the city, a 区县科协 admin for its own 镇街. ' +
          'A self-assessment (kind `assessment`) asks every 区县 for the active criteria of the catalogue.',
        body: CreateCampaignBody,
        response: { 201: CampaignResponse, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind !== 'user') throw new AppError(problem('campaignsNeedUser'));
      const body = request.body;
      const region = await requireRegion(body.region ?? principal.scopeRegionCode, 'body.region');
      const { levels, units } = await unitsOf(principal, region, body);
      const items = await campaignItems(app.db, body);
      const created = await app.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(reportingCampaigns)
          .values({
            name: body.name,
            kind: body.kind,
            year: body.year,
            regionCode: region.code,
            levels,
            items,
            deadline: body.deadline,
            instructions: body.instructions,
            jumpThreshold: body.jumpThreshold,
            createdBy: principal.id,
          })
          .returning();
        const campaign = row as CampaignRow;
        await insertMany(
          tx,
          reportingSubmissions,
          units.map((unit) => ({ campaignId: campaign.id, regionCode: unit.code })),
        );
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'create',
            entity: 'campaigns',
            entityId: campaign.id,
            regionCode: region.code,
            after: {
              name: body.name,
              kind: body.kind,
              year: body.year,
              levels,
              items: items.map((item) => item.key),
              deadline: body.deadline,
              units: units.length,
            },
          },
        );
        return campaign;
      });
      return withEtag(reply, created.version)
        .code(201)
        .send(await toResponse(created, principal, principal.label));
    },
  );

  server.get(
    `${base}/:id`,
    {
      config: { access: { permission: 'stats:read' } },
      schema: {
        operationId: 'getCampaign',
        tags,
        summary: 'A reporting campaign with the counts of its submissions in your scope',
        params: IdParams,
        response: { 200: CampaignResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const row = await findCampaign(app.db, principal, request.params.id);
      return withEtag(reply, row.version).send(await toResponse(row, principal));
    },
  );

  server.patch(
    `${base}/:id`,
    {
      config: { access: { permission: 'reporting:manage' } },
      schema: {
        operationId: 'updateCampaign',
        tags,
        summary: 'Rename a campaign, move its deadline, change its instructions, or close it',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateCampaignBody,
        response: { 200: CampaignResponse, ...problems(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const version = expectedVersion(request.headers['if-match']);
      const patch = request.body;
      const updated = await app.db.transaction(async (tx) => {
        const campaign = await findCampaign(tx, principal, request.params.id, true);
        assertInScope(principal, campaign.regionCode, 'params.id');
        if (campaign.version !== version) throw preconditionFailed('campaigns', campaign.version);
        const [row] = await tx
          .update(reportingCampaigns)
          .set({ ...patch, version: sql`${reportingCampaigns.version} + 1`, updatedAt: sql`now()` })
          .where(eq(reportingCampaigns.id, campaign.id))
          .returning();
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'update',
            entity: 'campaigns',
            entityId: campaign.id,
            regionCode: campaign.regionCode,
            before: { name: campaign.name, deadline: campaign.deadline, instructions: campaign.instructions, status: campaign.status },
            after: { name: row?.name, deadline: row?.deadline, instructions: row?.instructions, status: row?.status },
          },
        );
        return row as CampaignRow;
      });
      return withEtag(reply, updated.version).send(await toResponse(updated, principal));
    },
  );

  server.get(
    `${base}/:id/progress`,
    {
      config: { access: { permission: 'stats:read' } },
      schema: {
        operationId: 'getCampaignProgress',
        tags,
        summary: "Every unit's submission in your scope: status, overdue, reminders; as JSON, XLSX or CSV",
        params: IdParams,
        querystring: ProgressQuery,
        produces: ['application/json', formatTypes.csv, formatTypes.xlsx],
        response: { 200: ProgressResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const campaign = await findCampaign(app.db, principal, request.params.id);
      const scope = withinScope(principal, reportingSubmissions.regionCode);
      const where = and(eq(reportingSubmissions.campaignId, campaign.id), isNull(reportingSubmissions.deletedAt), scope) ?? scope;
      const [items, counts] = await Promise.all([submissionSummaries(app.db, where, { limit: 5000, offset: 0 }), countsOf(app.db, campaign, scope)]);
      const totals = approvedTotals(items);
      if (request.query.format === 'json') return { campaignId: campaign.id, counts, totals, items };
      const format = request.query.format;
      const campaignItems = itemsOf(campaign);
      const header = [
        '行政区划代码',
        '单位',
        '层级',
        '状态',
        '是否逾期',
        '提交时间',
        '最近催报',
        '最近更新',
        ...campaignItems.map((item) => `${item.label}${item.unit ? `（${item.unit}）` : ''}`),
      ];
      const rows = items.map((item) => [
        item.region.code,
        item.region.fullName,
        reportingLevel.labels[levelOf(item.region.code)],
        submissionStatus.labels[item.status],
        item.overdue ? '逾期' : '',
        item.submittedAt ?? '',
        item.remindedAt ?? '',
        item.updatedAt,
        ...campaignItems.map((campaignItem) => item.figures[campaignItem.key] ?? ''),
      ]);
      const totalRows = campaign.levels.map((level) => [
        '',
        `已通过的${reportingLevel.labels[level as ReportingLevel]}合计`,
        reportingLevel.labels[level as ReportingLevel],
        '',
        '',
        '',
        '',
        '',
        ...campaignItems.map((campaignItem) => totals[`${level}.${campaignItem.key}`]?.value ?? ''),
      ]);
      return sendDownload(reply, {
        fileName: `${campaign.name}-进度.${format}`,
        contentType: formatTypes[format],
        body: tableChunks(format, { name: '填报进度', widths: [14, 36, 8, 10, 8, 26, 26, 26, ...campaignItems.map(() => 16)], frozenRows: 1 }, [
          header,
          ...rows,
          ...totalRows,
        ]),
      });
    },
  );

  server.post(
    `${base}/:id/reminders`,
    {
      config: { access: { permission: 'reporting:review' } },
      schema: {
        operationId: 'remindUnits',
        tags,
        summary: 'Remind the units you review that have not submitted (催报)',
        description:
          'Reminds the units one level below you that have neither submitted nor been approved (or those of `regions`). Reminders are not mailed (users have no mail address in Kepu), so the reminder shows in the units’ console inbox.',
        params: IdParams,
        body: RemindBody,
        response: { 200: RemindResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const campaign = await findCampaign(app.db, principal, request.params.id);
      const wanted = request.body.regions;
      const reminded = await app.db.transaction(async (tx) => {
        const candidates = await tx
          .select({ id: reportingSubmissions.id, regionCode: reportingSubmissions.regionCode })
          .from(reportingSubmissions)
          .where(
            and(
              eq(reportingSubmissions.campaignId, campaign.id),
              notInArray(reportingSubmissions.status, ['submitted', 'approved']),
              wanted ? inArray(reportingSubmissions.regionCode, wanted) : undefined,
            ),
          );
        const units = candidates.filter((candidate) => mayReview(principal, candidate.regionCode));
        if (units.length === 0) return 0;
        await tx
          .update(reportingSubmissions)
          .set({ remindedAt: sql`now()` })
          .where(
            inArray(
              reportingSubmissions.id,
              units.map((unit) => unit.id),
            ),
          );
        await recordAudit(
          tx,
          { principal, ip: request.ip },
          {
            action: 'remind',
            entity: 'campaigns',
            entityId: campaign.id,
            regionCode: principal.scopeRegionCode,
            after: { units: units.map((unit) => unit.regionCode) },
          },
        );
        return units.length;
      });
      return { reminded, channel: 'console' as const };
    },
  );
}
