import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isApiPath } from '../kernel/http.js';

/**
 * Serves the built admin console (apps/web/dist) at `/`, so one URL gives the API and the console.
 * Any other non-API path answers the console's index.html, where the browser router takes over.
 */
export const consolePlugin = fp(
  async (app: FastifyInstance, options: { directory: string | null }) => {
    const index = options.directory ? join(options.directory, 'index.html') : null;
    if (!options.directory || !index || !existsSync(index)) {
      app.get('/', { schema: { hide: true } }, (_request, reply) =>
        reply
          .type('text/plain; charset=utf-8')
          .send(
            'The console is not built: run `npm start` (it builds apps/web), or `pnpm --filter @kepu/web build`.\nThe API is at /api/v1, its documentation at /api/docs.\n',
          ),
      );
      return;
    }
    const page = await readFile(index);
    await app.register(fastifyStatic, {
      root: options.directory,
      index: false,
      wildcard: false,
      // File names under assets/ carry a content hash, so they never change.
      setHeaders: (response, path) => {
        response.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (isApiPath(request.url)) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
    });
  },
  { name: 'console' },
);
