// `pnpm --filter @kepu/api build`: the server and its command-line tools as plain JavaScript in dist/,
// so production starts without compiling TypeScript. The workspace packages (whose exports are their
// TypeScript sources) are bundled in; npm packages stay external and load from apps/api/node_modules.
import { readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('.', import.meta.url));
const manifest = JSON.parse(await readFile(new URL('package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

/** `@scope/name/sub/path` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Bundles `@kepu/*`, leaves npm packages external, and fails on an npm package @kepu/api does not
 * depend on: from dist/ Node looks for it in apps/api/node_modules only, not in the node_modules of
 * the workspace package that imports it.
 *
 * A bundled module's `import.meta.url` would be the bundle's, so its files found relative to it
 * (migrations, region data, fonts, the PGlite worker, the data and console directories) would be
 * looked for beside dist/. Each such module gets its own source file's URL instead, computed from
 * the bundle's at run time, so the tree may move as a whole (a Docker build stage to the image).
 */
function workspaceModules(outdir: string): Plugin {
  return {
    name: 'kepu-workspace',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
        if (isBuiltin(path)) return { external: true };
        const name = packageOf(path);
        if (name.startsWith('@kepu/')) return undefined;
        if (name in manifest.dependencies) return { external: true };
        return {
          errors: [
            {
              text: `${relative(root, importer)} imports ${name}, which @kepu/api does not depend on: add it to apps/api/package.json's dependencies`,
            },
          ],
        };
      });
      esbuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const own = `new URL(${JSON.stringify(relative(outdir, path))}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
      });
    },
  };
}

/** One esbuild run per output directory: each module's path back to its source is relative to where it is bundled. */
async function bundle(entryPoints: string[], outdir: string) {
  await build({
    entryPoints: entryPoints.map((entry) => `${root}${entry}`),
    outdir: `${root}${outdir}`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // server.ts imports the app's modules after it has set PGlite opening; in one file they would all load first.
    splitting: true,
    logLevel: 'warning',
    plugins: [workspaceModules(`${root}${outdir}`)],
  });
}

await rm(`${root}dist`, { recursive: true, force: true });
await bundle(['src/server.ts'], 'dist');
await bundle(['src/cli/migrate.ts', 'src/cli/create-user.ts'], 'dist/cli');
