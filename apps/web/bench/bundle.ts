import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The gzipped size of a built file, in bytes. */
async function gzipped(file: string): Promise<number> {
  return gzipSync(await readFile(`${dist}${file}`), { level: 9 }).length;
}

/** Each chunk with what it pulls in statically: what the browser must load before that chunk runs. */
function closure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/**
 * The JavaScript of the sign-in route (the entry and its static imports; every page after sign-in is
 * a lazy chunk) and of the dashboard on top of it, gzipped, from the Vite manifest of the last build.
 */
export async function bundleSizes() {
  const manifest = JSON.parse(await readFile(`${dist}.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>;
  const signIn = closure(manifest, 'index.html');
  const dashboard = new Set([...signIn, ...closure(manifest, 'src/app/shell.tsx'), ...closure(manifest, 'src/dashboard/dashboard-page.tsx')]);
  const sum = async (keys: Set<string>) =>
    (await Promise.all([...keys].map((key) => gzipped(manifest[key]?.file ?? '')))).reduce((total, size) => total + size, 0);
  const files = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js'));
  return {
    signInBytes: await sum(signIn),
    signInFiles: [...signIn].map((key) => manifest[key]?.file ?? key),
    dashboardBytes: await sum(dashboard),
    lazyChunks: files.filter((chunk) => !chunk.isEntry).length,
    totalBytes: (await Promise.all(files.map((chunk) => gzipped(chunk.file)))).reduce((total, size) => total + size, 0),
  };
}
