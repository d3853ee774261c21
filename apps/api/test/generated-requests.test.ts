import { Problem, recordEntities } from '@kepu/domain';
import { queryRows, schema as tables } from '@kepu/db';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type AuthHeaders, type TestApp } from './app.js';
import { create, eventInput, organisationInput, summaryInput, venueInput } from './fixtures.js';
import {
  encodeQueryValue,
  exampleCase,
  invalidValue,
  objectCase,
  resolve,
  validValue,
  type JsonSchema,
  type SchemaContext,
} from './generated/arbitraries.js';
import { responseValidator, type OpenApiDocument } from './document.js';
import { districts, seedTenant, type Tenant } from './tenants.js';

// Requests derived from the OpenAPI document the server serves — every operation, every kind of
// principal, values generated from each parameter's and body's schema (valid, at the limits, and
// hostile) — rather than a list of inputs someone thought of. Whatever the input, the server must
// answer in time, never 5xx, explain every refusal as problem+json naming the field, leave the data
// untouched when it refuses a write, and answer 2xx in the documented shape.
// KEPU_FUZZ_RUNS=200 runs more cases per operation; KEPU_FUZZ_SEED replays a printed failure.

const runsPerOperation = inject('fuzzRuns') || 12;
const seed = inject('fuzzSeed') || Date.now() % 2 ** 31;
/** Far above any real answer here (tens of milliseconds); only a stall or a runaway loop gets near it. */
const answerBoundMs = 15_000;
/** Statuses that say "your input is wrong", which must say where. */
const fieldStatuses = new Set([400, 413, 414, 415, 422, 428, 431]);
/** Operations that end the session they are sent with: each generated request signs in anew for them. */
const sessionEnding = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/password']);
/** Tables a refused request may still touch: sign-in counters and sessions, cached idempotent answers, secrets made on first use. */
const volatileTables = new Set(['rate_limits', 'sessions', 'idempotency_keys', 'server_secrets']);
/** Columns that record use, not content (an API key's last use). */
const volatileColumns = new Set(['last_used_at', 'last_seen_at']);

type PrincipalKind = 'city_admin' | 'district_admin' | 'township_staff' | 'viewer' | 'api_key' | 'anonymous';
const currentVersion = 'current';

interface Operation {
  signature: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  body: JsonSchema | undefined;
}

interface GeneratedRequest {
  principal: PrincipalKind;
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  headers: Record<string, string>;
  csvRows: string[][];
  /** Where the request comes from: spread, so per-address sign-in limits do not end the run early. */
  remoteAddress: string;
}

let t: TestApp;
let context: SchemaContext;
let documented: ReturnType<typeof responseValidator>;
let operations: Operation[] = [];
const tenants: Tenant[] = [];
/** Records the examples refer to, kept out of the id pools so no generated DELETE takes them away. */
const anchors = { organisation: '', venue: '' };
const principals = {} as Record<PrincipalKind, AuthHeaders>;
const idsByCollection = new Map<string, string[]>();
const csvHeaders = new Map<string, string>();
const counts = new Map<string, { requests: number; ok: number; clientError: number; serverError: number }>();

