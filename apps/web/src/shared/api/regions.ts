import { queryOptions } from '@tanstack/react-query';
import { answer, api, type Query } from './client.js';
import { regionKeys } from './keys.js';

// Regions are shared by every feature (pickers, names in tables), so their requests live here.
// The region tree does not change while the console runs: cached for good.

export const getRegion = (code: string) => answer(api.GET('/api/v1/regions/{code}', { params: { path: { code } } }));
export const getRegionChildren = (code: string) => answer(api.GET('/api/v1/regions/{code}/children', { params: { path: { code } } }));
export const searchRegions = (query: Query<'searchRegions'>) => answer(api.GET('/api/v1/regions', { params: { query } }));

export const regionQueries = {
  detail: (code: string | null | undefined) =>
    queryOptions({ queryKey: regionKeys.detail(code), queryFn: () => getRegion(code ?? ''), enabled: Boolean(code), staleTime: Infinity }),
  children: (code: string) => queryOptions({ queryKey: regionKeys.children(code), queryFn: () => getRegionChildren(code), staleTime: Infinity }),
  search: (query: Query<'searchRegions'>) =>
    queryOptions({ queryKey: regionKeys.search(query), queryFn: () => searchRegions(query), staleTime: Infinity }),
};
