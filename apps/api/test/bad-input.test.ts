import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app.js';
import { create, eventInput, organisationInput, venueInput } from './fixtures.js';
import { clientFor, transports } from './transports.js';

let t: TestApp;
let organisationId: string;
let venueId: string;
beforeAll(async () => {
  t = await buildTestApp();
  organisationId = (await create(t, 'organisations', organisationInput())).id;
  venueId = (await create(t, 'venues', venueInput())).id;
});
afterAll(() => t.close());

interface BadInput {
  name: string;
  method: 'POST' | 'PATCH' | 'GET' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  headers?: Record<string, string>;
  status: number;
  fields?: string[];
}

const ev = (overrides: Record<string, unknown>) => () => ({ ...eventInput(organisationId), ...overrides });

const cases: BadInput[] = [
  {
    name: 'a number where text is expected',
    method: 'POST',
    url: () => '/api/v1/organisations',
    body: () => ({ ...organisationInput(), name: 42 }),
    status: 400,
    fields: ['body.name'],
  },
  {
    name: 'an unknown field',
    method: 'POST',
    url: () => '/api/v1/organisations',
    body: () => ({ ...organisationInput(), isAdmin: true }),
    status: 400,
    fields: ['body.isAdmin'],
  },
  {
    name: 'an unknown enum value',
    method: 'POST',
    url: () => '/api/v1/venues',
    body: () => ({ ...venueInput(), status: 'demolished' }),
    status: 400,
    fields: ['body.status'],
  },
  {
    name: 'a code that is not an entry of its dictionary',
    method: 'POST',
    url: () => '/api/v1/organisations',
    body: () => ({ ...organisationInput(), type: 'club' }),
    status: 422,
    fields: ['body.type'],
  },
  {
    name: 'a missing required field',
    method: 'POST',
    url: () => '/api/v1/venues',
    body: () => ({ name: '无类型阵地', regionCode: '500106' }),
    status: 400,
    fields: ['body.type'],
  },
  {
    name: 'an empty name',
    method: 'POST',
    url: () => '/api/v1/venues',
    body: () => ({ ...venueInput(), name: '   ' }),
    status: 400,
    fields: ['body.name'],
  },
  {
    name: 'a malformed region code',
    method: 'POST',
    url: () => '/api/v1/venues',
    body: () => ({ ...venueInput(), regionCode: '5001X6' }),
    status: 400,
    fields: ['body.regionCode'],
  },
  {
    name: 'a well-formed but unknown region code',
    method: 'POST',
    url: () => '/api/v1/venues',
    body: () => ({ ...venueInput(), regionCode: '500199' }),
    status: 422,
    fields: ['body.regionCode'],
  },
  {
    name: 'a credit code with a wrong check character',
    method: 'POST',
    url: () => '/api/v1/organisations',
    body: () => ({ ...organisationInput(), creditCode: '91500000MA5U0XXX1A' }),
    status: 400,
    fields: ['body.creditCode'],
  },
  {
    name: 'a township association placed on a district',
    method: 'POST',
    url: () => '/api/v1/organisations',
    body: () => ({ ...organisationInput(), type: 'township_association', regionCode: '500106' }),
    status: 422,
    fields: ['body.regionCode'],
  },
  {
    name: 'a latitude out of range',
    method: 'POST',
    url: () => '/api/v1/venues',
    body: () => ({ ...venueInput(), latitude: 129.5 }),
    status: 400,
    fields: ['body.latitude'],
  },
  {
    name: 'a longitude without a latitude',
    method: 'POST',
    url: () => '/api/v1/venues',
    body: () => ({ ...venueInput(), latitude: null }),
    status: 400,
    fields: ['body.latitude'],
  },
  {
    name: 'an event ending before it starts',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ endsAt: '2024-09-15T08:00:00+08:00' }),
    status: 400,
    fields: ['body.endsAt'],
  },
  {
    name: 'a time without an offset',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ startsAt: '2024-09-15 09:00' }),
    status: 400,
    fields: ['body.startsAt'],
  },
  {
    name: 'a negative attendance',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ attendance: -5 }),
    status: 400,
    fields: ['body.attendance'],
  },
  {
    name: 'a fractional count',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ volunteers: 2.5 }),
    status: 400,
    fields: ['body.volunteers'],
  },
  {
    name: 'more people (人数) than person-times (人次)',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ participants: 5000 }),
    status: 400,
    fields: ['body.participants'],
  },
  {
    name: 'an organiser that does not exist',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ organiserIds: ['6f1c1f0e-0000-4000-8000-000000000000'] }),
    status: 422,
    fields: ['body.organiserIds'],
  },
  {
    name: 'an organiser id that is not a UUID',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ organiserIds: ['abc'] }),
    status: 400,
    fields: ['body.organiserIds.0'],
  },
  {
    name: 'no organiser at all',
    method: 'POST',
    url: () => '/api/v1/events',
    body: ev({ organiserIds: [] }),
    status: 400,
    fields: ['body.organiserIds'],
  },
  {
    name: 'a designation of a venue without the venue',
    method: 'POST',
    url: () => '/api/v1/designations',
    body: () => ({
      name: '市级科普基地',
      kind: 'education_base',
      level: 'municipal',
      grantedBy: '重庆市科协',
      subjectType: 'venue',
      validFrom: '2023-01-01',
    }),
    status: 400,
    fields: ['body.venueId'],
  },
  {
    name: 'a designation valid to before valid from',
    method: 'POST',
    url: () => '/api/v1/designations',
    body: () => ({
      name: '市级科普基地',
      kind: 'education_base',
      level: 'municipal',
      grantedBy: '重庆市科协',
      subjectType: 'venue',
      venueId,
      validFrom: '2023-01-01',
      validTo: '2022-01-01',
    }),
    status: 400,
    fields: ['body.validTo'],
  },
  {
    name: 'an impossible calendar date',
    method: 'POST',
    url: () => '/api/v1/designations',
    body: () => ({
      name: '市级科普基地',
      kind: 'education_base',
      level: 'municipal',
      grantedBy: '重庆市科协',
      subjectType: 'venue',
      venueId,
      validFrom: '2023-02-30',
    }),
    status: 400,
    fields: ['body.validFrom'],
  },
  {
    name: 'a percentage above 100',
    method: 'POST',
    url: () => '/api/v1/indicators',
    body: () => ({ regionCode: '500106', year: 2022, kind: 'science_literacy_rate', value: 181, source: '调查', level: 'municipal' }),
    status: 422,
    fields: ['body.value'],
  },
  {
    name: 'a year as text',
    method: 'POST',
    url: () => '/api/v1/indicators',
    body: () => ({ regionCode: '500106', year: '二〇二二', kind: 'resident_population', value: 1, source: '调查', level: 'municipal' }),
    status: 400,
    fields: ['body.year'],
  },
  {
    name: 'an empty PATCH',
    method: 'PATCH',
    url: () => `/api/v1/venues/${venueId}`,
    headers: { 'if-match': '"1"' },
    body: () => ({}),
    status: 400,
    fields: ['body'],
  },
  {
    name: 'a PATCH that makes the merged event invalid',
    method: 'PATCH',
    url: () => `/api/v1/venues/${venueId}`,
    headers: { 'if-match': '"1"' },
    body: () => ({ longitude: null }),
    status: 400,
    fields: ['body.longitude'],
  },
  {
    name: 'a malformed If-Match',
    method: 'PATCH',
    url: () => `/api/v1/venues/${venueId}`,
    headers: { 'if-match': 'yesterday' },
    body: () => ({ name: '新名' }),
    status: 400,
    fields: ['headers.if-match'],
  },
  { name: 'a page size over the cap', method: 'GET', url: () => '/api/v1/events?pageSize=1000', status: 400, fields: ['query.pageSize'] },
  { name: 'page zero', method: 'GET', url: () => '/api/v1/events?page=0', status: 400, fields: ['query.page'] },
  { name: 'an unknown query parameter', method: 'GET', url: () => '/api/v1/events?colour=red', status: 400, fields: ['query.colour'] },
  { name: 'an unknown sort field', method: 'GET', url: () => '/api/v1/events?sort=password', status: 400, fields: ['query.sort'] },
  {
    name: 'a date range that runs backwards',
    method: 'GET',
    url: () => '/api/v1/events?from=2024-12-01&to=2024-01-01',
    status: 400,
    fields: ['query.to'],
  },
  {
    name: 'a date range over ten years',
    method: 'GET',
    url: () => '/api/v1/events?from=2000-01-01&to=2024-01-01',
    status: 400,
    fields: ['query.to'],
  },
  { name: 'an unknown region filter', method: 'GET', url: () => '/api/v1/events?region=500199', status: 422, fields: ['query.region'] },
  { name: 'an id that is not a UUID', method: 'GET', url: () => '/api/v1/events/not-a-uuid', status: 400, fields: ['params.id'] },
  { name: 'a region code with letters', method: 'GET', url: () => '/api/v1/regions/50O106', status: 400, fields: ['params.code'] },
  {
    name: 'an Idempotency-Key with control characters',
    method: 'POST',
    url: () => '/api/v1/organisations',
    headers: { 'idempotency-key': 'k\tey' },
    body: () => organisationInput(),
    status: 400,
    fields: ['headers.idempotency-key'],
  },
];

