import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isApiPath } from '../http.js';

const apiPolicy = "default-src 'none'; frame-ancestors 'none'";
// The docs page runs Swagger UI's own scripts and styles, all served from here.
const docsPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
// The console's component library injects its styles at run time; its scripts all come from here.
const consolePolicy =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self' data:; frame-ancestors 'none'";

function policyFor(url: string) {
  if (url.startsWith('/api/docs')) return docsPolicy;
  return isApiPath(url) ? apiPolicy : consolePolicy;
}

/** Headers every response carries (OWASP API8: security misconfiguration), also on answers written outside Fastify's reply. */
export function securityHeaders(url: string, protocol: string): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'content-security-policy': policyFor(url),
    ...(url.startsWith('/api/v1') ? { 'cache-control': 'no-store' } : {}),
    ...(protocol === 'https' ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export const securityHeadersPlugin = fp(
  (app: FastifyInstance) => {
    app.addHook('onSend', async (request, reply) => {
      reply.headers(securityHeaders(request.url, request.protocol));
    });
  },
  { name: 'security-headers' },
);
