import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const apiPolicy = "default-src 'none'; frame-ancestors 'none'";
// The docs page runs Swagger UI's own scripts and styles, all served from here.
const docsPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
// The console's component library injects its styles at run time; its scripts all come from here.
const consolePolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self' data:; frame-ancestors 'none'";

function policyFor(url: string) {
  if (url.startsWith('/api/docs')) return docsPolicy;
  return url.startsWith('/api') ? apiPolicy : consolePolicy;
}

/** Headers every response carries (OWASP API8: security misconfiguration). */
export const securityHeadersPlugin = fp(
  (app: FastifyInstance) => {
    app.addHook('onSend', async (request, reply) => {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('x-frame-options', 'DENY');
      reply.header('referrer-policy', 'no-referrer');
      reply.header('cross-origin-opener-policy', 'same-origin');
      reply.header('content-security-policy', policyFor(request.url));
      if (request.url.startsWith('/api/v1')) reply.header('cache-control', 'no-store');
      if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    });
  },
  { name: 'security-headers' },
);
