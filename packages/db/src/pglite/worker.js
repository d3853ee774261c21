// @ts-check
// The thread that owns one PGlite. Plain JavaScript because Node 20 does not run a worker's entry
// through the tsx loader the API starts with. It only executes what the main thread sends, one
// message at a time; deadlines, locking and restarts are decided on the main thread (./client.ts),
// which can terminate this thread mid-statement.
import { Blob, Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** @typedef {import('./protocol.js').Call} Call */
/** @typedef {import('./protocol.js').Message} Message */
/** @typedef {import('./protocol.js').ThreadOptions} ThreadOptions */

const port = parentPort;
if (!port) throw new Error('pglite/worker.js runs as a worker thread');
/** @type {unknown} */
const data = workerData;
const options = /** @type {ThreadOptions} */ (data);

/** @param {string} value */
const raw = (value) => value;

/** The error's message and its PostgreSQL fields (code, constraint, …); an Error's own fields do not survive postMessage. */
function plainError(/** @type {unknown} */ error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = /** @type {Record<string, unknown>} */ ({ ...error });
  return { ...Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'string')), message: error.message };
}

/**
 * @param {PGlite} db
 * @param {Call} call
 */
async function execute(db, call) {
  if ('begin' in call && call.begin) await db.exec('BEGIN');
  switch (call.op) {
    case 'query': {
      // Types the caller parses itself come back as their text; its parsers are functions, which cannot cross threads.
      const parsers = Object.fromEntries(call.rawTypes.map((type) => [type, raw]));
      const { rows, fields, affectedRows } = await db.query(call.sql, call.params, { rowMode: call.rowMode, parsers });
      return { rows, fields, affectedRows };
    }
    case 'exec':
      return (await db.exec(call.sql)).map(({ rows, fields, affectedRows }) => ({ rows, fields, affectedRows }));
    case 'refreshArrayTypes':
      return db.refreshArrayTypes();
    case 'dump':
      return (await db.dumpDataDir('none')).arrayBuffer();
    case 'close':
      return db.close();
  }
}

try {
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: new Blob([options.loadDataDir]) } : {}),
    extensions: { pg_trgm },
  });
  const claims = new Int32Array(options.claims);
  /**
   * PostgreSQL gives a transaction an ID when it first writes (a row, a table, a sequence's logged
   * step), so the next ID to be given, the xmax of a new snapshot, moves exactly when something was
   * written; reads never move it. Asked as a raw simple query, compared as the bytes of its answer
   * (~30 µs, where `exec` parses the rows and syncs the files: ~90 µs), on a call's ~500 µs round trip.
   */
  const sqlText = 'select pg_snapshot_xmax(pg_current_snapshot())';
  const body = Buffer.from(`${sqlText}\0`);
  const nextIdQuery = Buffer.alloc(5 + body.length);
  nextIdQuery.write('Q', 0);
  nextIdQuery.writeInt32BE(4 + body.length, 1);
  body.copy(nextIdQuery, 5);
  /** @type {Buffer | undefined} */
  let lastSeen;
  /** Says true when it cannot tell: a kept answer is then computed again, never served stale. */
  const wroteSinceLastSeen = async () => {
    const next = await db.execProtocolRaw(nextIdQuery, { syncToFs: false }).then(
      (answer) => Buffer.from(answer),
      () => undefined,
    );
    const wrote = !next || !lastSeen || !next.equals(lastSeen);
    lastSeen = next;
    return wrote;
  };
  await wroteSinceLastSeen();
  // One call at a time, in the order sent, so a call is claimed right before PGlite runs it.
  let previous = Promise.resolve();
  port.on('message', (/** @type {Message} */ { id, slot, call }) => {
    previous = previous.then(async () => {
      if (Atomics.compareExchange(claims, slot, id, -id) !== id) return;
      const reply = await execute(db, call).then(
        (result) => ({ id, result }),
        (/** @type {unknown} */ error) => ({ id, error: plainError(error) }),
      );
      const wrote = 'settled' in call && call.settled ? await wroteSinceLastSeen() : undefined;
      const result = 'result' in reply ? reply.result : undefined;
      port.postMessage({ ...reply, wrote }, result instanceof ArrayBuffer ? [result] : []);
    });
  });
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: plainError(error) });
}
