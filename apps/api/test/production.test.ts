import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { schema, insertMany } from '@kepu/db';
import { readTable } from '@kepu/sheets';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { childEnvironment, testDatabaseUrl } from '../src/env.js';
import { maxUploadBytes } from '../src/imports/routes.js';
import { insertUser } from '../src/users/queries.js';
import { buildTestApp, testPassword, type TestApp } from './app.js';
import { create, organisationInput } from './fixtures.js';
import { buildServer, startReplica, startServer, stopReplica, type Replica } from './replica.js';
import { until } from './until.js';

// docker-compose.yml's topology without Docker: Debian's nginx running the committed
// deploy/nginx.conf, its upstream hosts mapped to two API processes on one PostgreSQL, each the
// built server (dist/server.js) as the image runs it. Compose
// trusts X-Forwarded-For from the proxy's address alone; here that address is 127.0.0.1. Replicas
// share a database, so this runs on the PostgreSQL pass of the suite, and only where nginx is
// installed (.ci/run installs it).

const { auditLog, events, sessions } = schema;
const repository = fileURLToPath(new URL('../../../', import.meta.url));
const nginxBinary = ['nginx', '/usr/sbin/nginx'].find((command) => spawnSync(command, ['-v']).status === 0);
// nginx reaches the replicas from 127.0.0.1; clients speak from other loopback addresses, so the
// API can tell a client from the proxy, and one test's sign-in counter from another's.
const proxyAddress = '127.0.0.1';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTP exchange from a chosen local address (fetch cannot pick its source address). */
function send(url: string, options: { from: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Replaces each text exactly once, so a change in the committed file's shape fails here rather than testing something else. */
function substitute(text: string, replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    expect(result.split(from).length - 1, `deploy/nginx.conf should contain "${from}" once`).toBe(1);
    return result.replace(from, to);
  }, text);
}

const apiSecurityHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

/** An error nginx answers itself looks like one from the API: problem+json, the same headers, no version. */
function expectProblemFromNginx(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe('application/problem+json');
  expect(JSON.parse(answer.body.toString())).toMatchObject({ type: `urn:kepu:problem:${code}`, status, code, title: expect.any(String) as string });
  expect(answer.headers).toMatchObject(apiSecurityHeaders);
  expect(answer.headers.server).toBe('nginx');
}

let t: TestApp;
let directory: string;
let nginx: ChildProcess | undefined;
let proxy: string;
const replicas: Replica[] = [];

