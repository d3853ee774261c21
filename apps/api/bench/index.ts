// `pnpm bench [name]`: runs one benchmark and prints its figures. Benchmarks never assert timings.
import { benchEventList } from './events-list.js';
import { benchExport } from './export.js';
import { benchImport } from './import.js';
import { benchPasswordHash } from './password-hash.js';
import { benchStartup } from './startup.js';
import { benchStats } from './stats.js';

const benchmarks: Record<string, (args: string[]) => Promise<void>> = {
  events: benchEventList,
  auth: benchPasswordHash,
  stats: benchStats,
  export: benchExport,
  startup: benchStartup,
  import: benchImport,
};

const [name = 'events', ...args] = process.argv.slice(2).filter((arg) => arg !== '--');
const run = benchmarks[name];
if (!run) {
  console.error(`unknown benchmark "${name}"; choose one of: ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}
await run(args);
