import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isApiPath } from '../kernel/http.js';
import { firstScreen } from './first-screen.js';

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
    const page = await readFile(index, 'utf8');
    const bodyAt = page.indexOf('<body>') + '<body>'.length;
    await app.register(fastifyStatic, {
      root: options.directory,
      index: false,
      wildcard: false,
      // File names under assets/ carry a content hash, so they never change.
      setHeaders: (response, path) => {
        response.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (isApiPath(request.url)) return reply.callNotFound();
      reply.type('text/html; charset=utf-8');
      const painted = request.url.split('?')[0] === '/' ? await firstScreen(app, request) : null;
      // A page with a user's figures in it is theirs alone, and only as fresh as its request.
      if (!painted) return reply.header('cache-control', 'no-cache').send(page);
      return reply
        .header('cache-control', 'no-store')
        .header('vary', 'cookie')
        .send(page.slice(0, bodyAt) + painted + page.slice(bodyAt));
    });
  },
  { name: 'console' },
);
