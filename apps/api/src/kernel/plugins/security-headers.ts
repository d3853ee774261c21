import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isApiPath } from '../http.js';

const apiPolicy = "default-src 'none'; frame-ancestors 'none'";
// The docs page runs Swagger UI's own scripts and styles, all served from here.
const docsPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
// The console's component library injects its styles at run time; its scripts all come from here.
const consolePolicy =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self' data:; frame-ancestors 'none'";

const common = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};
const strictTransport = { 'strict-transport-security': 'max-age=31536000; includeSubDomains' };

// Built once: the header set of every response is one of these, chosen by its path and scheme.
type Kind = 'docs' | 'records' | 'api' | 'console';
type HeaderSet = Readonly<Record<string, string>>;
const byKind: Record<Kind, HeaderSet> = {
  docs: { ...common, 'content-security-policy': docsPolicy },
  records: { ...common, 'content-security-policy': apiPolicy, 'cache-control': 'no-store' },
  api: { ...common, 'content-security-policy': apiPolicy },
  console: { ...common, 'content-security-policy': consolePolicy },
};
const overTls: Record<Kind, HeaderSet> = {
  docs: { ...byKind.docs, ...strictTransport },
  records: { ...byKind.records, ...strictTransport },
  api: { ...byKind.api, ...strictTransport },
  console: { ...byKind.console, ...strictTransport },
};

function kindOf(url: string): Kind {
  if (url.startsWith('/api/docs')) return 'docs';
  if (url.startsWith('/api/v1')) return 'records';
  return isApiPath(url) ? 'api' : 'console';
}

/** Headers every response carries (OWASP API8: security misconfiguration), also on answers written outside Fastify's reply. */
export function securityHeaders(url: string, protocol: string): HeaderSet {
  return (protocol === 'https' ? overTls : byKind)[kindOf(url)];
}

export const securityHeadersPlugin = fp(
  (app: FastifyInstance) => {
    app.addHook('onSend', async (request, reply) => {
      reply.headers(securityHeaders(request.url, request.protocol));
    });
  },
  { name: 'security-headers' },
);
