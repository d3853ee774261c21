import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { Readable, Writable } from 'node:stream';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where files live: scheduled exports' results (`runs/…`) and submissions' evidence (`attachments/…`). */
    files: FileStore;
  }
}

/** Where files live: a directory by default (shared by replicas through a volume). */
export interface FileStore {
  /** Writes a file through `produce`, which must end the sink; it appears under `key` whole or not at all. */
  write(key: string, produce: (sink: Writable) => Promise<unknown>): Promise<{ bytes: number }>;
  /** The file under `key`, or undefined when it is gone (removed by hand, or a volume the replicas do not share). */
  read(key: string): Promise<Readable | undefined>;
  /** Removes half-written files older than `ageMs`, left by a process that died while writing. */
  sweep(ageMs: number): Promise<number>;
}

/**
 * Files are written under `.partial/` and renamed into place, so a reader (or a replica retrying a
 * run whose process died mid-write) never sees half a file, and a retry of the same run replaces
 * it instead of adding a second one.
 */
export function directoryStore(root: string): FileStore {
  const pathOf = (key: string) => {
    const path = normalize(join(root, key));
    if (!path.startsWith(normalize(root))) throw new Error(`file key escapes the store: ${key}`);
    return path;
  };
  return {
    async write(key, produce) {
      const target = pathOf(key);
      const partial = join(root, '.partial', randomUUID());
      await mkdir(dirname(partial), { recursive: true });
      await mkdir(dirname(target), { recursive: true });
      try {
        const file = createWriteStream(partial);
        await produce(file);
        await rename(partial, target);
        return { bytes: (await stat(target)).size };
      } finally {
        await rm(partial, { force: true });
      }
    },
    async read(key) {
      const file = await open(pathOf(key), 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      return file?.createReadStream();
    },
    async sweep(ageMs) {
      const partials = join(root, '.partial');
      const names = await readdir(partials).catch(() => [] as string[]);
      let removed = 0;
      for (const name of names) {
        const path = join(partials, name);
        // A write in progress may finish (and rename its file away) while we look.
        const written = await stat(path).catch(() => undefined);
        if (!written || Date.now() - written.mtimeMs < ageMs) continue;
        await rm(path, { force: true });
        removed += 1;
      }
      return removed;
    },
  };
}
