import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString, type QueryParams } from '../../shared/api/client.js';
import { statsKeys } from '../../shared/api/keys.js';

// The dashboard's figures, each with the domain schema of its answer. Any write to records
// invalidates `statsKeys.all`, so the figures follow the records they count.

export const getOverview = (params: QueryParams) => fetchJson(`/stats/overview${queryString(params)}`, (domain) => domain.StatsOverviewResponse);
export const getTimeSeries = (params: QueryParams) =>
  fetchJson(`/stats/timeseries${queryString(params)}`, (domain) => domain.StatsTimeSeriesResponse);
export const getBreakdown = (params: QueryParams) => fetchJson(`/stats/breakdown${queryString(params)}`, (domain) => domain.StatsBreakdownResponse);
export const getRanking = (params: QueryParams) => fetchJson(`/stats/ranking${queryString(params)}`, (domain) => domain.StatsRankingResponse);

export const statsQueries = {
  overview: (params: QueryParams) => queryOptions({ queryKey: statsKeys.figure('overview', params), queryFn: () => getOverview(params) }),
  timeSeries: (params: QueryParams) => queryOptions({ queryKey: statsKeys.figure('timeseries', params), queryFn: () => getTimeSeries(params) }),
  breakdown: (params: QueryParams) => queryOptions({ queryKey: statsKeys.figure('breakdown', params), queryFn: () => getBreakdown(params) }),
  ranking: (params: QueryParams) => queryOptions({ queryKey: statsKeys.figure('ranking', params), queryFn: () => getRanking(params) }),
};
