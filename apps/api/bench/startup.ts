import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, replicaMemory, startServer, stopReplica, type ServerEntry } from '../test/replica.js';

// `npm run bench -- startup [--runs 2]`: the server as `npm start` and the Docker image run it (node
// on dist/server.js, built first) against the baseline of tsx compiling the sources as it loads them;
// each on a fresh empty DATA_DIR (embedded PGlite, demo data loaded) and again on that DATA_DIR
// (warm: migrations, regions and demo data already there). Prints the time from spawning the process
// to /api/health answering 200, the resident memory once the server has sat idle for a few seconds,
// and the server's own start-up phases (its `started` log line). Linux only (it reads /proc).

const idleSeconds = 5;

interface Start {
  seconds: number;
  rssMiB: number;
  phases: Record<string, number>;
}

async function start(entry: ServerEntry, dataDir: string): Promise<Start> {
  const spawned = performance.now();
  const server = await startServer(entry, { DATA_DIR: dataDir, PORT: '0', KEPU_DEMO_DATA: 'true', LOG_LEVEL: 'info' });
  try {
    const health = await fetch(`${server.origin}/api/health`);
    if (health.status !== 200) throw new Error(`/api/health answered ${health.status}`);
    const seconds = (performance.now() - spawned) / 1000;
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const rssMiB = (await replicaMemory(server)).rss / 1024 / 1024;
    const started = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; startupMs?: Record<string, number> })
      .find((line) => line.msg === 'started');
    return { seconds, rssMiB, phases: started?.startupMs ?? {} };
  } finally {
    await stopReplica(server);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function medianStart(starts: Start[]): Start {
  const phases = Object.fromEntries(
    Object.keys(starts[0]?.phases ?? {}).map((phase) => [phase, median(starts.map((one) => one.phases[phase] ?? 0))]),
  );
  return { seconds: median(starts.map((one) => one.seconds)), rssMiB: median(starts.map((one) => one.rssMiB)), phases };
}

export async function benchStartup(args: string[]) {
  const { values } = parseArgs({ args, options: { runs: { type: 'string', default: '1' } } });
  const runs = Number(values.runs);

  const building = performance.now();
  await buildServer();
  console.log(`built dist/ in ${((performance.now() - building) / 1000).toFixed(1)} s`);

  const results: Record<`${ServerEntry} ${'empty' | 'warm'}`, Start[]> = {
    'sources empty': [],
    'compiled empty': [],
    'sources warm': [],
    'compiled warm': [],
  };
  for (let run = 1; run <= runs; run += 1) {
    // Alternating the two ways within each run, so a busy moment on the machine does not fall on one of them alone.
    for (const way of ['sources', 'compiled'] as const) {
      const dataDir = await mkdtemp(join(tmpdir(), `kepu-bench-startup-${way}-`));
      try {
        for (const state of ['empty', 'warm'] as const) {
          const result = await start(way, dataDir);
          results[`${way} ${state}`].push(result);
          console.log(
            `run ${run}: ${way.padEnd(8)} ${state.padEnd(5)} DATA_DIR  ${result.seconds.toFixed(1)} s, ${result.rssMiB.toFixed(0)} MiB  ${JSON.stringify(result.phases)}`,
          );
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  }

  console.log(`\nmedian of ${runs} run(s): time from spawn to /api/health 200; RSS after ${idleSeconds} s idle`);
  console.log(`${''.padEnd(16)}${'tsx'.padStart(18)}${'compiled'.padStart(18)}${'compiled/tsx'.padStart(16)}`);
  for (const state of ['empty', 'warm'] as const) {
    const tsx = medianStart(results[`sources ${state}`]);
    const compiled = medianStart(results[`compiled ${state}`]);
    console.log(
      `${`${state} DATA_DIR`.padEnd(16)}${`${tsx.seconds.toFixed(1)} s`.padStart(18)}${`${compiled.seconds.toFixed(1)} s`.padStart(18)}${(compiled.seconds / tsx.seconds).toFixed(2).padStart(16)}`,
    );
    console.log(
      `${'  idle RSS'.padEnd(16)}${`${tsx.rssMiB.toFixed(0)} MiB`.padStart(18)}${`${compiled.rssMiB.toFixed(0)} MiB`.padStart(18)}${(compiled.rssMiB / tsx.rssMiB).toFixed(2).padStart(16)}`,
    );
    for (const phase of Object.keys(compiled.phases)) {
      const [before = 0, after = 0] = [tsx.phases[phase], compiled.phases[phase]];
      console.log(
        `${`  ${phase}`.padEnd(16)}${`${before} ms`.padStart(18)}${`${after} ms`.padStart(18)}${(after / Math.max(before, 1)).toFixed(2).padStart(16)}`,
      );
    }
  }
}
