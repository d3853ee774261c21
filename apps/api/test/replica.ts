import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { childEnvironment } from '../src/env.js';

export interface Replica {
  process: ChildProcess;
  origin: string;
  /** Everything it printed so far. */
  output(): string;
}

const apiRoot = fileURLToPath(new URL('..', import.meta.url));

/** tsx on the sources, or dist/server.js as `npm start` and the Docker image run it (see buildServer). */
export type ServerEntry = 'sources' | 'compiled';
const entries: Record<ServerEntry, string[]> = {
  sources: ['--import', 'tsx', 'src/server.ts'],
  compiled: ['--enable-source-maps', 'dist/server.js'],
};

let built: Promise<void> | undefined;

/** Builds dist/ from the sources as they are now, once per test file: a test of the compiled server never runs a stale one. */
export function buildServer(): Promise<void> {
  built ??= new Promise((resolve, reject) => {
    const build = spawn(process.execPath, ['--import', 'tsx', 'build.ts'], { cwd: apiRoot, stdio: 'inherit' });
    build.on('error', reject);
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build exited with ${code}; its errors are above`))));
  });
  return built;
}

/** Starts the server as its own process with `environment` over the test's (and node `flags`), and waits until it listens. */
export async function startServer(entry: ServerEntry, environment: Record<string, string>, flags: string[] = []): Promise<Replica> {
  const child = spawn(process.execPath, [...flags, ...entries[entry]], {
    cwd: apiRoot,
    env: childEnvironment(environment),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A first start on PGlite takes 10-20 s on an idle machine, over a minute on a busy one.
  for (let waited = 0; !/API\s+(http:\/\/\S+)\/api\/v1/.test(output); waited += 100) {
    if (waited > 180_000 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { process: child, origin: /API\s+(http:\/\/\S+)\/api\/v1/.exec(output)?.[1] ?? '', output: () => output };
}

/** Tests poll replicas (every 100 ms while waiting for runs) faster than the request budgets allow; rate-limits.test.ts tests those. */
const unlimitedRateEnvironment = {
  RATE_LIMIT_PER_MINUTE: '1000000000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
  RATE_LIMIT_HEAVY_PER_10_MINUTES: '1000000000',
  RATE_LIMIT_HEAVY_CONCURRENT: '1000000000',
};

/** Starts the server as a production replica over `url`, and waits until it listens. */
export function startReplica(
  url: string,
  environment: Record<string, string> = {},
  entry: ServerEntry = 'sources',
  flags: string[] = [],
): Promise<Replica> {
  return startServer(
    entry,
    {
      DATABASE_URL: url,
      PORT: '0',
      KEPU_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      KEPU_SCHEDULER: 'false',
      KEPU_WEBHOOKS: 'false',
      ...unlimitedRateEnvironment,
      ...environment,
    },
    flags,
  );
}

/** A replica's resident memory now and at its peak so far, in bytes, as Linux counts them (/proc; benches only). */
export async function replicaMemory(replica: Replica): Promise<{ rss: number; peakRss: number }> {
  const status = await readFile(`/proc/${replica.process.pid ?? 0}/status`, 'utf8');
  const bytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: bytes('VmRSS'), peakRss: bytes('VmHWM') };
}

export async function stopReplica(replica: Replica, signal: NodeJS.Signals = 'SIGTERM') {
  if (replica.process.exitCode !== null || replica.process.signalCode !== null) return;
  replica.process.kill(signal);
  await once(replica.process, 'exit');
}
