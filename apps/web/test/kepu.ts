import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminQuery, databaseUrlFor } from '@kepu/db';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { childEnvironment, chromiumPath, databaseUrl } from './env.js';

// A real Kepu for the browser: the API from apps/api serving this package's built console, on a
// fresh PGlite directory, or a fresh database on the PostgreSQL server DATABASE_URL names.

export const cityAdmin = { username: 'city-admin', password: 'city-admin-password-1' };

const apiServer = fileURLToPath(new URL('../../api/src/server.ts', import.meta.url));
const consoleDirectory = fileURLToPath(new URL('../dist', import.meta.url));

export interface Kepu {
  origin: string;
  close(): Promise<void>;
}

// A browser driven by a script (and a sweep of every route) asks far faster than a person; the
// request budgets have their own tests in apps/api/test/rate-limits.test.ts.
const unlimitedBudgets = {
  RATE_LIMIT_PER_MINUTE: '1000000000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
  RATE_LIMIT_HEAVY_PER_10_MINUTES: '1000000000',
  RATE_LIMIT_HEAVY_CONCURRENT: '1000000000',
};

/**
 * `budgets: 'as shipped'` keeps the request budgets `npm start` has, for tests that must see what a new
 * user sees; `environment` adds settings of the test's own.
 */
export async function startKepu(options: { budgets?: 'unlimited' | 'as shipped'; environment?: Record<string, string> } = {}): Promise<Kepu> {
  const server = databaseUrl();
  const name = `kepu_web_${process.pid}_${Date.now()}`;
  // The PGlite data (without a server) and the scheduled exports' files live here and go with it.
  const scratch = await mkdtemp(join(tmpdir(), 'kepu-web-'));
  let database: Record<string, string>;
  if (server) {
    await adminQuery(server, `create database ${name}`);
    database = { DATABASE_URL: databaseUrlFor(server, name) };
  } else {
    database = { DATA_DIR: scratch };
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', apiServer], {
    env: childEnvironment({
      ...database,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CONSOLE_DIR: consoleDirectory,
      EXPORTS_DIR: join(scratch, 'exports'),
      // Due schedules are looked for every second, so the browser sees a scheduled run within seconds.
      SCHEDULER_TICK_MS: '1000',
      ...(options.budgets === 'as shipped' ? {} : unlimitedBudgets),
      KEPU_ADMIN_USERNAME: cityAdmin.username,
      KEPU_ADMIN_PASSWORD: cityAdmin.password,
      ...options.environment,
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Console\s+(http:\/\/[^\s/]+)\//.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}: ${output}`)));
  });
  return {
    origin,
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      if (server) await adminQuery(server, `drop database if exists ${name} with (force)`);
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** Signs in over HTTP and returns a caller that sends the session cookie and CSRF token. */
export async function apiSession(origin: string, credentials: { username: string; password: string }) {
  const login = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${origin}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? null : await response.json()) as T;
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // As root in a sandbox without network: no sandbox, and none of Chromium's background connections.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new browser context of `browser`, signed in through the console's own form and showing the dashboard. */
export async function signedInPage(
  browser: Browser,
  origin: string,
  credentials: { username: string; password: string },
  context: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...context })).newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel('用户名').fill(credentials.username);
  await page.getByLabel('密码').fill(credentials.password);
  await page.getByLabel('密码').press('Enter');
  await page.getByRole('heading', { name: /数据看板/ }).waitFor();
  return page;
}
