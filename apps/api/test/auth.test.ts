import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testPassword, type TestApp } from './app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

async function login(username: string, password = testPassword) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
}

async function usernameOf(headers: Record<string, string>) {
  return (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: headers.cookie ?? '' } })).json<{ user: { username: string } }>().user
    .username;
}

describe('sign-in and sessions', () => {
  it('when signed in, /auth/me tells the role, the scope, the permissions and the CSRF token', async () => {
    const user = await t.signIn('township_staff', '500112017');
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: user.cookie } });
    expect(me.json()).toMatchObject({
      user: { role: 'township_staff', scopeRegionCode: '500112017' },
      scopeRegionCode: '500112017',
      csrfToken: user['x-csrf-token'],
      apiKey: null,
    });
    expect(me.json<{ permissions: string[] }>().permissions).toEqual(expect.arrayContaining(['events:write', 'venues:write', 'summaries:write']));
    expect(me.json<{ permissions: string[] }>().permissions).not.toContain('organisations:write');
  });

  it('when the password is wrong or the user unknown, the answer is the same 401', async () => {
    const user = await t.signIn('viewer', '500000');
    const wrong = await login(await usernameOf(user), 'not the password');
    const unknown = await login('no-such-user', 'not the password');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json<{ title: string }>().title).toBe(unknown.json<{ title: string }>().title);
  });

  it('when the password is changed, every other session ends and the new password works', async () => {
    const first = await t.signIn('viewer', '500112');
    const username = await usernameOf(first);
    const second = await login(username);
    const secondCookie = `kepu_session=${second.cookies.find((cookie) => cookie.name === 'kepu_session')?.value ?? ''}`;
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: first.cookie, 'x-csrf-token': first['x-csrf-token'] },
      payload: { currentPassword: testPassword, newPassword: 'an entirely new passphrase' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: secondCookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: first.cookie } })).statusCode).toBe(401);
    const renewed = `kepu_session=${changed.cookies.find((cookie) => cookie.name === 'kepu_session')?.value ?? ''}`;
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: renewed } })).statusCode).toBe(200);
    expect((await login(username, testPassword)).statusCode).toBe(401);
    expect((await login(username, 'an entirely new passphrase')).statusCode).toBe(200);
  });

  it('when the current password is wrong, the change is refused naming the field', async () => {
    const user = await t.signIn('viewer', '500112');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: user.cookie, 'x-csrf-token': user['x-csrf-token'] },
      payload: { currentPassword: 'wrong wrong wrong', newPassword: 'an entirely new passphrase' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ field: 'body.currentPassword' }] });
  });

  it("when an admin changes a user's role, that user's sessions end", async () => {
    const user = await t.signIn('viewer', '500112');
    const response = await t.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.userId}`,
      headers: { 'if-match': '"1"' },
      payload: { role: 'township_staff', scopeRegionCode: '500112017' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: user.cookie } })).statusCode).toBe(401);
  });

  it('when an API key signs a request, /auth/me describes the key and its scope', async () => {
    const key = await t.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: {
        name: '融媒体同步',
        scopes: ['events:read', 'events:write'],
        scopeRegionCode: '500112',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(key.statusCode).toBe(201);
    const { secret, prefix } = key.json<{ secret: string; prefix: string }>();
    expect(secret.startsWith(`kepu_${prefix}_`)).toBe(true);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${secret}` } });
    expect(me.json()).toMatchObject({
      user: null,
      apiKey: { name: '融媒体同步', prefix },
      scopeRegionCode: '500112',
      permissions: ['events:read', 'events:write'],
    });
    const list = await t.inject({ url: '/api/v1/api-keys' });
    expect(list.body).not.toContain(secret.slice(16));
  });
});
