import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { childEnvironment } from '../src/env.js';

export interface Replica {
  process: ChildProcess;
  origin: string;
}

/** Tests poll replicas (every 100 ms while waiting for runs) faster than the request budgets allow; rate-limits.test.ts tests those. */
const unlimitedRateEnvironment = {
  RATE_LIMIT_PER_MINUTE: '1000000000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
  RATE_LIMIT_HEAVY_PER_10_MINUTES: '1000000000',
  RATE_LIMIT_HEAVY_CONCURRENT: '1000000000',
};

/** Starts `src/server.ts` as its own process over `url`, as a production replica runs, and waits until it listens. */
export async function startReplica(url: string, environment: Record<string, string> = {}): Promise<Replica> {
  const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', server], {
    env: childEnvironment({
      DATABASE_URL: url,
      PORT: '0',
      KEPU_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      KEPU_SCHEDULER: 'false',
      KEPU_WEBHOOKS: 'false',
      ...unlimitedRateEnvironment,
      ...environment,
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; !/API\s+(http:\/\/\S+)\/api\/v1/.test(output); waited += 100) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`replica did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { process: child, origin: /API\s+(http:\/\/\S+)\/api\/v1/.exec(output)?.[1] ?? '' };
}

export async function stopReplica(replica: Replica, signal: NodeJS.Signals = 'SIGTERM') {
  if (replica.process.exitCode !== null || replica.process.signalCode !== null) return;
  replica.process.kill(signal);
  await once(replica.process, 'exit');
}
