import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest PostgreSQL server binaries in Debian's layout, or undefined when none are installed. */
function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((version) => existsSync(join(root, version, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  return newest ? join(root, newest, 'bin') : undefined;
}

export const clusterBinaries = serverBinaries();

/** initdb and the server refuse to run as root, so root runs them as `postgres`. */
const asServerUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Cluster {
  /** postgres://postgres@127.0.0.1:port/postgres */
  url: string;
  port: number;
  start(): Promise<void>;
  /** `fast` ends sessions and checkpoints; `immediate` is a crash, recovered from the WAL on start. */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  remove(): Promise<void>;
}

/**
 * A private PostgreSQL cluster in a temporary directory on a free port, for tests that stop and
 * restart the server under the API. It listens on 127.0.0.1 with trust authentication.
 */
export async function createCluster(): Promise<Cluster> {
  if (!clusterBinaries) throw new Error('no PostgreSQL server binaries in /usr/lib/postgresql/*/bin');
  const bin = clusterBinaries;
  const directory = await mkdtemp(join(tmpdir(), 'kepu-cluster-'));
  if (asServerUser.length > 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    await chown(directory, Number(stdout), Number(group));
  }
  const data = join(directory, 'data');
  const port = await freePort();
  const tool = (name: string, args: string[]) => {
    const [command = '', ...prefix] = [...asServerUser, join(bin, name)];
    return run(command, [...prefix, ...args], { cwd: directory });
  };
  await tool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const options = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const pgCtl = (...args: string[]) => tool('pg_ctl', ['-D', data, '-l', join(directory, 'server.log'), '-w', '-t', '60', ...args]);
  const cluster: Cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => void (await pgCtl('-o', options, 'start')),
    stop: async (mode) => void (await pgCtl('-m', mode, 'stop')),
    restart: async (mode) => void (await pgCtl('-m', mode, '-o', options, 'restart')),
    async remove() {
      await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      await rm(directory, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
