import { DistrictProfileQuery, IdParams, StatisticsFormQuery, SubmissionReportQuery } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../kernel/principal.js';
import { formatTypes, sendDownload } from '../kernel/download.js';
import { problems } from '../kernel/openapi.js';
import { findSubmission, submissionView } from '../reporting/index.js';
import { pdfType, renderReport } from './render.js';
import { submissionReportChunks, submissionReportPdf } from './submission-report.js';

const scopeRules =
  'The region defaults to your scope region; one outside it answers 403 naming `query.region`. The year defaults to this year (Asia/Shanghai).';

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
        description: `Opens with key figures, each with the year before, the mean over the 区县 and the rank among them; the PDF adds charts
(monthly trend, key figures against the mean, ranking of the 区县), the honours, and folds rows of zeros into one line under each table.
Events and indicators are shown for the year and the year before; organisations and venues are counted as they are now
(Kepu keeps no history of them), so their previous-year column is empty. The region must be a 区县 (otherwise 422). ${scopeRules}`,
        querystring: DistrictProfileQuery,
        produces: [pdfType, formatTypes.xlsx],
        response: { 200: z.unknown().meta({ description: 'the PDF document or XLSX workbook' }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => sendDownload(reply, await renderReport(app.db, principalOf(request), 'district-profile', request.query)),
  );

  server.get(
    '/api/v1/submissions/:id/report',
    {
      config: { access: { permission: 'stats:read' }, heavy: true },
      schema: {
        operationId: 'getSubmissionReport',
        tags,
        summary: 'A submission as a document: the self-assessment report (scores per group, criteria not met, evidence), or the figures filed',
        params: IdParams,
        querystring: SubmissionReportQuery,
        produces: [pdfType, formatTypes.xlsx],
        response: { 200: z.unknown().meta({ description: 'the PDF document or XLSX workbook' }), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { submission, campaign } = await findSubmission(app.db, principal, request.params.id);
      const view = await submissionView(app.db, principal, submission, campaign);
      const fileName = `${view.region.fullName}${view.year}年度${view.kind === 'assessment' ? '示范区自评报告' : '科普统计填报'}`;
      return request.query.format === 'xlsx'
        ? sendDownload(reply, { fileName: `${fileName}.xlsx`, contentType: formatTypes.xlsx, body: submissionReportChunks(view) })
        : sendDownload(reply, { fileName: `${fileName}.pdf`, contentType: pdfType, body: await submissionReportPdf(app.db, view) });
    },
  );
}
