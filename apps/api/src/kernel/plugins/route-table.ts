import type { FastifyInstance, FastifySchema, HTTPMethods } from 'fastify';
import fp from 'fastify-plugin';

export interface RouteEntry {
  method: HTTPMethods;
  url: string;
  schema: (FastifySchema & { hide?: boolean; operationId?: string }) | undefined;
  /** Whether the route answers without credentials (its own `access`). */
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered, so tests can check each one (documentation, access) without a hand-kept list. */
    routeTable: RouteEntry[];
  }
}

export const routeTablePlugin = fp(
  (app: FastifyInstance) => {
    const routes: RouteEntry[] = [];
    app.decorate('routeTable', routes);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD')
          routes.push({
            method,
            url: route.url,
            schema: route.schema,
            public: Boolean(route.config && 'access' in route.config && route.config.access && 'public' in route.config.access),
          });
      }
    });
  },
  { name: 'route-table' },
);
