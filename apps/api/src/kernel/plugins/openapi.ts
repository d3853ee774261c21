import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { DictionaryEntry } from '@kepu/domain';
import { dictionaryEntriesFor } from '../dictionary.js';
import { strictDocument } from '../openapi-document.js';
import { documentRateLimits } from './rate-limits.js';

/**
 * The document with the dictionary's current entries written into every field that holds its codes
 * (`x-dictionary`): the codes are data, so the document says which exist when it is fetched.
 */
export function withDictionaryEntries<T>(document: T, entries: readonly DictionaryEntry[]): T {
  const copy = structuredClone(document);
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    const kind = schema['x-dictionary'];
    if (typeof kind === 'string') {
      const listed = entries
        .filter((entry) => entry.kind === kind)
        .map((entry) => `\`${entry.code}\` ${entry.labelZh}${entry.active ? '' : '（已停用 retired）'}`);
      const described = typeof schema.description === 'string' ? `${schema.description}. ` : '';
      schema.description = `${described}Entries now: ${listed.join(', ')}`;
    }
    Object.values(schema).forEach(visit);
  };
  visit(copy);
  return copy;
}

const description = `Kepu 全域科普管理平台: regions (行政区划), organisations (科协组织), venues (科普阵地),
events (科普活动), activity summaries (活动汇总), designations (认定/荣誉) and indicators (指标) for the 科协 of a city.

- Sign in with \`POST /api/v1/auth/login\` (cookie session; send \`X-CSRF-Token\` on writes) or send a partner key
  as \`Authorization: Bearer …\`. Everything you see and change is limited to your region subtree.
- Errors are \`application/problem+json\` (RFC 9457) with \`code\` and, for bad input, \`errors[].field\`; \`title\` and
  \`errors[].message\` are Chinese, or English when \`Accept-Language\` prefers it (\`Content-Language\` says which).
- \`GET\` of a record returns an \`ETag\`; \`PATCH\` and \`DELETE\` require it as \`If-Match\` (428 without, 412 when stale).
- \`POST\` accepts \`Idempotency-Key\`: a retry replays the first response and creates nothing new.
- Times are ISO 8601; responses are in Asia/Shanghai (+08:00).`;

export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Kepu API', version: '1.0.0', description, license: { name: 'MIT', identifier: 'MIT' } },
        // A partner system calls the Kepu it was given the address of (production, or a local or test one);
        // the document is served by that server and names it relatively.
        servers: [{ url: '/', description: 'the Kepu server that serves this document (production, test or local)', ...{ 'x-internal': false } }],
        components: {
          securitySchemes: {
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'kepu_session',
              description: 'set by POST /api/v1/auth/login; writes also need X-CSRF-Token',
            },
            apiKey: { type: 'http', scheme: 'bearer', description: 'a partner API key: Authorization: Bearer kepu_…' },
          },
        },
        security: [{ session: [] }, { apiKey: [] }],
        // What Kepu sends to a subscribed URL (OpenAPI 3.1 webhooks), so a partner generates its type too.
        webhooks: {
          change: {
            post: {
              operationId: 'receiveChange',
              tags: ['Webhooks'],
              summary: 'A change in your region, sent to your subscription URL',
              description:
                'Standard Webhooks: verify `webhook-signature` (HMAC-SHA256 of `webhook-id.webhook-timestamp.body`) before trusting the body; deduplicate on `webhook-id`.',
              requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookPayload' } } } },
              responses: { '200': { description: 'any 2xx answer acknowledges the delivery; anything else is retried' } },
            },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: (document) => documentRateLimits(strictDocument(jsonSchemaTransformObject(document))),
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
    // The document answers while the database cannot (a partner's generator should not fail on a busy
    // database): its dictionary fields then name GET /api/v1/dictionary without listing the entries.
    app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () => {
      const entries = await dictionaryEntriesFor(app.db).catch(() => null);
      return entries ? withDictionaryEntries(app.swagger(), entries) : app.swagger();
    });
  },
  { name: 'openapi' },
);