describe('bad input', () => {
  it('covers at least 20 distinct cases', () => {
    expect(new Set(cases.map((item) => item.name)).size).toBeGreaterThanOrEqual(20);
  });

  it.for(transports.flatMap((transport) => cases.map((item) => ({ transport, ...item }))))(
    'over $transport, when the request has $name, it answers $status problem+json naming the field',
    async (item) => {
      const send = await clientFor(item.transport, t.app, t.adminHeaders);
      const response = await send({ method: item.method, url: item.url(), headers: item.headers, payload: item.body?.() });
      expect(response.statusCode, response.body).toBe(item.status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<{ status: number; title: string; type: string; errors?: { field: string }[] }>();
      expect(problem.status).toBe(item.status);
      expect(problem.type).toMatch(/^urn:kepu:problem:/);
      expect(problem.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(item.fields ?? []));
      expect(response.body).not.toMatch(/at .+\.ts:\d+/);
    },
  );

  it('when a credit code is reused by a live organisation, it answers 409 naming creditCode', async () => {
    const creditCode = '51500106MJP372610N';
    await create(t, 'organisations', organisationInput({ creditCode }));
    const response = await t.inject({ method: 'POST', url: '/api/v1/organisations', payload: organisationInput({ name: '另一个学会', creditCode }) });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toEqual(['body.creditCode']);
  });

  it('when an indicator repeats region, year (and span) and kind, it answers 409 naming them', async () => {
    const body = { regionCode: '500103', year: 2022, kind: 'science_literacy_rate', value: 16.1, source: '调查', level: 'municipal' };
    await create(t, 'indicators', body);
    const response = await t.inject({ method: 'POST', url: '/api/v1/indicators', payload: body });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toEqual([
      'body.regionCode',
      'body.year',
      'body.yearTo',
      'body.kind',
    ]);
    // The same year as a span's first is another figure (2022—2025), and stored.
    await create(t, 'indicators', { ...body, yearTo: 2025 });
  });

  it('when an organisation is made its own parent, it answers 422 and keeps the old parent', async () => {
    const parent = await create(t, 'organisations', organisationInput({ name: '上级学会' }));
    const child = await create(t, 'organisations', organisationInput({ name: '下级学会', parentId: parent.id }));
    const cycle = await t.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${parent.id}`,
      headers: { 'if-match': '"1"' },
      payload: { parentId: child.id },
    });
    expect(cycle.statusCode).toBe(422);
    expect((await t.inject({ url: `/api/v1/organisations/${parent.id}` })).json()).toMatchObject({ parentId: null, version: 1 });
  });

  it('when text looks like SQL or markup, it is stored and returned verbatim', async () => {
    const name = "'); DROP TABLE organisations; -- <script>alert(1)</script> 100% _科协_ \\";
    const created = await create(t, 'organisations', organisationInput({ name }));
    expect(created.name).toBe(name);
    const found = await t.inject({ url: `/api/v1/organisations?q=${encodeURIComponent('100% _科协_')}` });
    expect(found.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([created.id]);
    const wildcard = await t.inject({ url: `/api/v1/organisations?q=${encodeURIComponent('%')}` });
    expect(wildcard.json<{ total: number }>().total).toBe(1);
  });
});
