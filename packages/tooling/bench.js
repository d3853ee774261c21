/**
 * The median time of one call of `task`, in milliseconds, over `rounds` calls after `warmup` calls.
 * Benchmarks compare medians against a baseline timed the same way in the same run.
 */
export async function medianMs(task, { rounds, warmup = 0 }) {
  for (let warm = 0; warm < warmup; warm += 1) await task();
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)] ?? 0;
}