beforeAll(async () => {
  t = await buildTestApp();
  tenants.push(await seedTenant(t, 'yubei'), await seedTenant(t, 'shapingba'));
  const { userId: _a, ...districtAdmin } = await t.signIn('district_admin', districts.yubei.code);
  const { userId: _b, ...townshipStaff } = await t.signIn('township_staff', districts.yubei.township);
  const { userId: _c, ...viewer } = await t.signIn('viewer', '500000');
  const scopes = recordEntities.flatMap((entity) => [`${entity}:read`, `${entity}:write`]).concat('stats:read');
  const key = await create<{ secret: string }>(t, 'api-keys', {
    name: 'generated',
    scopes,
    scopeRegionCode: districts.yubei.code,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  Object.assign(principals, {
    city_admin: t.adminHeaders,
    district_admin: districtAdmin,
    township_staff: townshipStaff,
    viewer,
    api_key: { authorization: `Bearer ${key.secret}` },
    anonymous: {},
  });

  for (const tenant of tenants) {
    for (const [collection, id] of Object.entries(tenant.ids)) idsByCollection.set(collection, [...(idsByCollection.get(collection) ?? []), id]);
    idsByCollection.set('trash', [...(idsByCollection.get('trash') ?? []), tenant.deletedEventId]);
    idsByCollection.set('imports', [...(idsByCollection.get('imports') ?? []), tenant.files.importId]);
    idsByCollection.set('export-schedules', [...(idsByCollection.get('export-schedules') ?? []), tenant.files.scheduleId]);
    idsByCollection.set('export-runs', [...(idsByCollection.get('export-runs') ?? []), tenant.files.runId]);
  }
  idsByCollection.set('downloads', idsByCollection.get('export-runs') ?? []);
  anchors.organisation = (await create(t, 'organisations', organisationInput({ name: '生成示例学会', regionCode: districts.yubei.township }))).id;
  anchors.venue = (
    await create(t, 'venues', venueInput({ name: '生成示例阵地', regionCode: districts.yubei.township, organisationId: anchors.organisation }))
  ).id;
  for (const entity of ['organisations', 'venues', 'events']) {
    const template = await t.inject({ url: `/api/v1/import-templates/${entity}?format=csv` });
    csvHeaders.set(entity, template.body.replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '');
  }

  const document = t.app.swagger() as unknown as {
    paths: Record<
      string,
      Record<string, { parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
    >;
    components: { schemas: Record<string, JsonSchema> };
  };
  documented = responseValidator(document as unknown as OpenApiDocument);
  context = {
    components: document.components.schemas,
    pools: {
      ids: [...idsByCollection.values()].flat(),
      regionCodes: ['500000', '500112', '500106', '500112017', '500106001', '500101', '500000000'],
    },
  };
  // Reads and writes first, deletions last, so the records in the pools live through most of the run.
  const methodOrder = ['GET', 'POST', 'PATCH', 'DELETE'];
  operations = Object.entries(document.paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        signature: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content['application/json']?.schema,
      })),
    )
    .sort((a, b) => methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method));
}, 180_000);

afterAll(async () => {
  const rows = [...counts.entries()].map(([operation, figures]) => ({ operation, ...figures }));
  const total = rows.reduce(
    (sum, row) => ({
      requests: sum.requests + row.requests,
      ok: sum.ok + row.ok,
      clientError: sum.clientError + row.clientError,
      serverError: sum.serverError + row.serverError,
    }),
    { requests: 0, ok: 0, clientError: 0, serverError: 0 },
  );
  console.log(`generated requests on ${t.database.driver} (seed ${seed}, ${runsPerOperation} per operation):`);
  console.table([...rows, { operation: 'total', ...total }]);
  await t?.close();
});

/** A digest of every table a request could change, so a refused write that changed anything shows. */
const digestQuery = sql.join(
  Object.values(tables as Record<string, unknown>)
    .filter((table): table is PgTable => is(table, PgTable))
    .map((table) => getTableConfig(table))
    .filter((config) => !volatileTables.has(config.name) && !config.name.startsWith('stats_') && config.name !== 'regions')
    .map((config) => {
      const content = sql`(to_jsonb(t) - ${sql.raw(`array[${[...volatileColumns].map((column) => `'${column}'`).join(', ')}]`)})::text`;
      return sql`select ${config.name} as name, md5(coalesce(string_agg(${content}, '|' order by ${content}), '')) as digest from ${sql.identifier(config.name)} t`;
    }),
  sql` union all `,
);

