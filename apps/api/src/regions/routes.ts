import { RegionListResponse, RegionParams, RegionResponse, SearchRegionsQuery } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../kernel/errors.js';
import { problems } from '../kernel/openapi.js';
import { findRegion } from '../kernel/regions.js';
import { searchRegions } from './queries.js';
import { childrenOf } from './tree.js';

const tags = ['行政区划 regions'];
/** The administrative tree is public reference data; any signed-in caller may read all of it. */
const config = { access: { authenticated: true as const } };

export function registerRegionRoutes(app: FastifyInstance) {
  const server = app.withTypeProvider<ZodTypeProvider>();

  server.get(
    '/api/v1/regions',
    {
      config,
      schema: {
        operationId: 'searchRegions',
        tags,
        summary: 'Find regions by name',
        description: 'Matches any part of the full name (重庆市沙坪坝区…); shorter names come first.',
        querystring: SearchRegionsQuery,
        response: { 200: RegionListResponse, ...problems(400, 401) },
      },
    },
    async (request) => ({ items: await searchRegions(app.db, request.query) }),
  );

  server.get(
    '/api/v1/regions/:code',
    {
      config,
      schema: {
        operationId: 'getRegion',
        tags,
        summary: 'Get a region by its GB/T 2260 code',
        params: RegionParams,
        response: { 200: RegionResponse, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const region = await findRegion(request.params.code);
      if (!region) throw notFound('regions');
      return region;
    },
  );

  server.get(
    '/api/v1/regions/:code/children',
    {
      config,
      schema: {
        operationId: 'listRegionChildren',
        tags,
        summary: 'The regions directly below a region',
        params: RegionParams,
        response: { 200: RegionListResponse, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      if (!(await findRegion(request.params.code))) throw notFound('regions');
      return { items: await childrenOf(request.params.code) };
    },
  );
}
