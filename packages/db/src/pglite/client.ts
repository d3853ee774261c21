import { DatabaseFaultError } from '../faults.js';
import { SessionLock, type Release } from './lock.js';
import type { Call, Results, RowMode, Statement } from './protocol.js';
import { PgliteThread } from './thread.js';

export interface PgliteLimits {
  /** A statement still running after this long is cut off by restarting the thread. */
  statementMs: number;
  /** How long a statement may wait for the session (another statement or transaction holds it). */
  acquireMs: number;
  /** A transaction that runs no statement for this long is rolled back and loses the session. */
  idleInTransactionMs: number;
}

type Parser = (value: string, typeId: number) => unknown;

export interface QueryOptions {
  rowMode?: RowMode;
  parsers?: Record<number, Parser>;
}

/** What drizzle's PGlite session and pg-boss's PGlite adapter call on a PGlite and on its transactions. */
export interface PgliteSession {
  query<Row>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>>;
  exec(sql: string): Promise<Results[]>;
}

/** Parses, on this thread, the values of the types whose parsers the caller gave (they are functions and stay here). */
function parse<Row>(results: Results<Row>, rowMode: RowMode, parsers: Record<number, Parser> | undefined): Results<Row> {
  if (!parsers) return results;
  results.fields.forEach((field, index) => {
    const parser = parsers[field.dataTypeID];
    if (!parser) return;
    const key = rowMode === 'array' ? index : field.name;
    for (const row of results.rows as Record<string | number, unknown>[]) {
      const value = row[key];
      if (typeof value === 'string') row[key] = parser(value, field.dataTypeID);
    }
  });
  return results;
}

const busy = (ms: number) => () => new DatabaseFaultError('unavailable', `PGlite was busy with other requests for ${ms} ms`);

/**
 * Single statements on the thread at once (one running, the next sent ahead). Two keep it from
 * idling between calls (an API list measured the same with four); more would only move waiting from
 * here, where the acquire timeout bounds it, into the thread, and fail along with a statement cut off.
 */
const pipelined = 2;

/**
 * PGlite in a worker thread, so that no statement can hold the process. PGlite runs a statement to
 * its end in WASM and ignores `statement_timeout`; here a statement that outlives its deadline has
 * its thread terminated (~20 ms): it fails with a timeout (57014), the statements sent ahead behind
 * it, which never started, as unavailable, and a new thread reopens the data directory, where
 * PostgreSQL's crash recovery replays the WAL: every committed transaction is there, the cut-off
 * one is not. Calls still waiting for the session run on the new thread. An in-memory database
 * (tests) cannot be reopened: once cut off it answers every call with `unavailable` until the
 * process opens a new one.
 */
export class WorkerPglite implements PgliteSession {
  private readonly lock = new SessionLock(pipelined);
  /** The thread calls go to, or the one being opened; calls wait for it. */
  private thread: Promise<PgliteThread>;
  /** The open thread, until it ends or is being terminated. */
  private serving: PgliteThread | undefined;
  private closing = false;
  private writes = 0;

  private constructor(
    private readonly source: { dataDir?: string; loadDataDir?: Blob },
    private readonly limits: PgliteLimits,
  ) {
    this.thread = this.start(source.loadDataDir);
  }

  static async open(source: { dataDir?: string; loadDataDir?: Blob }, limits: PgliteLimits): Promise<WorkerPglite> {
    const client = new WorkerPglite(source, limits);
    await client.thread;
    return client;
  }

  /** Opens the data directory (or memory) in a new thread, first loading a dump into it if given. */
  private async start(dump?: Blob): Promise<PgliteThread> {
    const loadDataDir = dump ? await dump.arrayBuffer() : undefined;
    const options = { ...(this.source.dataDir ? { dataDir: this.source.dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}) };
    // A new thread cannot tell what its predecessor wrote last: count that as a write.
    this.writes += 1;
    const thread = new PgliteThread(
      options,
      this.limits,
      (overrun) => this.cutOff(overrun),
      () => (this.writes += 1),
    );
    await thread.ready;
    this.serving = thread;
    void thread.ended.then(() => this.replace(thread));
    return thread;
  }

  /** Swaps a thread that ended (crashed, or is being terminated) for a new one, at once, so no call reaches the old one. */
  private replace(thread: PgliteThread) {
    if (this.serving !== thread || this.closing) return;
    this.serving = undefined;
    this.thread = this.reopen(thread.ended);
  }

