// Runs the pinned pnpm (installing the workspace first when needed), so that `npm start` and
// `npm test` work on a machine that has only Node and npm.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// npx started in the workspace first reads all of its node_modules (to see whether pnpm is installed
// there), seconds on every call; started elsewhere it goes straight to its cache, and pnpm is told
// where the workspace is. INIT_CWD keeps where the user ran the command (relative DATA_DIR and CONSOLE_DIR).
function pnpm(args) {
  const result = spawnSync('npx', ['--yes', packageManager, '--dir', root, ...args], {
    cwd: tmpdir(),
    stdio: 'inherit',
    env: {
      ...process.env,
      INIT_CWD: process.env.INIT_CWD ?? process.cwd(),
      COREPACK_ENABLE_STRICT: '0',
      TURBO_TELEMETRY_DISABLED: '1',
      DO_NOT_TRACK: '1',
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(new URL('../node_modules/.modules.yaml', import.meta.url))) {
  pnpm(['install', '--frozen-lockfile']);
}
pnpm(process.argv.slice(2));
