import {
  StatsBreakdownQuery,
  StatsBreakdownResponse,
  StatsOverviewResponse,
  StatsQuery,
  StatsRankingQuery,
  StatsSeriesQuery,
  StatsRankingResponse,
  StatsRatiosResponse,
  StatsTimeSeriesResponse,
  recordEntities,
  resolveStatsPeriod,
  statDefinitions,
  toShanghaiDate,
  type Region,
  type StatsPeriod,
  type StatsQueryInput,
} from '@kepu/domain';
import { batchedReads, type Executor } from '@kepu/db';
import type { FastifyInstance, FastifyReply, FastifySchema } from 'fastify';
import type { z } from 'zod';
import { principalOf } from '../kernel/principal.js';
import { assertInScope } from '../kernel/scope.js';
import { problems } from '../kernel/openapi.js';
import { requireRegion } from '../kernel/references.js';
import { keptAnswers } from '../kernel/kept-answers.js';
import { breakdown, overview, ranking, ratios, timeSeries } from './reports.js';

const definitionsText = Object.entries(statDefinitions)
  .map(([name, text]) => `- **${name}**: ${text}`)
  .join('\n');

const common = `Counts the region's whole subtree (default: your scope region; a region outside it answers 403).
The period is a calendar \`year\` or \`from\`/\`to\` dates in Asia/Shanghai (default: this year), at most 360 months (30 years); a breakdown by month or week at most 60.
Every response's \`meta.definitions\` says what each of its figures counts:\n\n${definitionsText}`;

/** A stats operation: its answer is typed by its response schema, so a handler cannot drift from the OpenAPI it declares. */
interface StatsRoute<Query extends z.ZodType<StatsQueryInput>, Response extends z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  querystring: Query;
  response: Response;
  answer(db: Executor, region: Region, period: StatsPeriod, query: z.infer<Query>): Promise<z.infer<Response>>;
}

/** An answer as the route's serializer writes it. */
type SerializedAnswer = ReturnType<FastifyReply['serialize']>;
type Answers = ReturnType<typeof keptAnswers<SerializedAnswer>>;

const route =
  <Query extends z.ZodType<StatsQueryInput>, Response extends z.ZodType>(spec: StatsRoute<Query, Response>) =>
  (app: FastifyInstance, answers: Answers) =>
    registerStatsRoute(app, spec, answers);

const statsRoutes = [
  route({
    path: 'overview',
    operationId: 'getStatsOverview',
    summary: 'Headline figures of a region: organisations, venues, events and indicators',
    description: "Organisations and venues by type, venues by designation level on `asOf`, the events of the period and the region's indicators.",
    querystring: StatsQuery,
    response: StatsOverviewResponse,
    answer: (db, region, period) => overview(db, region, period),
  }),
  route({
    path: 'breakdown',
    operationId: 'getStatsBreakdown',
    summary: 'Figures of a region broken down by child region, type, category, audience, month or week',
    description: `\`by=region\` gives one item per child region (区县 of the city, 镇街 of a district) with every figure and the honours it holds on \`asOf\` by kind × level;
\`organisationType\` and \`venueType\` give counts as they are now; \`eventCategory\`, \`audienceGroup\`, \`month\` and \`week\` (ISO weeks,
Monday first) give the period's event figures. An event aimed at several audience groups counts in each. Every group is listed, with zeros.`,
    querystring: StatsBreakdownQuery,
    response: StatsBreakdownResponse,
    answer: (db, region, period, query) => breakdown(db, region, period, query.by),
  }),
  route({
    path: 'ratios',
    operationId: 'getStatsRatios',
    summary: 'Per-10,000-resident and per-capita ratios and coverage of 镇街 and 村/社区',
    description:
      'Each ratio names its denominator (the 常住人口 indicator, with its year and source) or, when one is missing, is null with the reason.',
    querystring: StatsQuery,
    response: StatsRatiosResponse,
    answer: (db, region, period) => ratios(db, region, period),
  }),
  route({
    path: 'ranking',
    operationId: 'getStatsRanking',
    summary: 'Child regions ranked by a metric, with the change against the previous period',
    description: `Competition ranking: equal values share a rank (1, 2, 2, 4); regions without a value come last with rank null.
The previous period has the same length and ends the day before \`from\` (a year compares with the year before). Counts that describe
the present (organisations, venues, coverage) have no previous value; an indicator's previous value is the one reported before the current one.
\`metric=honours.<kind>.<level>\` (e.g. \`honours.demo_community.national\`, 国家级科普示范社区) ranks by the honours of that kind and level held on \`asOf\`;
its previous value is the count on the previous period's last day.`,
    querystring: StatsRankingQuery,
    response: StatsRankingResponse,
    answer: (db, region, period, query) => ranking(db, region, period, query.metric, query.order),
  }),
  route({
    path: 'timeseries',
    operationId: 'getStatsTimeSeries',
    summary: 'Events and 受众人次 by month, with the same months a year earlier',
    description: 'One item per month the period touches (up to 60); months at the edges count only the days inside the period.',
    querystring: StatsSeriesQuery,
    response: StatsTimeSeriesResponse,
    answer: (db, region, period) => timeSeries(db, region, period),
  }),
];

export function registerStatsRoutes(app: FastifyInstance) {
  // A dashboard asks the same few reports again and again while the records (the rollups' sources) stay as they were.
  const answers = keptAnswers<SerializedAnswer>(app, { entities: recordEntities, capacity: 500, maxAgeMs: 60_000 });
  for (const register of statsRoutes) register(app, answers);
}

/** Registers one operation; generic so that its answer is checked against its own response schema. */
function registerStatsRoute<Query extends z.ZodType<StatsQueryInput>, Response extends z.ZodType>(
  app: FastifyInstance,
  spec: StatsRoute<Query, Response>,
  answers: Answers,
) {
  // Declared as FastifySchema: Fastify cannot resolve its reply type from a generic schema, so the answer is typed by `spec` instead.
  const schema: FastifySchema = {
    operationId: spec.operationId,
    tags: ['统计 stats'],
    summary: spec.summary,
    description: `${spec.description}\n\n${common}`,
    querystring: spec.querystring,
    response: { 200: spec.response, ...problems(400, 401, 403, 422) },
  };
  app.get(`/api/v1/stats/${spec.path}`, { config: { access: { permission: 'stats:read' } }, schema }, async (request, reply) => {
    const principal = principalOf(request);
    // The querystring schema has validated and defaulted the query before the handler runs.
    const query = request.query as z.infer<Query>;
    const region = await requireRegion(query.region ?? principal.scopeRegionCode, 'query.region');
    assertInScope(principal, region.code, 'query.region', 'see');
    const period = resolveStatsPeriod(query, toShanghaiDate(new Date()));
    // A report is several small reads of the rollups: asked together, they go as one statement.
    // Kept as the JSON the route's serializer wrote, so a kept answer is sent without serializing it again.
    const json = await answers(JSON.stringify([spec.path, region.code, period, query]), async () =>
      reply.serialize(await spec.answer(batchedReads(app.db), region, period, query)),
    );
    return reply.type('application/json; charset=utf-8').send(json);
  });
}
