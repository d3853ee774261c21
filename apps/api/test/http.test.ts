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
    const created = await call(`/api/v1/organisations`, { method: 'POST', headers: json, body: JSON.stringify(organisationInput({ name: '重庆市科普作家协会', regionCode: '500000' })) });
    expect(created.status).toBe(201);
    const location = created.headers.get('location') ?? '';
    const read = await call(`${location}`);
    const etag = read.headers.get('etag') ?? '';
    expect(etag).toBe('"1"');
    const changed = await call(`${location}`, { method: 'PATCH', headers: { ...json, 'if-match': etag }, body: JSON.stringify({ memberCount: 320 }) });
    expect(changed.status).toBe(200);
    expect((await changed.json())).toMatchObject({ memberCount: 320, version: 2 });
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
    expect((await found.json())).toMatchObject({ total: 0 });
  });

  it('when the body is not JSON at all, it answers 415 problem+json', async () => {
    const response = await call(`/api/v1/organisations`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'name,type\n科协,society' });
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
    expect((await response.json())).toMatchObject({ code: 'route.not_found' });
  });

  it('when junk of every JSON type is posted to every create route, nothing answers 500', async () => {
    const junk = [
      'null', '0', '-1', '"text"', 'true', '[]', '[{}]', '{}', '{"name":null}', '{"name":["a"]}', '{"regionCode":500106}',
      '{"startsAt":"yesterday"}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}', '1e999', '"\\u0000"',
    ];
    const entities = ['organisations', 'venues', 'events', 'designations', 'indicators'];
    const statuses = new Set<number>();
    for (const entity of entities) {
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
    expect((await response.json())).toMatchObject({ status: 'ok', database: { reachable: true } });
  });
});
