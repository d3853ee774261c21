// `npm run bench -- <name>` (or `pnpm bench <name>`): `web` measures the console, every other name is an API benchmark.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [name = 'events', ...rest] = process.argv.slice(2).filter((arg) => arg !== '--');
const filter = name === 'web' ? ['--filter', '@kepu/web', 'bench', ...rest] : ['--filter', '@kepu/api', 'bench', name, ...rest];
const result = spawnSync(process.execPath, [fileURLToPath(new URL('./pnpm.mjs', import.meta.url)), ...filter], { stdio: 'inherit' });
process.exit(result.status ?? 1);
