import { problemTypes } from './problem-types.js';

/**
 * What turns the generated OpenAPI document into one strict tools accept and that says what the
 * server does, applied once to the whole document rather than route by route:
 * - component schemas without the `$id`/`$schema` zod writes (a `#` in `$id` is not JSON Schema
 *   2020-12, so Ajv refused every one), the dialect stated once in `jsonSchemaDialect`;
 * - every error response a reference to one shared problem+json response per status, listing the
 *   codes the server answers with, and the statuses every operation can meet (400, 401/403 where
 *   credentials are needed, 429, 500, 503) added where a route did not list them;
 * - integers given the `format` their bounds allow;
 * - components nothing refers to dropped (the type provider emits an input and an output variant of each).
 */

type Json = Record<string, unknown>;
type Operation = { responses?: Record<string, Json>; security?: unknown[]; requestBody?: unknown; parameters?: unknown[]; tags?: string[] };
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  webhooks?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Json>; responses?: Record<string, Json>; [key: string]: unknown };
  tags?: { name: string }[];
  jsonSchemaDialect?: string;
};

const problemMediaType = 'application/problem+json';
const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The name a shared error response is filed under, per status. */
const statusNames: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'PreconditionFailed',
  413: 'ContentTooLarge',
  414: 'UriTooLong',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableContent',
  428: 'PreconditionRequired',
  429: 'TooManyRequests',
  431: 'RequestHeaderFieldsTooLarge',
  500: 'InternalServerError',
  503: 'ServiceUnavailable',
};

const statusSummaries: Record<number, string> = {
  400: 'The request is malformed or a field is invalid; `errors[].field` names each one (`body.title`, `query.region`, `headers.if-match`)',
  401: 'No valid session or API key',
  403: 'Signed in, but the record, region or action is outside your scope or permissions',
  404: 'Nothing with that id or code, or not within your scope',
  405: 'The path exists but not with this method; `Allow` lists the methods',
  409: 'The change conflicts with data as it is now',
  410: 'It existed but is gone',
  412: 'If-Match names a version that is no longer current; read the record again and retry',
  413: 'The body is larger than this operation accepts',
  414: 'The URL is longer than the server reads',
  415: 'The body is not of a media type this operation accepts',
  422: 'The request is well formed but cannot be carried out as it stands; `errors[]` says why',
  428: 'This write requires If-Match with the ETag from your last read',
  429: 'Too many requests: the budget is spent (wait Retry-After seconds), or too many of your downloads run at once (wait for one to finish)',
  431: 'The request headers are larger than the server reads',
  500: 'Something went wrong on the server; it has been logged',
  503: 'The database cannot take requests right now; retry after Retry-After seconds',
};

const codesByStatus = new Map<number, Set<string>>();
for (const type of Object.values(problemTypes)) {
  const codes = codesByStatus.get(type.status) ?? new Set<string>();
  codes.add(type.code.replace('{entity}', '<entity>'));
  codesByStatus.set(type.status, codes);
}

const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** Refusals the limiter counted carry its headers; a 429 and a 503 say when to come back. */
function errorHeaders(status: number): Json | undefined {
  const retry = status === 429 || status === 503 ? { 'Retry-After': headerRef('Retry-After') } : {};
  const budget = status < 500 ? { RateLimit: headerRef('RateLimit'), 'RateLimit-Policy': headerRef('RateLimit-Policy') } : {};
  const headers = { ...retry, ...budget };
  return Object.keys(headers).length > 0 ? headers : undefined;
}

