import {
  StatsBreakdownQuery, StatsBreakdownResponse, StatsOverviewResponse, StatsQuery, StatsRankingQuery, StatsRankingResponse, StatsRatiosResponse,
  StatsTimeSeriesResponse, resolveStatsPeriod, statDefinitions, toShanghaiDate, type StatsQueryInput,
} from '@kepu/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../auth/principal.js';
import { assertInScope } from '../auth/scope.js';
import { problems } from '../shared/openapi.js';
import { requireRegion } from '../shared/references.js';
import { breakdown, overview, ranking, ratios, timeSeries } from './reports.js';

const tags = ['统计 stats'];
const config = { access: { permission: 'stats:read' as const } };
const responses = <T>(body: T) => ({ 200: body, ...problems(400, 401, 403, 422) });

const definitionsText = Object.entries(statDefinitions)
  .map(([name, text]) => `- **${name}**: ${text}`)
  .join('\n');

const common = `Counts the region's whole subtree (default: your scope region; a region outside it answers 403).
The period is a calendar \`year\` or \`from\`/\`to\` dates in Asia/Shanghai (default: this year), at most 60 months.
Every response's \`meta.definitions\` says what each of its figures counts:\n\n${definitionsText}`;

/** The region and period a stats request is about, checked against the caller's scope. */
async function subjectOf(request: FastifyRequest) {
  const principal = principalOf(request);
  // The querystring schema has already validated and defaulted it; the zod type provider cannot infer refined schemas.
  const query = request.query as StatsQueryInput;
  const code = query.region ?? principal.scopeRegionCode;
  const region = await requireRegion(code, 'query.region');
  assertInScope(principal, region.code, 'query.region');
  return { region, period: resolveStatsPeriod(query, toShanghaiDate(new Date())) };
}

export function registerStatsRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();

  server.get(
    '/api/v1/stats/overview',
    {
      config,
      schema: {
        operationId: 'getStatsOverview',
        tags,
        summary: 'Headline figures of a region: organisations, venues, events and indicators',
        description: `Organisations and venues by type, venues by designation level on \`asOf\`, the events of the period and the region's indicators.\n\n${common}`,
        querystring: StatsQuery,
        response: responses(StatsOverviewResponse),
      },
    },
    async (request) => {
      const { region, period } = await subjectOf(request);
      return overview(app.db, region, period);
    },
  );

  server.get(
    '/api/v1/stats/breakdown',
    {
      config,
      schema: {
        operationId: 'getStatsBreakdown',
        tags,
        summary: 'Figures of a region broken down by child region, type, category, audience, month or week',
        description: `\`by=region\` gives one item per child region (区县 of the city, 镇街 of a district) with every figure;
\`organisationType\` and \`venueType\` give counts as they are now; \`eventCategory\`, \`audienceGroup\`, \`month\` and \`week\` (ISO weeks,
Monday first) give the period's event figures. An event aimed at several audience groups counts in each. Every group is listed, with zeros.\n\n${common}`,
        querystring: StatsBreakdownQuery,
        response: responses(StatsBreakdownResponse),
      },
    },
    async (request) => {
      const { region, period } = await subjectOf(request);
      return breakdown(app.db, region, period, (request.query).by);
    },
  );

  server.get(
    '/api/v1/stats/ratios',
    {
      config,
      schema: {
        operationId: 'getStatsRatios',
        tags,
        summary: 'Per-10,000-resident and per-capita ratios and coverage of 镇街 and 村/社区',
        description: `Each ratio names its denominator (the 常住人口 indicator, with its year and source) or, when one is missing, is null with the reason.\n\n${common}`,
        querystring: StatsQuery,
        response: responses(StatsRatiosResponse),
      },
    },
    async (request) => {
      const { region, period } = await subjectOf(request);
      return ratios(app.db, region, period);
    },
  );

  server.get(
    '/api/v1/stats/ranking',
    {
      config,
      schema: {
        operationId: 'getStatsRanking',
        tags,
        summary: 'Child regions ranked by a metric, with the change against the previous period',
        description: `Competition ranking: equal values share a rank (1, 2, 2, 4); regions without a value come last with rank null.
The previous period has the same length and ends the day before \`from\` (a year compares with the year before). Counts that describe
the present (organisations, venues, coverage) have no previous value; an indicator's previous value is the one reported before the current one.\n\n${common}`,
        querystring: StatsRankingQuery,
        response: responses(StatsRankingResponse),
      },
    },
    async (request) => {
      const { region, period } = await subjectOf(request);
      const { metric, order } = request.query;
      return ranking(app.db, region, period, metric, order);
    },
  );

  server.get(
    '/api/v1/stats/timeseries',
    {
      config,
      schema: {
        operationId: 'getStatsTimeSeries',
        tags,
        summary: 'Events and 受众人次 by month, with the same months a year earlier',
        description: `One item per month the period touches (up to 60); months at the edges count only the days inside the period.\n\n${common}`,
        querystring: StatsQuery,
        response: responses(StatsTimeSeriesResponse),
      },
    },
    async (request) => {
      const { region, period } = await subjectOf(request);
      return timeSeries(app.db, region, period);
    },
  );
}
