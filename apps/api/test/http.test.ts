import { recordEntities } from '@kepu/domain';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, listen, type TestApp } from './app.js';
import { organisationInput } from './fixtures.js';

let t: TestApp;
let origin: string;
beforeAll(async () => {
  t = await buildTestApp();
  origin = await listen(t.app);
});
afterAll(() => t.close());

const json = { 'content-type': 'application/json' };

/** fetch() against the running app, signed in as the city administrator. */
const call = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${origin}${path}`, { ...init, headers: { ...t.adminHeaders, ...init.headers } });

/** Sends raw bytes, for requests fetch() refuses to make. */
function rawRequest(request: string): Promise<string> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('over real HTTP', () => {
  it('when a client creates, reads, changes and deletes an organisation, each step behaves as documented', async () => {
    const created = await call(`/api/v1/organisations`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(organisationInput({ name: '重庆市科普作家协会', regionCode: '500000' })),
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location') ?? '';
    const read = await call(`${location}`);
    const etag = read.headers.get('etag') ?? '';
    expect(etag).toBe('"1"');
    const changed = await call(`${location}`, {
      method: 'PATCH',
      headers: { ...json, 'if-match': etag },
      body: JSON.stringify({ memberCount: 320 }),
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ memberCount: 320, version: 2 });
    const stale = await call(`${location}`, { method: 'DELETE', headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const deleted = await call(`${location}`, { method: 'DELETE', headers: { 'if-match': '"2"' } });
    expect(deleted.status).toBe(204);
    expect((await call(`${location}`)).status).toBe(404);
  });

  it('when the body is not valid JSON, it answers 400 problem+json', async () => {
    const response = await call(`/api/v1/organisations`, { method: 'POST', headers: json, body: '{"name": "未闭合' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { status: number; code: string };
    expect(problem.status).toBe(400);
    expect(problem.code).toMatch(/^request\./);
  });

  it('when the body is 10 MB, it answers 413 problem+json without storing anything', async () => {
    const body = JSON.stringify({ ...organisationInput({ name: '巨型请求' }), address: 'x'.repeat(10 * 1024 * 1024) });
    const response = await call(`/api/v1/organisations`, { method: 'POST', headers: json, body });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const found = await call(`/api/v1/organisations?q=${encodeURIComponent('巨型请求')}`);
    expect(await found.json()).toMatchObject({ total: 0 });
  });

  it('when the body is not JSON at all, it answers 415 problem+json', async () => {
    const response = await call(`/api/v1/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'name,type\n科协,society',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('when a POST has no body, it answers 400 problem+json', async () => {
    const response = await call(`/api/v1/events`, { method: 'POST', headers: json });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('when the URL carries raw (unencoded) Chinese, it answers 400 problem+json rather than dropping the connection', async () => {
    const reply = await rawRequest('GET /api/v1/regions?q=沙坪坝 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain('application/problem+json');
  });

  it('when the route does not exist, it answers 404 problem+json', async () => {
    const response = await call(`/api/v1/volunteers`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'route.not_found' });
  });

  it('when junk of every JSON type is posted to every create route, nothing answers 500', async () => {
    const junk = [
      'null',
      '0',
      '-1',
      '"text"',
      'true',
      '[]',
      '[{}]',
      '{}',
      '{"name":null}',
      '{"name":["a"]}',
      '{"regionCode":500106}',
      '{"startsAt":"yesterday"}',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"admin":true}}}',
      '1e999',
      '"\\u0000"',
    ];
    const statuses = new Set<number>();
    for (const entity of recordEntities) {
      for (const body of junk) {
        const response = await call(`/api/v1/${entity}`, { method: 'POST', headers: json, body });
        statuses.add(response.status);
        expect(response.headers.get('content-type'), `${entity} ${body}`).toContain('application/problem+json');
      }
    }
    expect([...statuses].every((status) => status >= 400 && status < 500)).toBe(true);
  });

  it('when the health endpoint is asked, it reports the database reachable', async () => {
    const response = await call(`/api/health`);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
  });
});

