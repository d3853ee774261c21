import { DistrictProfileQuery, StatisticsFormQuery, regionLevel, toShanghaiDate, type LocalText, type Region, type ReportFormat, type ReportKind } from '@kepu/domain';
import type { Executor } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, type Principal } from '../auth/principal.js';
import { assertInScope } from '../auth/scope.js';
import { formatTypes, sendDownload, type Download } from '../exports/stream.js';
import { AppError, problem, unprocessable } from '../shared/errors.js';
import { problems } from '../shared/openapi.js';
import { requireRegion } from '../shared/references.js';
import { districtProfile, districtProfileChunks, districtProfilePdf } from './district-profile.js';
import { statisticsForm, statisticsFormChunks } from './statistics-form.js';

export interface ReportParams {
  region?: string;
  year?: number;
  format?: ReportFormat;
}

const pdfType = 'application/pdf';

function requireLevel(region: Region, levels: Region['level'][], what: LocalText) {
  if (!levels.includes(region.level)) {
    const message = { zh: `${region.code} ${region.name}是${regionLevel.labels[region.level]}级；${what.zh}`, en: `${region.code} ${region.name} is a ${region.level}; ${what.en}` };
    throw unprocessable([{ field: 'query.region', message }]);
  }
}

/**
 * A report as a file, for the caller's region (default: its scope region) and year (default: this
 * year in Asia/Shanghai). The routes and scheduled exports both come through here, so a schedule
 * cannot report on more than its owner may see.
 */
export async function renderReport(db: Executor, principal: Principal, report: ReportKind, params: ReportParams): Promise<Download> {
  if (!principal.permissions.has('stats:read')) throw new AppError(problem('reportsNeedStats'));
  const region = await requireRegion(params.region ?? principal.scopeRegionCode, 'query.region');
  assertInScope(principal, region.code, 'query.region', 'see');
  const year = params.year ?? Number(toShanghaiDate(new Date()).slice(0, 4));
  if (report === 'statistics-form') {
    requireLevel(region, ['city', 'district'], { zh: '科普统计表由区县填报，或汇总为全市', en: 'the 科普统计 form is filed by a 区县, or rolled up for the city' });
    const form = await statisticsForm(db, region, year);
    return { fileName: `${region.fullName}${year}年度科普统计表.xlsx`, contentType: formatTypes.xlsx, body: statisticsFormChunks(form) };
  }
  requireLevel(region, ['district'], { zh: '区县科普概况只能按区县生成', en: 'a district profile is for a 区县' });
  const profile = await districtProfile(db, region, year);
  const fileName = `${region.fullName}${year}年科普概况`;
  return params.format === 'xlsx'
    ? { fileName: `${fileName}.xlsx`, contentType: formatTypes.xlsx, body: districtProfileChunks(profile) }
    : { fileName: `${fileName}.pdf`, contentType: pdfType, body: await districtProfilePdf(profile) };
}

const scopeRules = 'The region defaults to your scope region; one outside it answers 403 naming `query.region`. The year defaults to this year (Asia/Shanghai).';

export function registerReportRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['报表 reports'];

  server.get(
    '/api/v1/reports/statistics-form',
    {
      config: { access: { permission: 'stats:read' }, heavy: true },
      schema: {
        operationId: 'getStatisticsForm',
        tags,
        summary: 'The annual 科普统计 form of a 区县, or of the city with a sheet per 区县, as XLSX',
        description: `The five parts of the national form (科普人员, 科普场地, 科普经费, 科普传媒, 科普活动), built from the same figures as
/api/v1/stats for the calendar year and completed events. Every row gives its definition and the console list and stats query that reproduce it.
For the city (500000) a second sheet 分区县 has one row per 区县, the city's own records (市本级) and the total. A 镇街 or 村/社区 answers 422. ${scopeRules}`,
        querystring: StatisticsFormQuery,
        produces: [formatTypes.xlsx],
        response: { 200: z.unknown().meta({ description: 'the XLSX workbook' }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => sendDownload(reply, await renderReport(app.db, principalOf(request), 'statistics-form', request.query)),
  );

  server.get(
    '/api/v1/reports/district-profile',
    {
      config: { access: { permission: 'stats:read' }, heavy: true },
      schema: {
        operationId: 'getDistrictProfile',
        tags,
        summary: "A 区县's profile: organisations, venues, events, honours and indicators beside the year before, as PDF or XLSX",
        description: `Events and indicators are shown for the year and the year before; organisations and venues are counted as they are now
(Kepu keeps no history of them), so their previous-year column is empty. The region must be a 区县 (otherwise 422). ${scopeRules}`,
        querystring: DistrictProfileQuery,
        produces: [pdfType, formatTypes.xlsx],
        response: { 200: z.unknown().meta({ description: 'the PDF document or XLSX workbook' }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => sendDownload(reply, await renderReport(app.db, principalOf(request), 'district-profile', request.query)),
  );
}
