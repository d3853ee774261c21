import type { Role } from '@kepu/domain';
import type { DatabaseHandle } from '@kepu/db';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type App, type AppOptions } from '../src/app.js';
import { insertUser } from '../src/users/queries.js';
import { openTestDatabase } from './database.js';

export const testPassword = 'correct horse battery staple';

export type AuthHeaders = Record<string, string>;

export interface TestApp {
  app: App;
  database: DatabaseHandle & { url?: string };
  /** A signed-in 市科协 administrator's cookie and CSRF token. */
  adminHeaders: AuthHeaders;
  /** fastify.inject as the city administrator (headers given here win). */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Creates a user with this role and scope, signs it in, and returns its headers. */
  signIn(role: Role, scopeRegionCode: string): Promise<AuthHeaders & { userId: string }>;
  close(): Promise<void>;
}

let users = 0;

/** Tests make hundreds of requests per principal within seconds; only rate-limits.test.ts gives real budgets. */
export const unlimitedRates = { perMinute: 1e9, anonymousPerMinute: 1e9, heavyPer10Minutes: 1e9, heavyConcurrent: 1e9 };

/** The real app over a fresh database; always `close()` it. */
export async function buildTestApp(
  options: Pick<AppOptions, 'sessionTtlHours' | 'exportsDirectory' | 'rateLimits' | 'mail' | 'webhookAllowHosts' | 'consoleDirectory'> = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ database, rateLimits: unlimitedRates, ...options });

  async function signIn(role: Role, scopeRegionCode: string) {
    users += 1;
    const username = `${role.replace('_', '-')}-${process.pid}-${users}`;
    const user = await insertUser(database.db, { username, displayName: `测试${role}`, role, scopeRegionCode, password: testPassword });
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: testPassword } });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    const cookie = response.cookies.find((item) => item.name === 'kepu_session');
    return { cookie: `kepu_session=${cookie?.value ?? ''}`, 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken, userId: user.id };
  }

  const { userId: _admin, ...adminHeaders } = await signIn('city_admin', '500000');
  return {
    app,
    database,
    adminHeaders,
    inject: (injectOptions) => app.inject({ ...injectOptions, headers: { ...adminHeaders, ...injectOptions.headers } }),
    signIn,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Starts the app on a real port for tests that must go over HTTP. */
export async function listen(app: App): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return `http://127.0.0.1:${address.port}`;
}
