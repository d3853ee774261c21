import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString, type QueryParams } from './client.js';
import { regionKeys } from './keys.js';

// Regions are shared by every feature (pickers, names in tables), so their requests live here.
// The region tree does not change while the console runs: cached for good.

export const getRegion = (code: string) => fetchJson(`/regions/${code}`, (domain) => domain.RegionResponse);
export const getRegionChildren = (code: string) => fetchJson(`/regions/${code}/children`, (domain) => domain.RegionListResponse);
export const searchRegions = (params: QueryParams) => fetchJson(`/regions${queryString(params)}`, (domain) => domain.RegionListResponse);

export const regionQueries = {
  detail: (code: string | null | undefined) =>
    queryOptions({ queryKey: regionKeys.detail(code), queryFn: () => getRegion(code ?? ''), enabled: Boolean(code), staleTime: Infinity }),
  children: (code: string) => queryOptions({ queryKey: regionKeys.children(code), queryFn: () => getRegionChildren(code), staleTime: Infinity }),
  search: (params: QueryParams) => queryOptions({ queryKey: regionKeys.search(params), queryFn: () => searchRegions(params), staleTime: Infinity }),
};
