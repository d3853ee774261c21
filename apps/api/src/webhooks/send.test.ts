import { keptResponseLength } from '@kepu/domain';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressPolicy } from './addresses.js';
import { postWebhook } from './send.js';

// The sender against a real local server that misbehaves on purpose, one path per way.
let server: Server;
let origin = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/hang') return; // never answers
    if (request.url === '/redirect') return void response.writeHead(302, { location: '/elsewhere' }).end();
    if (request.url === '/large') return void response.writeHead(200).end('字'.repeat(10_000));
    response.writeHead(200).end('ok');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const allowed = addressPolicy(['127.0.0.1']);
const send = (path: string, options = { policy: allowed, timeoutMs: 2_000 }) => postWebhook(`${origin}${path}`, {}, '{}', options);

describe('sending one delivery', () => {
  it('when the receiver does not answer in time, the attempt ends with a timeout and no status', async () => {
    const result = await send('/hang', { policy: allowed, timeoutMs: 200 });
    expect(result).toMatchObject({ statusCode: null, responseBody: null, error: 'timed out after 200 ms' });
  });

  it('when the receiver redirects, the redirect is the answer: it is not followed', async () => {
    const before = requests.length;
    expect(await send('/redirect')).toMatchObject({ statusCode: 302, error: null });
    expect(requests.slice(before)).toEqual(['/redirect']);
  });

  it('when the answer is large, only its first 2 KB are kept, without a broken character at the cut', async () => {
    const result = await send('/large');
    expect(result.statusCode).toBe(200);
    expect(result.responseBody?.length).toBeLessThanOrEqual(keptResponseLength);
    expect(result.responseBody).toMatch(/^字+$/);
  });

  it('when the address is not allowed, nothing is sent and the attempt says why', async () => {
    const before = requests.length;
    const result = await send('/ok', { policy: addressPolicy([]), timeoutMs: 2_000 });
    expect(result).toMatchObject({ statusCode: null, error: expect.stringMatching(/^refused: .*loopback/) as string });
    expect(requests.length).toBe(before);
  });
});
