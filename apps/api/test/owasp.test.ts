import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authPlugin } from '../src/auth/plugin.js';
import { databasePlugin } from '../src/kernel/plugins/database.js';
import { buildTestApp, testPassword, type AuthHeaders, type TestApp } from './app.js';
import { create, eventInput, organisationInput } from './fixtures.js';

// OWASP API Security Top 10 (2023), the items that apply to this API.

let t: TestApp;
let yubeiAdmin: AuthHeaders & { userId: string };
let shapingbaEventId: string;
beforeAll(async () => {
  t = await buildTestApp();
  yubeiAdmin = await t.signIn('district_admin', '500112');
  const organisation = await create(t, 'organisations', organisationInput({ regionCode: '500106' }));
  shapingbaEventId = (await create(t, 'events', eventInput(organisation.id))).id;
});
afterAll(() => t.close());

const as = (headers: AuthHeaders) => {
  const { userId: _, ...rest } = headers;
  return rest;
};

describe('API1:2023 Broken Object Level Authorization', () => {
  it('when a 渝北区 admin reads, changes or deletes a 沙坪坝区 event by id, it answers 404 as if it did not exist', async () => {
    const url = `/api/v1/events/${shapingbaEventId}`;
    const headers = as(yubeiAdmin);
    expect((await t.app.inject({ url, headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PATCH', url, headers: { ...headers, 'if-match': '"1"' }, payload: { attendance: 1 } })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'DELETE', url, headers: { ...headers, 'if-match': '"1"' } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${url}/history`, headers })).statusCode).toBe(404);
    expect((await t.inject({ url })).json()).toMatchObject({ version: 1, attendance: 1200 });
  });

  it('when a 渝北区 admin creates a record in 沙坪坝区 or moves one there, it is refused', async () => {
    const headers = as(yubeiAdmin);
    const outside = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers,
      payload: organisationInput({ regionCode: '500106' }),
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ code: 'scope.forbidden', errors: [{ field: 'body.regionCode' }] });
    const own = await create(t, 'organisations', organisationInput({ name: '渝北学会', regionCode: '500112' }), headers);
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${own.id}`,
      headers: { ...headers, 'if-match': '"1"' },
      payload: { regionCode: '500106' },
    });
    expect(moved.statusCode).toBe(403);
    expect((await t.inject({ url: `/api/v1/organisations/${own.id}` })).json()).toMatchObject({ regionCode: '500112', version: 1 });
  });

  it('when a 渝北区 event names a 沙坪坝区 organiser, the organiser is reported as missing', async () => {
    const organisers = await t.inject({ url: '/api/v1/organisations?region=500106' });
    const foreign = organisers.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: as(yubeiAdmin),
      payload: eventInput(foreign, { regionCode: '500112' }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ field: 'body.organiserIds' }] });
  });
});

describe('API2:2023 Broken Authentication', () => {
  it('when no credentials are sent, every non-public route answers 401 with WWW-Authenticate', async () => {
    // Public routes are sign-in itself and download links, whose signature is the credential (src/schedules tests it).
    for (const route of t.app.routeTable.filter((entry) => entry.url.startsWith('/api/v1') && !entry.public)) {
      const response = await t.app.inject({
        method: route.method,
        url: route.url.replace(/:\w+/g, '1'),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers['www-authenticate']).toContain('Bearer');
    }
  });

  it('when the session cookie is tampered with, it answers 401', async () => {
    const response = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `${t.adminHeaders.cookie}x` } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'auth.session_unknown' });
  });

  it('when the session has expired, it answers 401 session_expired', async () => {
    const user = await t.signIn('viewer', '500112');
    await t.database.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${user.userId}`);
    const response = await t.app.inject({ url: '/api/v1/auth/me', headers: as(user) });
    expect(response.json()).toMatchObject({ status: 401, code: 'auth.session_expired' });
  });

  it('when the user signed out, the old cookie answers 401 session_revoked', async () => {
    const user = as(await t.signIn('viewer', '500112'));
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: user })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: user })).json()).toMatchObject({ code: 'auth.session_revoked' });
  });

  it('when an API key is missing its secret, tampered with, expired or revoked, it answers 401', async () => {
    const key = await create<{ id: string; secret: string }>(t, 'api-keys', {
      name: '测试',
      scopes: ['events:read'],
      scopeRegionCode: '500112',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const call = (authorization: string) => t.app.inject({ url: '/api/v1/events', headers: { authorization } });
    expect((await call(`Bearer ${key.secret}`)).statusCode).toBe(200);
    expect((await call('Bearer')).statusCode).toBe(401);
    expect((await call(`Basic ${key.secret}`)).statusCode).toBe(401);
    // One character changed (to a different one: a secret ending in A would otherwise stay whole).
    const tampered = `${key.secret.slice(0, -1)}${key.secret.endsWith('A') ? 'B' : 'A'}`;
    expect((await call(`Bearer ${tampered}`)).json()).toMatchObject({ code: 'auth.key_unknown' });
    await t.database.db.execute(sql`update api_keys set expires_at = now() - interval '1 second' where id = ${key.id}`);
    expect((await call(`Bearer ${key.secret}`)).json()).toMatchObject({ code: 'auth.key_expired' });
    await t.database.db.execute(sql`update api_keys set expires_at = now() + interval '1 hour' where id = ${key.id}`);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.id}` })).statusCode).toBe(200);
    expect((await call(`Bearer ${key.secret}`)).json()).toMatchObject({ code: 'auth.key_revoked' });
  });

  it('when a cookie-authenticated write lacks the CSRF token, it answers 403 and changes nothing', async () => {
    const { 'x-csrf-token': _, ...cookieOnly } = t.adminHeaders;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: cookieOnly,
      payload: organisationInput({ name: 'CSRF学会' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.csrf' });
    expect((await t.inject({ url: `/api/v1/organisations?q=CSRF` })).json()).toMatchObject({ total: 0 });
  });
});

describe('API3:2023 Broken Object Property Level Authorization', () => {
  it('when users, sessions and keys are read, no response carries a password or key hash', async () => {
    const bodies = await Promise.all(
      ['/api/v1/users?pageSize=100', '/api/v1/auth/me', '/api/v1/api-keys', '/api/v1/audit?pageSize=100'].map(
        async (url) => (await t.inject({ url })).body,
      ),
    );
    const login = await t.signIn('viewer', '500000');
    bodies.push((await t.inject({ url: `/api/v1/users/${login.userId}` })).body);
    for (const body of bodies) {
      expect(body).not.toMatch(/passwordHash|password_hash|secretHash|\$argon2/);
    }
  });

  it('when a client tries to set version, id, role or scope through mass assignment, it is refused', async () => {
    const viewer = await t.signIn('viewer', '500112');
    for (const payload of [
      { version: 99 },
      { id: '00000000-0000-4000-8000-000000000000' },
      { createdAt: '2020-01-01T00:00:00Z' },
      { passwordHash: 'x' },
    ]) {
      const response = await t.inject({ method: 'PATCH', url: `/api/v1/users/${viewer.userId}`, headers: { 'if-match': '"1"' }, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const escalate = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${yubeiAdmin.userId}`,
      headers: { ...as(yubeiAdmin), 'if-match': '"1"' },
      payload: { role: 'city_admin' },
    });
    expect(escalate.statusCode).toBe(403);
    const widen = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${yubeiAdmin.userId}`,
      headers: { ...as(yubeiAdmin), 'if-match': '"1"' },
      payload: { scopeRegionCode: '500000' },
    });
    expect(widen.statusCode).toBe(403);
    expect((await t.inject({ url: `/api/v1/users/${yubeiAdmin.userId}` })).json()).toMatchObject({
      role: 'district_admin',
      scopeRegionCode: '500112',
      version: 1,
    });
  });

  it('when a district admin creates a key wider than itself, it is refused', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: as(yubeiAdmin),
      payload: { name: '越权', scopes: ['events:read'], scopeRegionCode: '500000', expiresAt: new Date(Date.now() + 60_000).toISOString() },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('API4:2023 Unrestricted Resource Consumption', () => {
  it('when a body exceeds 1 MiB, a page exceeds 100 rows or a range exceeds ten years, it is refused', async () => {
    const big = await t.inject({ method: 'POST', url: '/api/v1/organisations', payload: { ...organisationInput(), address: 'x'.repeat(1_100_000) } });
    expect(big.statusCode).toBe(413);
    expect((await t.inject({ url: '/api/v1/events?pageSize=101' })).statusCode).toBe(400);
    expect((await t.inject({ url: '/api/v1/events?from=2000-01-01&to=2020-01-01' })).statusCode).toBe(400);
    expect((await t.inject({ url: '/api/v1/audit?pageSize=1000' })).statusCode).toBe(400);
  });

  it('when an account keeps failing to sign in, the sixth attempt answers 429 with Retry-After, even with the right password', async () => {
    const user = await t.signIn('viewer', '500112');
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: as(user) });
    const username = me.json<{ user: { username: string } }>().user.username;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'wrong password' } })).statusCode).toBe(
        401,
      );
    }
    const blocked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: testPassword } });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('API5:2023 Broken Function Level Authorization', () => {
  const adminRoutes = [
    { method: 'GET', url: '/api/v1/users' },
    { method: 'GET', url: '/api/v1/api-keys' },
    { method: 'GET', url: '/api/v1/audit' },
    { method: 'GET', url: '/api/v1/trash' },
    {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'x-user', displayName: 'x', role: 'viewer', scopeRegionCode: '500112017', password: 'a long enough password' },
    },
  ] as const;

  it.each(['viewer', 'township_staff'] as const)('when a %s calls an administrator route, it answers 403', async (role) => {
    const headers = as(await t.signIn(role, '500112017'));
    for (const route of adminRoutes) {
      const response = await t.app.inject({
        method: route.method,
        url: route.url,
        headers,
        ...('payload' in route ? { payload: route.payload } : {}),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(response.json()).toMatchObject({ code: 'auth.forbidden' });
    }
  });

  it('when township staff record an event they may, but an organisation they may not', async () => {
    const headers = as(await t.signIn('township_staff', '500112017'));
    const organisation = await create(
      t,
      'organisations',
      organisationInput({ name: '双凤桥街道科协', type: 'township_association', regionCode: '500112017' }),
    );
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/events', headers, payload: eventInput(organisation.id, { regionCode: '500112017' }) }))
        .statusCode,
    ).toBe(201);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers, payload: organisationInput({ regionCode: '500112017' }) }))
        .statusCode,
    ).toBe(403);
  });

  it('when a viewer writes anything, it answers 403', async () => {
    const headers = as(await t.signIn('viewer', '500000'));
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/indicators',
          headers,
          payload: { regionCode: '500112', year: 2021, kind: 'resident_population', value: 1, source: 'x', level: 'district' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('when a district admin tries to purge the trash, only a city admin may', async () => {
    const headers = as(yubeiAdmin);
    const organisation = await create(t, 'organisations', organisationInput({ name: '待清除学会', regionCode: '500112' }), headers);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/organisations/${organisation.id}`, headers: { ...headers, 'if-match': '"1"' } });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/trash/organisations/${organisation.id}`, headers })).statusCode).toBe(403);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/trash/organisations/${organisation.id}` })).statusCode).toBe(204);
  });
});

