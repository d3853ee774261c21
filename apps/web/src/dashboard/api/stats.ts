import { queryOptions } from '@tanstack/react-query';
import { answer, api, type Query } from '../../shared/api/client.js';
import { statsKeys } from '../../shared/api/keys.js';

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
