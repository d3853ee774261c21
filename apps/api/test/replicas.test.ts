import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../src/env.js';
import { buildTestApp, testPassword, type TestApp } from './app.js';
import { startReplica, stopReplica, type Replica } from './replica.js';

// Several API replicas share one PostgreSQL: sessions and sign-in counters must work across them.
// PGlite is one process by design, so this runs on the PostgreSQL pass of the suite.

let t: TestApp;
const replicas: Replica[] = [];

const cookieFrom = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe.runIf(testDatabaseUrl())('two API processes over one PostgreSQL', () => {
  let first: string;
  let second: string;
  let username: string;

  beforeAll(async () => {
    t = await buildTestApp();
    replicas.push(...(await Promise.all([startReplica(t.database.url ?? ''), startReplica(t.database.url ?? '')])));
    [first, second] = replicas.map((replica) => replica.origin) as [string, string];
    const user = await t.signIn('district_admin', '500112');
    username = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: user.cookie } })).json<{ user: { username: string } }>().user
      .username;
  }, 120_000);

  afterAll(async () => {
    for (const replica of replicas) await stopReplica(replica);
    await t.close();
  });

  const login = (origin: string, password: string) =>
    fetch(`${origin}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('when a user signs in on one process, the other serves the session, and signing out on it ends the session on both', async () => {
    const signedIn = await login(first, testPassword);
    expect(signedIn.status).toBe(200);
    const cookie = cookieFrom(signedIn);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    expect((await fetch(`${second}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(200);
    const created = await fetch(`${second}/api/v1/organisations`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '跨进程学会', type: 'society', regionCode: '500112' }),
    });
    expect(created.status).toBe(201);
    expect((await fetch(`${second}/api/v1/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } })).status).toBe(204);
    expect((await fetch(`${first}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('when sign-ins fail on both processes, they share one counter and the sixth is refused with 429', async () => {
    for (const origin of [first, second, first, second, first]) expect((await login(origin, 'not the password')).status).toBe(401);
    const blocked = await login(second, testPassword);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