async function dataDigest(): Promise<Record<string, string>> {
  const rows = await queryRows<{ name: string; digest: string }>(t.database.db, digestQuery);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

let made = 0;
const unique = (prefix: string) => `${prefix}${(made += 1)}`;

/** Known-good bodies (as the access matrix writes them), for the generator to vary one field at a time. */
function examples(): Record<string, () => Record<string, unknown>> {
  const township = districts.yubei.township;
  return {
    'POST /api/v1/organisations': () => organisationInput({ name: unique('生成组织'), regionCode: township }),
    'POST /api/v1/venues': () => venueInput({ name: unique('生成阵地'), regionCode: township }),
    'POST /api/v1/events': () => eventInput(anchors.organisation, { title: unique('生成活动'), regionCode: township }),
    'POST /api/v1/summaries': () => summaryInput({ title: unique('生成汇总'), regionCode: township, organiserIds: [anchors.organisation] }),
    'POST /api/v1/designations': () => ({
      name: unique('生成认定'),
      kind: 'education_base',
      level: 'district',
      grantedBy: '渝北区科协',
      subjectType: 'venue',
      venueId: anchors.venue,
      validFrom: '2024-01-01',
    }),
    'POST /api/v1/indicators': () => ({
      regionCode: districts.yubei.code,
      year: 1949 + (made % 150),
      kind: 'resident_population',
      value: 1000,
      source: unique('生成来源'),
      level: 'district',
    }),
    'POST /api/v1/users': () => ({
      username: unique('gen-user-'),
      displayName: unique('生成用户'),
      role: 'viewer',
      scopeRegionCode: districts.yubei.code,
      password: 'a long enough password',
    }),
    'POST /api/v1/api-keys': () => ({
      name: unique('生成密钥'),
      scopes: ['events:read'],
      scopeRegionCode: districts.yubei.code,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    'POST /api/v1/export-schedules': () => ({
      name: unique('生成导出'),
      cron: '0 8 * * *',
      recipients: [],
      active: true,
      target: { kind: 'list', entity: 'events', format: 'csv', filters: {} },
    }),
    'POST /api/v1/auth/login': () => ({ username: unique('nobody-'), password: 'not the password' }),
    'PATCH /api/v1/organisations/:id': () => ({ memberCount: made }),
    'PATCH /api/v1/venues/:id': () => ({ address: unique('生成地址') }),
    'PATCH /api/v1/events/:id': () => ({ attendance: 2000 + made }),
    'PATCH /api/v1/summaries/:id': () => ({ attendance: 3000 + made }),
    'PATCH /api/v1/designations/:id': () => ({ grantedBy: unique('生成机构') }),
    'PATCH /api/v1/indicators/:id': () => ({ note: unique('生成备注') }),
    'PATCH /api/v1/users/:id': () => ({ displayName: unique('生成用户') }),
    'PATCH /api/v1/export-schedules/:id': () => ({ name: unique('生成导出') }),
  };
}

function pathValue(operation: Operation, name: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  const collection = operation.path.split('/')[3] ?? '';
  const pool = name === 'code' ? context.pools.regionCodes : name === 'id' ? (idsByCollection.get(collection) ?? context.pools.ids) : [];
  const valid = pool.length > 0 ? fc.oneof(fc.constantFrom(...pool), validValue(schema, context)) : validValue(schema, context);
  const invalid = fc.oneof(invalidValue(schema, context), fc.constantFrom('x'.repeat(300), '..%2F..%2Fetc', '%00', '%E4%BD', ' ', 'ｉｄ'));
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}

function requestArbitrary(operation: Operation): fc.Arbitrary<GeneratedRequest> {
  const inPath = operation.parameters.filter((parameter) => parameter.in === 'path');
  const inQuery = operation.parameters.filter((parameter) => parameter.in === 'query');
  const querySchema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(inQuery.map((parameter) => [parameter.name, parameter.schema])),
    required: inQuery.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
  const path = fc.record(Object.fromEntries(inPath.map((parameter) => [parameter.name, pathValue(operation, parameter.name, parameter.schema)])));
  const query = inQuery.length > 0 ? objectCase(querySchema, context) : fc.constant({});
  const example = examples()[operation.signature];
  const bodyCases = operation.body
    ? [
        { weight: 6, arbitrary: objectCase(operation.body, context) },
        { weight: 1, arbitrary: invalidValue(operation.body, context) },
      ]
    : [];
  const body = !operation.body
    ? fc.constant(undefined)
    : example
      ? fc.oneof({ weight: 8, arbitrary: exampleCase(operation.body, context, example) }, ...bodyCases)
      : fc.oneof(...bodyCases);
  // `current` is filled in with the record's ETag just before sending, so some writes are meant to succeed.
  const ifMatch = fc.option(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(currentVersion) },
      fc.constantFrom('"1"', '"2"', 'W/"1"', '*', '"abc"', '', '"99999999999"', '"1", "2"'),
      fc.nat({ max: 5 }).map((version) => `"${version}"`),
    ),
    { nil: undefined, freq: 6 },
  );
  const idempotencyKey = fc.option(fc.oneof(fc.uuid(), fc.constantFrom('k\tey', 'x'.repeat(300), '键')), { nil: undefined, freq: 3 });
  const headers = fc.tuple(ifMatch, idempotencyKey).map(([match, key]) => ({
    ...(match === undefined ? {} : { 'if-match': match }),
    ...(key === undefined || operation.method !== 'POST' ? {} : { 'idempotency-key': key }),
  }));
  const cell = fc.oneof(
    fc.constantFrom('科普讲座', '讲座', '500112', '2024-09-15 09:00', '线下', '100', '=1+1', '\u0000', 'a\ud800', '', '"', '\n', '0'),
    fc.string({ maxLength: 12 }),
  );
  const csvRows = fc.array(fc.array(cell, { minLength: 1, maxLength: 10 }), { maxLength: 4 });
  const principal = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<PrincipalKind>('city_admin', 'district_admin') },
    { weight: 2, arbitrary: fc.constant<PrincipalKind>('api_key') },
    { weight: 2, arbitrary: fc.constantFrom<PrincipalKind>('township_staff', 'viewer', 'anonymous') },
  );
  return fc.record({ principal, path, query, body, headers, csvRows, remoteAddress: fc.ipV4() });
}

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function queryString(query: Record<string, unknown>): string {
  const pairs = Object.entries(query).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const text = Array.isArray(value)
      ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(',')
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
    return [`${encodeQueryValue(key)}=${encodeQueryValue(text)}`];
  });
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function urlOf(operation: Operation, request: GeneratedRequest): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.path[name];
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    // Values that are already percent-encoded on purpose go as they are.
    return /%[0-9A-F]{2}/.test(text) ? text : encodeQueryValue(text);
  });
  return `${path}${queryString(request.query)}`;
}

