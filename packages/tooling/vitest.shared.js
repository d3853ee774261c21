// Two cores are shared by everything here: run test files one or two at a time.
export const sharedTestOptions = {
  pool: 'forks',
  maxWorkers: 2,
  testTimeout: 30_000,
  hookTimeout: 120_000,
  // Generated (fast-check) tests run a CI-sized sample; KEPU_FUZZ_RUNS=200 npm test runs more, and
  // KEPU_FUZZ_SEED=<seed printed by a failure> replays it.
  provide: { fuzzRuns: Number(process.env.KEPU_FUZZ_RUNS) || 0, fuzzSeed: Number(process.env.KEPU_FUZZ_SEED) || 0 },
};
