import type { DatabaseHandle } from '@kepu/db';
import { buildApp, type App } from '../src/app.js';
import { openTestDatabase } from './database.js';

export interface TestApp {
  app: App;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** The real app over a fresh database; always `close()` it. */
export async function buildTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ database });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Starts the app on a real port for tests that must go over HTTP. */
export async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return `http://127.0.0.1:${address.port}`;
}
