export declare const sharedTestOptions: {
  pool: 'forks';
  maxWorkers: number;
  testTimeout: number;
  hookTimeout: number;
  provide: { fuzzRuns: number; fuzzSeed: number };
};