function errorResponse(status: number): Json {
  const codes = [...(codesByStatus.get(status) ?? [])].map((code) => `\`${code}\``).join(', ');
  const headers = errorHeaders(status);
  return {
    description: `${statusSummaries[status] ?? 'Error'}. RFC 9457 problem details${codes ? `; \`code\` is one of ${codes}` : ''}.`,
    ...(headers ? { headers } : {}),
    content: { [problemMediaType]: { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

const responseRef = (status: number) => ({ $ref: `#/components/responses/${statusNames[status]}` });

/** Statuses any operation of this kind can answer, whether or not its route listed them. */
function universalStatuses(path: string, operation: Operation): number[] {
  if (!path.startsWith('/api/')) return [];
  const needsCredentials = !Array.isArray(operation.security) || operation.security.length > 0;
  // The router refuses a path parameter longer than its maxParamLength (app.ts) before any schema sees it.
  const hasPathParameters = path.includes('{');
  return [400, ...(needsCredentials ? [401, 403] : []), ...(hasPathParameters ? [414] : []), 429, 500, 503];
}

function* operationsOf(document: Document): Generator<[string, Operation]> {
  for (const [path, item] of Object.entries(document.paths ?? {}))
    for (const [method, operation] of Object.entries(item)) if (methods.has(method)) yield [path, operation];
}

/**
 * A route that answers JSON or a file (`format=json|csv|xlsx`) lists every media type it produces,
 * and the generator gives each the JSON schema; a file has none, so the others keep only the description.
 */
function fileAnswers(document: Document) {
  for (const [, operation] of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const content = response.content as Record<string, { schema?: Json }> | undefined;
      if (!status.startsWith('2') || !content || !Object.keys(content).some((type) => /json/.test(type))) continue;
      for (const type of Object.keys(content))
        if (!/json/.test(type)) content[type] = { schema: { description: 'the file, when `format` asks for one' } };
    }
  }
}

function documentErrors(document: Document) {
  const used = new Set<number>();
  for (const [path, operation] of operationsOf(document)) {
    const responses = operation.responses ?? {};
    const statuses = new Set([...Object.keys(responses).map(Number), ...universalStatuses(path, operation)]);
    for (const status of statuses) {
      if (status < 400) continue;
      if (!statusNames[status]) throw new Error(`no shared response for status ${status} (${path})`);
      responses[status] = responseRef(status);
      used.add(status);
    }
    operation.responses = responses;
  }
  document.components = {
    ...document.components,
    responses: Object.fromEntries([...used].sort().map((status) => [statusNames[status] as string, errorResponse(status)])),
  };
}

const int32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** Visits every object in a JSON tree, parents before children. */
function visit(node: unknown, each: (object: Json) => void) {
  if (Array.isArray(node)) return node.forEach((item) => visit(item, each));
  if (!node || typeof node !== 'object') return;
  each(node as Json);
  for (const value of Object.values(node)) visit(value, each);
}

const isType = (schema: Json, type: string) => schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

function integerFormats(schema: Json) {
  if (!isType(schema, 'integer') || schema.format !== undefined) return;
  const minimum = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  const maximum = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  schema.format = minimum >= int32.min && maximum <= int32.max ? 'int32' : 'int64';
}

/** Drops component schemas that no operation reaches, following references between components. */
function pruneSchemas(document: Document) {
  const schemas = document.components?.schemas ?? {};
  const reached = new Set<string>();
  const follow = (node: unknown) =>
    visit(node, (object) => {
      const ref = object.$ref;
      const name = typeof ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1] : undefined;
      if (name && !reached.has(name)) {
        reached.add(name);
        follow(schemas[name]);
      }
    });
  follow(document.paths);
  follow(document.webhooks);
  follow({ ...document.components, schemas: undefined });
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
}

/** Every tag an operation uses, declared once at the top with nothing but its name (generators group by it). */
function declareTags(document: Document) {
  const names = new Set<string>();
  for (const [, operation] of operationsOf(document)) for (const tag of operation.tags ?? []) names.add(tag);
  document.tags = [...names].map((name) => ({ name }));
}

export function strictDocument<T extends object>(generated: T): T {
  const document = generated as Document;
  document.jsonSchemaDialect = 'https://json-schema.org/draft/2020-12/schema';
  visit(document, (object) => {
    if (typeof object.$schema === 'string') delete object.$schema;
    if (typeof object.$id === 'string') delete object.$id;
    integerFormats(object);
  });
  fileAnswers(document);
  documentErrors(document);
  pruneSchemas(document);
  declareTags(document);
  return generated;
}
