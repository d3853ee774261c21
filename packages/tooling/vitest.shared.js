// Two cores are shared by everything here: run test files one or two at a time.
export const sharedTestOptions = {
  pool: 'forks',
  maxWorkers: 2,
  testTimeout: 30_000,
  hookTimeout: 120_000,
};