async function principalHeaders(operation: Operation, kind: PrincipalKind): Promise<AuthHeaders> {
  if (!sessionEnding.has(operation.signature)) return principals[kind];
  const { userId: _, ...fresh } = await t.signIn('viewer', districts.yubei.code);
  return fresh;
}

/** A request that hangs fails its case (with the request named) instead of stalling the whole run. */
async function answeredInTime<T>(answer: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${answerBoundMs} ms: ${what}`)), answerBoundMs);
  });
  try {
    return await Promise.race([answer, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/** The ETag of the record a URL names (`/api/v1/events/:id…`), read as the city administrator. */
async function etagOf(url: string): Promise<string> {
  const record = /^\/api\/v1\/[\w-]+\/[^/?]+/.exec(url)?.[0] ?? url;
  const response = await t.inject({ url: record });
  return String(response.headers.etag ?? '"1"');
}

describe('generated requests', () => {
  it('when the document is read, it has operations to generate requests for', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it('when every documented operation gets generated requests from every kind of principal, none breaks the server', async () => {
    for (const operation of operations) {
      const tally = { requests: 0, ok: 0, clientError: 0, serverError: 0 };
      counts.set(operation.signature, tally);
      const writes = operation.method !== 'GET' && !operation.signature.startsWith('POST /api/v1/auth/');
      await fc.assert(
        fc.asyncProperty(requestArbitrary(operation), async (request) => {
          const url = urlOf(operation, request);
          const isUpload = operation.signature === 'POST /api/v1/imports';
          const entity = typeof request.path.entity === 'string' ? request.path.entity : 'events';
          const payload = isUpload
            ? [csvHeaders.get(entity) ?? '', ...request.csvRows.map((row) => row.map(csvCell).join(','))].join('\r\n')
            : request.body === undefined
              ? undefined
              : JSON.stringify(request.body);
          const headers = {
            ...(await principalHeaders(operation, request.principal)),
            ...request.headers,
            ...(request.headers['if-match'] === currentVersion ? { 'if-match': await etagOf(url) } : {}),
            ...(payload === undefined ? {} : { 'content-type': isUpload ? 'text/csv' : 'application/json' }),
          };
          const before = writes ? await dataDigest() : undefined;
          const started = performance.now();
          const response = await answeredInTime(
            t.app.inject({
              method: operation.method as 'GET',
              url,
              headers,
              remoteAddress: request.remoteAddress,
              ...(payload === undefined ? {} : { payload }),
            }),
            `${operation.method} ${url.slice(0, 300)}`,
          );
          const elapsed = performance.now() - started;
          tally.requests += 1;
          const status = response.statusCode;
          if (status >= 500) tally.serverError += 1;
          else if (status >= 400) tally.clientError += 1;
          else tally.ok += 1;
          const what = `${operation.method} ${url.slice(0, 300)} as ${request.principal} with ${String(payload).slice(0, 300)} → ${status} ${response.body.slice(0, 500)}`;

          expect(status, what).toBeLessThan(500);
          expect(elapsed, `${what} took ${Math.round(elapsed)} ms`).toBeLessThan(answerBoundMs);
          // Whatever it answered, the document said it might, in that media type and shape.
          const contentType = String(response.headers['content-type'] ?? '');
          const validate = status === 204 ? null : documented(operation.path, operation.method, status, contentType);
          if (validate && /json/.test(contentType) && !validate(response.json())) expect(validate.errors, what).toEqual([]);
          if (status >= 400) {
            expect(String(response.headers['content-type']), what).toMatch(/^application\/problem\+json/);
            const problem = response.json<{ status: number; code: string; title: string; errors?: { field: string; message: string }[] }>();
            expect(problem.status, what).toBe(status);
            expect(Problem.safeParse(problem).error?.issues ?? [], what).toEqual([]);
            expect(problem.code, what).toMatch(/^[a-z_-]+(\.[a-z_-]+)+$/);
            if (fieldStatuses.has(status)) {
              expect(problem.errors?.length, what).toBeGreaterThan(0);
              for (const error of problem.errors ?? []) expect(error.field, what).toMatch(/^(body|query|params|headers|file|url|method|request)\b/);
            }
            if (before) expect(await dataDigest(), `refused write changed data: ${what}`).toEqual(before);
          }
        }),
        { numRuns: runsPerOperation, seed, endOnFailure: true },
      );
    }
    const served = [...counts.values()].reduce((sum, tally) => sum + tally.requests, 0);
    expect(served).toBe(operations.length * runsPerOperation);
  }, 1_800_000);
});

// Reading the schema for each parameter must never throw: an operation whose schema the generator
// cannot read would otherwise be skipped silently.
describe('the generator', () => {
  it('when it reads every documented schema, it can build values for all of them', () => {
    for (const operation of operations) {
      for (const parameter of operation.parameters) fc.sample(validValue(parameter.schema, context), 3);
      if (operation.body) fc.sample(validValue(resolve(operation.body, context), context), 3);
    }
  });
});
