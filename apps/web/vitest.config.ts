import { sharedTestOptions } from '@kepu/tooling/vitest';
import { defineConfig } from 'vitest/config';

// The browser tests start a real API serving the built console and drive Debian's Chromium.
export default defineConfig({
  test: {
    ...sharedTestOptions,
    maxWorkers: 1,
    testTimeout: 120_000,
    include: ['test/**/*.test.ts'],
  },
});