describe('API8:2023 Security Misconfiguration', () => {
  it('when any response is sent, it carries the security headers and no framework banner', async () => {
    for (const url of ['/api/v1/events', '/api/health', '/api/v1/nothing-here', '/api/openapi.json']) {
      const response = await t.inject({ url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
      expect(response.headers['x-powered-by'], url).toBeUndefined();
      expect(response.headers['access-control-allow-origin'], url).toBeUndefined();
    }
    expect((await t.inject({ url: '/api/v1/events' })).headers['cache-control']).toBe('no-store');
  });

  it('when the session cookie is set, it is HttpOnly, SameSite and scoped to the site', async () => {
    const user = await t.signIn('viewer', '500112');
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: as(user) });
    const username = me.json<{ user: { username: string } }>().user.username;
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: testPassword } });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });
});

describe('API9:2023 Improper Inventory Management', () => {
  it('when a route is added without an access declaration, the app refuses to start', async () => {
    const app = Fastify();
    await app.register(databasePlugin, { database: t.database });
    await app.register(authPlugin);
    expect(() => app.get('/api/v1/forgotten', () => 'oops')).toThrow(/declares no config.access/);
    await app.close();
  });

  it('when the document is compared with the routes, every route is in it (see openapi.test.ts for the full check)', async () => {
    const document = (await t.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    const documented = t.app.routeTable.filter((route) => route.url.startsWith('/api/v1'));
    for (const route of documented) expect(document.paths[route.url.replace(/:(\w+)/g, '{$1}')], route.url).toBeDefined();
  });
});