// One example of each class of input that once broke Kepu from outside (issue 11); the generated
// requests (generated-requests.test.ts) cover the classes, these pin the examples as they were found.
describe('inputs that once broke the server', () => {
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    return (await response.json()) as { status: number; code: string; errors?: { field: string }[] };
  };
  const fieldsOf = async (response: Response) => (await problemOf(response)).errors?.map((error) => error.field);
  const post = (path: string, body: string | Uint8Array, contentType = 'application/json') =>
    call(path, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('when a week breakdown asks for the year 9999, it answers 400 naming the dates at once, and the server keeps answering', async () => {
    const response = await call('/api/v1/stats/breakdown?by=week&from=9999-01-01&to=9999-12-31');
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['query.from', 'query.to']);
    expect((await fetch(`${origin}/api/health`)).status).toBe(200);
  });

  it('when text carries NUL, in a JSON string or as %00 in a search, it answers 400 naming the field', async () => {
    const body = JSON.stringify(organisationInput({ name: '科普\u0000学会' }));
    const created = await post('/api/v1/organisations', body);
    expect(created.status).toBe(400);
    expect(await fieldsOf(created)).toEqual(['body.name']);
    const search = await call('/api/v1/organisations?q=%E7%A7%91%00');
    expect(search.status).toBe(400);
    expect(await fieldsOf(search)).toEqual(['query.q']);
  });

  it('when an end time lies near the year 10000, with a negative offset or digits that would round into it, it answers 400 naming endsAt', async () => {
    for (const endsAt of ['9999-12-31T23:00:00-05:00', '9999-12-31T15:59:59.9999999+08:00']) {
      const response = await post(
        '/api/v1/events',
        JSON.stringify({
          title: '年末活动',
          category: 'lecture',
          regionCode: '500106',
          organiserIds: ['6f1c1f0e-0000-4000-8000-000000000000'],
          startsAt: '2024-09-15T09:00:00+08:00',
          endsAt,
          mode: 'offline',
          attendance: 1,
        }),
      );
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toContain('body.endsAt');
    }
  });

  it('when a body declares charset=gbk, it is decoded as GBK and stored as the text that was meant', async () => {
    const name = '渝北区科普作家协会';
    // The name as Excel or a Windows client on a Chinese system encodes it (Python: name.encode('gbk')).
    const nameInGbk = Buffer.from('d3e5b1b1c7f8bfc6c6d5d7f7bcd2d0adbbe1', 'hex');
    const [before = '', after = ''] = JSON.stringify(organisationInput({ name: '@' })).split('@');
    const body = Buffer.concat([Buffer.from(before), nameInGbk, Buffer.from(after)]);
    const response = await post('/api/v1/organisations', new Uint8Array(body), 'application/json; charset=gbk');
    expect(response.status).toBe(201);
    expect(((await response.json()) as { name: string }).name).toBe(name);
  });

  it('when a body declares a charset Kepu cannot decode exactly, or is not the UTF-8 it claims, it refuses it (415, 400) instead of storing a guess', async () => {
    const latin = await post('/api/v1/organisations', JSON.stringify(organisationInput()), 'application/json; charset=iso-8859-1');
    expect(latin.status).toBe(415);
    expect(await fieldsOf(latin)).toEqual(['headers.content-type']);
    const broken = await post(
      '/api/v1/organisations',
      new Uint8Array([...Buffer.from('{"name":"'), 0xe7, 0xa7, ...Buffer.from('","type":"society","regionCode":"500106"}')]),
    );
    expect(broken.status).toBe(400);
    expect(await fieldsOf(broken)).toEqual(['body']);
    const surrogate = await post('/api/v1/organisations', '{"name":"\\ud800学会","type":"society","regionCode":"500106"}');
    expect(surrogate.status).toBe(400);
    expect(await fieldsOf(surrogate)).toEqual(['body.name']);
  });

  it('when a key is __proto__, it answers 400 naming it', async () => {
    const response = await post('/api/v1/organisations', '{"name":"学会","type":"society","regionCode":"500106","__proto__":{"isAdmin":true}}');
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['body.__proto__']);
  });

  it('when a path id is hundreds of characters long, it answers 400 naming params.id with the usual headers', async () => {
    const response = await call(`/api/v1/events/${'a'.repeat(400)}`);
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['params.id']);
  });

  it('when the URL is longer than the server reads, it answers 431 saying so', async () => {
    const answer = await rawRequest(`GET /api/v1/organisations?q=${'科'.repeat(4000)} HTTP/1.1\r\nHost: x\r\n\r\n`.replace(/科/g, '%E7%A7%91'));
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
    expect(answer).toContain('"field":"url"');
  });

  it("when a schedule's cron is a date instead of a pattern (found by the generated requests), it answers 400 naming body.cron", async () => {
    const response = await post(
      '/api/v1/export-schedules',
      JSON.stringify({ name: '一次性', cron: '+010000-01-01T07:59+08:00', target: { kind: 'list', entity: 'events', format: 'csv' } }),
    );
    expect(response.status).toBe(400);
    expect(await fieldsOf(response)).toEqual(['body.cron']);
  });

  it('when a known path gets a method it does not have, it answers 405 with Allow', async () => {
    const response = await call('/api/v1/organisations', { method: 'PUT', headers: json, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await problemOf(response)).code).toBe('route.method_not_allowed');
  });
});
