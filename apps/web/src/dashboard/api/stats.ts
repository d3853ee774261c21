import { queryOptions } from '@tanstack/react-query';
import { answer, api, type Query } from '../../shared/api/client.js';
import { statsKeys } from '../../shared/api/keys.js';
import type { dashboardScope } from '@kepu/domain/headline';

// The dashboard's figures. Any write to records invalidates `statsKeys.all`, so the figures follow
// the records they count.

export const getOverview = (query: Query<'getStatsOverview'>) => answer(api.GET('/api/v1/stats/overview', { params: { query } }));
export const getTimeSeries = (query: Query<'getStatsTimeSeries'>) => answer(api.GET('/api/v1/stats/timeseries', { params: { query } }));
export const getBreakdown = (query: Query<'getStatsBreakdown'>) => answer(api.GET('/api/v1/stats/breakdown', { params: { query } }));
export const getRanking = (query: Query<'getStatsRanking'>) => answer(api.GET('/api/v1/stats/ranking', { params: { query } }));

export const statsQueries = {
  overview: (query: Query<'getStatsOverview'>) => queryOptions({ queryKey: statsKeys.figure('overview', query), queryFn: () => getOverview(query) }),
  timeSeries: (query: Query<'getStatsTimeSeries'>) =>
    queryOptions({ queryKey: statsKeys.figure('timeseries', query), queryFn: () => getTimeSeries(query) }),
  breakdown: (query: Query<'getStatsBreakdown'>) =>
    queryOptions({ queryKey: statsKeys.figure('breakdown', query), queryFn: () => getBreakdown(query) }),
  ranking: (query: Query<'getStatsRanking'>) => queryOptions({ queryKey: statsKeys.figure('ranking', query), queryFn: () => getRanking(query) }),
};

// The entry imports this module (app/early-requests.ts): from @kepu/domain only its zod-free
// `headline` entry, as the package's schemas would add 170 KB to the sign-in page's JavaScript.
/** What the dashboard's first screen asks for, KPI figures first; the ranking by attendance until another metric is picked. */
export const firstScreenQueries = (scope: ReturnType<typeof dashboardScope>, metric: Query<'getStatsRanking'>['metric'] = 'attendance') => ({
  overview: statsQueries.overview(scope),
  series: statsQueries.timeSeries(scope),
  children: statsQueries.breakdown({ ...scope, by: 'region' }),
  categories: statsQueries.breakdown({ ...scope, by: 'eventCategory' }),
  ranking: statsQueries.ranking({ ...scope, metric }),
});
