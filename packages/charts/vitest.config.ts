import { sharedTestOptions } from '@kepu/tooling/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { ...sharedTestOptions, include: ['src/**/*.test.ts'] } });
