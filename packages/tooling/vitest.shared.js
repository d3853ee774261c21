// Two cores are shared by everything here: run test files one or two at a time.
export const sharedTestOptions = {
  pool: 'forks',
  maxWorkers: 2,
  testTimeout: 30_000,
  hookTimeout: 120_000,
  // Generated (fast-check) tests run a CI-sized sample; KEPU_FUZZ_RUNS=2000 npm test runs more.
  provide: { fuzzRuns: Number(process.env.KEPU_FUZZ_RUNS) || 0 },
};
