import { sharedTestOptions } from '@kepu/tooling/vitest';
import { configDefaults, defineConfig } from 'vitest/config';
import { databaseUrl } from './test/env.js';

// The browser tests start a real API serving the built console and drive Debian's Chromium.
export default defineConfig({
  test: {
    ...sharedTestOptions,
    maxWorkers: 1,
    testTimeout: 120_000,
    include: ['test/**/*.test.ts'],
    // The console's markup does not depend on the database: the PGlite pass audits it, and the
    // PostgreSQL pass (the same pages, 5–8 minutes of axe) does not repeat it.
    exclude: [...configDefaults.exclude, ...(databaseUrl() ? ['test/accessibility.test.ts'] : [])],
  },
});