  /** A new thread on the same data directory, once the old one is gone (two PGlites must not open it at once). */
  private reopen(oldThreadGone: Promise<unknown>): Promise<PgliteThread> {
    const { dataDir } = this.source;
    const reopened = dataDir
      ? oldThreadGone
          .then(() => this.start())
          .catch((error: unknown) => {
            throw new DatabaseFaultError(
              'unavailable',
              `PGlite could not reopen ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
              '57P03',
            );
          })
      : Promise.reject(
          new DatabaseFaultError('unavailable', 'the in-memory PGlite was discarded when its thread stopped; restart the process', '57P02'),
        );
    reopened.catch(() => undefined);
    return reopened;
  }

  /** The thread to run on; a reopen that failed is tried again by the next call. */
  private current(): Promise<PgliteThread> {
    const thread = this.thread;
    return thread.catch((error: unknown) => {
      if (this.thread === thread && this.source.dataDir && !this.closing) this.thread = this.reopen(Promise.resolve());
      throw error;
    });
  }

  /** A statement ran past its deadline: stop its thread, and with it the statement, and open a new one. */
  private cutOff(thread: PgliteThread) {
    const ms = this.limits.statementMs;
    void thread.terminate(
      new DatabaseFaultError('timeout', `canceling statement due to statement timeout (PGlite ran it for ${ms} ms and was restarted)`, '57014'),
      new DatabaseFaultError('unavailable', 'PGlite was restarted to stop a statement that ran too long; this one had not started', '57P01'),
    );
    this.replace(thread);
  }

  /**
   * Moves once a call that wrote has answered, before its caller hears of it; a transaction's writes
   * count when it ends. Reads never move it. This process is the data directory's one writer, so a
   * read made while the count had a value still gives the same answer while it keeps that value.
   */
  writeCount(): number {
    return this.writes;
  }

  /** Runs one call on the session: beside other single statements (`alone` false), or with nothing else. */
  private async session(call: Call, alone = false): Promise<unknown> {
    const release = await this.lock.acquire(alone, this.limits.acquireMs, busy(this.limits.acquireMs));
    try {
      return await (await this.current()).call(call);
    } finally {
      release();
    }
  }

  async query<Row>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<Row>> {
    const rowMode = options.rowMode ?? 'object';
    const rawTypes = Object.keys(options.parsers ?? {}).map(Number);
    const results = (await this.session({ op: 'query', sql, params, rowMode, rawTypes, settled: true })) as Results<Row>;
    return parse(results, rowMode, options.parsers);
  }

  async exec(sql: string): Promise<Results[]> {
    return (await this.session({ op: 'exec', sql, settled: true })) as Results[];
  }

  /** Holds the session from BEGIN to COMMIT (or ROLLBACK when `callback` throws), as PGlite's own transaction does. */
  async transaction<T>(callback: (tx: PgliteSession) => Promise<T>): Promise<T> {
    const release = await this.lock.acquire(true, this.limits.acquireMs, busy(this.limits.acquireMs));
    try {
      const tx = new PgliteTransaction(await this.current(), this.limits.idleInTransactionMs, release);
      try {
        const result = await callback(tx);
        await tx.end('COMMIT');
        return result;
      } catch (error) {
        await tx.end('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      release();
    }
  }

  /** Makes enum arrays created since the thread opened usable as parameters (the migrations create some). */
  async refreshArrayTypes(): Promise<void> {
    await this.session({ op: 'refreshArrayTypes' });
  }

  async dumpDataDir(): Promise<Blob> {
    return new Blob([(await this.session({ op: 'dump' }, true)) as ArrayBuffer]);
  }

  /** Waits for the statement or transaction in progress (up to the statement deadline), then closes PGlite. */
  async close(): Promise<void> {
    const release = await this.lock.acquire(true, this.limits.statementMs, busy(this.limits.statementMs)).catch(() => undefined);
    this.closing = true;
    const thread = await this.thread.catch(() => undefined);
    if (thread) {
      await thread.call({ op: 'close' }).catch(() => undefined);
      await thread.terminate(new DatabaseFaultError('unavailable', 'PGlite is closed'));
    }
    release?.();
  }
}

/**
 * The session while one transaction holds it; like PostgreSQL, it is rolled back if it sits idle too
 * long. BEGIN goes with the first statement (a transaction that runs none sends nothing): one round
 * trip less, ~0.2 ms of a transaction's ~1 ms (`npm run bench -- pglite`).
 */
class PgliteTransaction implements PgliteSession {
  private failure: Error | undefined;
  private idle: NodeJS.Timeout | undefined;
  private begun = false;
  private ended = false;

  constructor(
    private readonly thread: PgliteThread,
    private readonly idleMs: number,
    private readonly release: Release,
  ) {
    this.waitIdle();
  }

  private waitIdle() {
    this.idle = setTimeout(() => this.abandon(), this.idleMs);
  }

  private async statement(call: Statement): Promise<unknown> {
    if (this.failure) throw this.failure;
    if (this.ended) throw new Error('the transaction has ended');
    clearTimeout(this.idle);
    const begin = !this.begun;
    this.begun = true;
    try {
      return await this.thread.call(begin ? { ...call, begin } : call);
    } finally {
      if (!this.ended) this.waitIdle();
    }
  }

  /** Idle too long: roll back now and hand the session on; the transaction's next statement (or COMMIT) fails. */
  private abandon() {
    this.failure = new DatabaseFaultError('timeout', 'terminating transaction due to idle-in-transaction timeout', '25P03');
    const rolledBack = this.begun ? this.thread.call({ op: 'exec', sql: 'ROLLBACK', settled: true }).catch(() => undefined) : Promise.resolve();
    void rolledBack.finally(this.release);
  }

  async query<Row>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<Row>> {
    const rowMode = options.rowMode ?? 'object';
    const rawTypes = Object.keys(options.parsers ?? {}).map(Number);
    return parse((await this.statement({ op: 'query', sql, params, rowMode, rawTypes })) as Results<Row>, rowMode, options.parsers);
  }

  async exec(sql: string): Promise<Results[]> {
    return (await this.statement({ op: 'exec', sql })) as Results[];
  }

  /** Nothing to send when no statement ran, nor after the idle limit rolled the transaction back (then COMMIT fails). */
  async end(command: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    try {
      if (this.failure && command === 'COMMIT') throw this.failure;
      if (this.begun && !this.failure) await this.statement({ op: 'exec', sql: command, settled: true });
    } finally {
      this.ended = true;
      clearTimeout(this.idle);
    }
  }
}
