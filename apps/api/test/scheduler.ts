import { openJobQueue } from '../src/kernel/jobs.js';
import { startScheduler, type SchedulerOptions } from '../src/schedules/scheduler.js';
import type { TestApp } from './app.js';

/** The scheduler as a replica runs it, on its own job queue, ticking fast; the returned function stops both. */
export async function startTestScheduler(t: TestApp, settings: Partial<Omit<SchedulerOptions, 'boss'>> = {}): Promise<() => Promise<void>> {
  const boss = await openJobQueue(t.database, { databaseUrl: t.database.url, superviseSeconds: 1 }, t.app.log);
  const stop = await startScheduler(t.app, {
    boss,
    tickMs: 200,
    expireSeconds: 30,
    retryLimit: 1,
    retryDelaySeconds: 0,
    mailRetryLimit: 0,
    mailRetryDelaySeconds: 1,
    holdMs: 0,
    ...settings,
  });
  return async () => {
    await stop();
    await boss.stop({ graceful: true, timeout: 10_000 });
  };
}