describe.runIf(testDatabaseUrl())('docker-compose.yml as CI can run it: nginx in front of two API processes', () => {
  beforeAll(async () => {
    if (!nginxBinary) return;
    t = await buildTestApp();
    const compose = await readFile(join(repository, 'docker-compose.yml'), 'utf8');
    // Quoted either way: the YAML is formatted by Prettier, which prefers single quotes.
    const trustProxy = /TRUST_PROXY: (["']?)([^"'\s]*)\1/.exec(compose)?.[2] ?? '';
    const composeProxyAddress = /^ {2}proxy:[\s\S]*?ipv4_address: (\S+)/m.exec(compose)?.[1] ?? '';
    expect(trustProxy, 'compose should trust exactly the proxy address it gives nginx').toBe(composeProxyAddress);
    await buildServer();
    replicas.push(...(await Promise.all([1, 2].map(() => startReplica(t.database.url ?? '', { TRUST_PROXY: proxyAddress }, 'compiled')))));

    directory = await mkdtemp(join(tmpdir(), 'kepu-nginx-'));
    // nginx's workers drop root privileges and keep request bodies under this directory.
    await chmod(directory, 0o755);
    const port = await freePort();
    const [first, second] = replicas.map((replica) => new URL(replica.origin).host);
    const committed = await readFile(join(repository, 'deploy/nginx.conf'), 'utf8');
    const conf = substitute(committed, [
      ['server api-1:3000;', `server ${first ?? ''};`],
      ['server api-2:3000;', `server ${second ?? ''};`],
      ['listen 80;', `listen 127.0.0.1:${port};`],
      // The package's log and temporary paths are the system's; keep this nginx's files here.
      [
        'http {',
        'http {\n  access_log off; client_body_temp_path body; proxy_temp_path proxy; fastcgi_temp_path fastcgi; uwsgi_temp_path uwsgi; scgi_temp_path scgi;',
      ],
    ]);
    await writeFile(join(directory, 'nginx.conf'), conf);
    nginx = spawn(
      nginxBinary,
      ['-p', directory, '-c', join(directory, 'nginx.conf'), '-g', `daemon off; pid ${join(directory, 'nginx.pid')}; error_log stderr;`],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    proxy = `http://127.0.0.1:${port}`;
    await until('nginx to answer', async () => {
      if (nginx?.exitCode !== null) throw new Error('nginx exited; its errors are above');
      return (await fetch(`${proxy}/api/health`).catch(() => undefined))?.status === 200 ? true : undefined;
    });
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      nginx.kill('SIGTERM');
      await once(nginx, 'exit');
    }
    for (const replica of replicas) await stopReplica(replica);
    await t?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  beforeEach((context) => {
    context.skip(!nginxBinary, 'nginx is not installed (apt-get install nginx); .ci/run installs it');
  });

  it('when a client forges X-Forwarded-For on every failed sign-in, the 31st is refused and the audit log has its real address', async () => {
    const from = '127.0.0.2';
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 36; attempt += 1) {
      const answer = await send(`${proxy}/api/v1/auth/login`, {
        from,
        method: 'POST',
        // A new username each time, so only the per-address limit (30 in 15 minutes) can refuse.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${attempt}` },
        body: JSON.stringify({ username: `nobody-${attempt}`, password: 'not the password' }),
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array<number>(30).fill(401), ...Array<number>(6).fill(429)]);
    const recorded = await t.database.db.selectDistinct({ ip: auditLog.ip }).from(auditLog).where(eq(auditLog.action, 'login_failed'));
    expect(recorded).toEqual([{ ip: from }]);
  });

  it('when a 20 MiB sheet is uploaded through nginx, the API reads all of it; a larger one gets problem+json 413 from either', async () => {
    const from = '127.0.0.3';
    const headers = { ...t.adminHeaders, 'content-type': 'application/octet-stream' };
    // An old Office file: the reader refuses it by its first bytes, which it reads once the whole body has arrived.
    const sheet = Buffer.alloc(maxUploadBytes);
    sheet.set([0xd0, 0xcf, 0x11, 0xe0]);
    const read = await send(`${proxy}/api/v1/imports?entity=events`, { from, method: 'POST', headers, body: sheet });
    expect(read.status, read.body.toString()).toBe(422);
    expect(JSON.parse(read.body.toString())).toMatchObject({ code: 'imports.format' });

    const justOver = await send(`${proxy}/api/v1/imports?entity=events`, { from, method: 'POST', headers, body: Buffer.alloc(maxUploadBytes + 1) });
    expect(justOver.status).toBe(413);
    expect(JSON.parse(justOver.body.toString())).toMatchObject({ code: 'request.body_too_large', errors: [{ field: 'body' }] });

    const farOver = await send(`${proxy}/api/v1/imports?entity=events`, { from, method: 'POST', headers, body: Buffer.alloc(2 * maxUploadBytes) });
    expectProblemFromNginx(farOver, 413, 'request.body_too_large');
  });

  it('when an export streams thousands of rows through nginx, every row arrives', async () => {
    const organiser = await create(t, 'organisations', organisationInput({ name: '导出压力测试协会' }));
    const count = 8000;
    await insertMany(
      t.database.db,
      events,
      Array.from({ length: count }, (_, index) => ({
        title: `经 nginx 导出的活动 ${index}`,
        category: 'lecture' as const,
        regionCode: '500106',
        organiserIds: [organiser.id],
        startsAt: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000),
        endsAt: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000 + 1_800_000),
        mode: 'offline' as const,
        attendance: 100,
        status: 'completed' as const,
      })),
    );
    const exported = await send(`${proxy}/api/v1/events/export?format=csv&columns=title`, { from: '127.0.0.4', headers: t.adminHeaders });
    expect(exported.status).toBe(200);
    expect(exported.headers.server).toBe('nginx');
    const titles = readTable(exported.body)
      .rows.slice(1)
      .map((row) => row.cells[0]);
    expect(new Set(titles)).toEqual(new Set(Array.from({ length: count }, (_, index) => `经 nginx 导出的活动 ${index}`)));
  });

  it('when a user signs in through nginx, the session holds on both replicas and through nginx after one stops, and records the real address', async () => {
    const from = '127.0.0.5';
    const user = await insertUser(t.database.db, {
      username: 'behind-nginx',
      displayName: '代理后的管理员',
      role: 'city_admin',
      scopeRegionCode: '500000',
      password: testPassword,
    });
    const signedIn = await send(`${proxy}/api/v1/auth/login`, {
      from,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ username: 'behind-nginx', password: testPassword }),
    });
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    const session = { cookie, 'x-csrf-token': (JSON.parse(signedIn.body.toString()) as { csrfToken: string }).csrfToken };
    expect(await t.database.db.select({ ip: sessions.ip }).from(sessions).where(eq(sessions.userId, user.id))).toEqual([{ ip: from }]);
    expect(
      await t.database.db
        .select({ ip: auditLog.ip })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'login'), eq(auditLog.actorId, user.id))),
    ).toEqual([{ ip: from }]);

    for (const replica of replicas) expect((await fetch(`${replica.origin}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(200);
    const [stopped] = replicas;
    if (stopped) await stopReplica(stopped);
    for (let request = 0; request < 4; request += 1) {
      expect((await send(`${proxy}/api/v1/auth/me`, { from, headers: { cookie } })).status).toBe(200);
    }
    const written = await send(`${proxy}/api/v1/organisations`, {
      from,
      method: 'POST',
      headers: { ...session, 'content-type': 'application/json' },
      body: JSON.stringify(organisationInput({ name: '一个副本停下后创建的学会' })),
    });
    expect(written.status, written.body.toString()).toBe(201);
  });

  // Stops what is left of the API, so it runs last.
  it('when no replica answers, nginx says 502 as problem+json, naming no version', async () => {
    for (const replica of replicas) await stopReplica(replica);
    expectProblemFromNginx(await send(`${proxy}/api/v1/auth/me`, { from: '127.0.0.6' }), 502, 'server.unavailable');
  });
});

// `npm start` on a machine without PostgreSQL, as a fresh checkout runs it: the built server on an
// empty DATA_DIR (embedded PGlite, demo data, the scheduler and webhooks on), the built CLI on that
// directory, then the server again, now on a warm DATA_DIR.
describe.skipIf(testDatabaseUrl())('the built server and CLI (dist/) on embedded PGlite, as npm start runs them', () => {
  let dataDir: string;

  beforeAll(async () => {
    await buildServer();
    dataDir = await mkdtemp(join(tmpdir(), 'kepu-dist-'));
  });

  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("finds each file its bundled modules read (migrations, regions, fonts, the PGlite worker, DATA_DIR's default) from the module's own source file", async () => {
    const dist = new URL('../dist/', import.meta.url);
    const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['server.js', join('cli', 'migrate.js'), join('cli', 'create-user.js')]));
    const sources = new Set<string>();
    for (const file of files) {
      const bundle = new URL(file, dist);
      for (const [, source = ''] of (await readFile(bundle, 'utf8')).matchAll(/new URL\("([^"]+)", import\.meta\.url\)\.href/g)) {
        const path = fileURLToPath(new URL(source, bundle));
        expect(existsSync(path), `${file}: ${source}`).toBe(true);
        sources.add(relative(repository, path));
      }
    }
    expect([...sources].sort()).toEqual(
      [
        'apps/api/src/env.ts',
        'apps/api/src/reports/pdf.ts',
        'packages/db/src/client.ts',
        'packages/db/src/pglite/thread.ts',
        'packages/db/src/regions.ts',
      ].sort(),
    );
  });

  it('when started on an empty DATA_DIR it answers health with the demo data, regions and a PDF in its fonts; a user made by user:create signs in on the next start', async () => {
    const environment = { DATA_DIR: dataDir, PORT: '0', KEPU_DEMO_DATA: 'true', LOG_LEVEL: 'warn' };
    const first = await startServer('compiled', environment);
    try {
      expect(await (await fetch(`${first.origin}/api/health`)).json()).toMatchObject({
        status: 'ok',
        database: { reachable: true, driver: 'pglite' },
      });
      const password = /^\s+admin\s+(\S+)\s+city_admin/m.exec(first.output())?.[1] ?? '';
      const cookie = await signIn(first.origin, 'admin', password);
      const region = await fetch(`${first.origin}/api/v1/regions/500112`, { headers: { cookie } });
      expect(await region.json()).toMatchObject({ code: '500112', name: '渝北区' });
      const events = await fetch(`${first.origin}/api/v1/events?region=500112`, { headers: { cookie } });
      expect(((await events.json()) as { total: number }).total).toBeGreaterThan(0);
      const profile = await fetch(`${first.origin}/api/v1/reports/district-profile?region=500112&year=2025&format=pdf`, { headers: { cookie } });
      expect(profile.status).toBe(200);
      expect(profile.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await profile.arrayBuffer()).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    } finally {
      await stopReplica(first);
    }
    expect(first.process.exitCode).toBe(0);

    const created = await promisify(execFile)(
      process.execPath,
      ['--enable-source-maps', 'dist/cli/create-user.js', '--username', 'from-the-cli', '--region', '500112', '--role', 'district_admin'],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: childEnvironment({ ...environment, KEPU_PASSWORD: testPassword }),
      },
    );
    expect(created.stdout).toContain('from-the-cli');

    const second = await startServer('compiled', environment);
    try {
      expect(second.output()).not.toContain('Demo accounts');
      await signIn(second.origin, 'from-the-cli', testPassword);
    } finally {
      await stopReplica(second);
    }
  }, 240_000);
});

/** Signs in and returns the session cookie. */
async function signIn(origin: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
