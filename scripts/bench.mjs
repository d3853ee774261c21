// `npm run bench -- <name>` (or `pnpm bench <name>`): `web` measures the console, `pglite` the database
// package's PGlite thread, every other name is an API benchmark.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [name = 'events', ...rest] = process.argv.slice(2).filter((arg) => arg !== '--');
const packages = { web: '@kepu/web', pglite: '@kepu/db' };
const filter = name in packages ? ['--filter', packages[name], 'bench', ...rest] : ['--filter', '@kepu/api', 'bench', name, ...rest];
const result = spawnSync(process.execPath, [fileURLToPath(new URL('./pnpm.mjs', import.meta.url)), ...filter], { stdio: 'inherit' });
process.exit(result.status ?? 1);
