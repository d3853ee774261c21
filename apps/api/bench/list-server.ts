// A child process serving one side of a benchmark (lists, stats), so the load generator does not share its event loop.
//   kepu: the real app.   embedded: the real app on the embedded PGlite in a DATA_DIR.
//   embedded-afresh: the same, computing every answer (without the write count nothing is kept).
//   bare: Fastify + pg running the captured SQL, returning the rows as they come.
import { openDatabase } from '@kepu/db';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { benchRateLimits } from './options.js';

interface Statement {
  query: string;
  params: unknown[];
}

// `url` is the DATA_DIR of the embedded side.
const [mode, url = '', statementsJson = '[]'] = process.argv.slice(2);
const poolSize = 10;

async function start() {
  if (mode === 'kepu' || mode === 'embedded' || mode === 'embedded-afresh') {
    const database = await openDatabase(mode === 'kepu' ? { url, poolSize } : { dataDir: url });
    return buildApp({ database: mode === 'embedded-afresh' ? { ...database, writeCount: undefined } : database, rateLimits: benchRateLimits });
  }
  // As the app does: the statements before the last two in turn, then the page and the count together.
  const statements = JSON.parse(statementsJson) as Statement[];
  const [page, count] = statements.slice(-2);
  if (!page || !count) throw new Error('the bare server needs the captured page and count statements');
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const app = Fastify();
  app.get('/bare', async () => {
    for (const statement of statements.slice(0, -2)) await pool.query(statement.query, statement.params);
    const [rows, total] = await Promise.all([pool.query(page.query, page.params), pool.query(count.query, count.params)]);
    return { items: rows.rows, total: (total.rows[0] as { total: number }).total };
  });
  return app;
}

const app = await start();
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as { port: number }).port });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
