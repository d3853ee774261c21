import { Worker } from 'node:worker_threads';
import { DatabaseFaultError } from '../faults.js';
import type { Call, Greeting, Message, PlainError, Reply, ThreadOptions } from './protocol.js';

const workerFile = new URL('./worker.js', import.meta.url);

/** Calls in flight at once: two single statements, or a transaction's statements; far more than either needs. */
const claimSlots = 256;

/** A database error from the thread with PostgreSQL's fields (code, constraint, …) back on it, so callers see what PGlite raised. */
function toError({ message, name: _name, ...fields }: PlainError): Error {
  return Object.assign(new Error(message), fields);
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  slot: number;
  /** For a call sent ahead behind a running one: gives up on it if it has not started in time. */
  giveUp?: NodeJS.Timeout;
}

/**
 * One PGlite in one worker thread. PGlite runs the calls one after another in the order sent, so
 * the oldest pending call is the one running: it alone is on the clock, from when the call before
 * it came back, and `overran` is told when it runs past `statementMs`. A call sent ahead that has
 * not started within `acquireMs` is given up (its claim withdrawn, so it never runs) and fails as
 * unavailable, as a call still waiting for the session would. Once the thread ends (terminated,
 * crashed) every pending and later call rejects with the reason it ended.
 */
export class PgliteThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly claims = new Int32Array(new SharedArrayBuffer(claimSlots * Int32Array.BYTES_PER_ELEMENT));
  private nextId = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private endedWith: Error | undefined;
  private readonly failOpen: (error: Error) => void;
  /** Settles when PGlite has opened its data directory in the thread. */
  readonly ready: Promise<void>;
  /** Resolves with the reason once the thread is gone. */
  readonly ended: Promise<Error>;

  constructor(
    options: Omit<ThreadOptions, 'claims'>,
    private readonly limits: { statementMs: number; acquireMs: number },
    private readonly overran: (thread: PgliteThread) => void,
    /** Told, before the call's caller is answered, that a settled call found something written. */
    private readonly wrote: () => void,
  ) {
    const workerData: ThreadOptions = { ...options, claims: this.claims.buffer };
    this.worker = new Worker(workerFile, { workerData, transferList: options.loadDataDir ? [options.loadDataDir] : [] });
    let opened: (error?: Error) => void = () => undefined;
    this.ready = new Promise((resolve, reject) => {
      opened = (error) => (error ? reject(error) : resolve());
    });
    this.failOpen = (error) => opened(error);
    this.ended = new Promise((resolve) => {
      this.worker.on('error', (error) => this.end(new DatabaseFaultError('unavailable', `the PGlite thread crashed: ${error.message}`, '57P02')));
      this.worker.on('exit', () => {
        this.end(new DatabaseFaultError('unavailable', 'the PGlite thread stopped', '57P02'));
        resolve(this.endedWith as Error);
      });
    });
    this.ended.catch(() => undefined);
    this.worker.on('message', (message: Reply | Greeting) => {
      if (!('id' in message)) return opened(message.ready ? undefined : toError(message.error));
      const pending = this.forget(message.id);
      if (message.wrote) this.wrote();
      if ('error' in message) pending?.reject(toError(message.error));
      else pending?.resolve(message.result);
    });
    this.ready.then(
      () => this.pending.size === 0 && this.worker.unref(),
      () => undefined,
    );
  }

  call(call: Call): Promise<unknown> {
    if (this.endedWith) return Promise.reject(this.endedWith);
    this.nextId = (this.nextId % 0x7fff_ffff) + 1;
    const id = this.nextId;
    const slot = this.freeSlot(id);
    return new Promise((resolve, reject) => {
      Atomics.store(this.claims, slot, id);
      // Throws for parameters that cannot cross threads (a function, say); the call never reaches PGlite.
      this.worker.postMessage({ id, slot, call } satisfies Message);
      this.worker.ref();
      const pending: Pending = { resolve, reject, slot };
      this.pending.set(id, pending);
      if (this.pending.size === 1) this.watchHead();
      else pending.giveUp = setTimeout(() => this.giveUp(id), this.limits.acquireMs);
    });
  }

  /** A slot no call in flight holds; a given-up call's old message finds another id there and is skipped. */
  private freeSlot(id: number): number {
    const held = new Set([...this.pending.values()].map((pending) => pending.slot));
    for (let probe = 0; probe < claimSlots; probe += 1) {
      const slot = (id + probe) % claimSlots;
      if (!held.has(slot)) return slot;
    }
    throw new Error(`more than ${claimSlots} PGlite calls in flight`);
  }

  /** Takes a call off the books (answered, or given up); the next oldest goes on the clock. */
  private forget(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    if (!pending) return undefined;
    const wasRunning = this.pending.keys().next().value === id;
    this.pending.delete(id);
    clearTimeout(pending.giveUp);
    if (wasRunning) this.watchHead();
    // The thread holds the process open only while it owes an answer, as PGlite in the main thread did.
    if (this.pending.size === 0) this.worker.unref();
    return pending;
  }

  /** Withdraws a call sent ahead that has not started; if the thread claimed it first, it runs on the clock instead. */
  private giveUp(id: number) {
    const pending = this.pending.get(id);
    if (!pending || Atomics.compareExchange(this.claims, pending.slot, id, 0) !== id) return;
    this.forget(id)?.reject(new DatabaseFaultError('unavailable', `PGlite was busy with another statement for ${this.limits.acquireMs} ms`));
  }

  /** Puts the call now running, if any, on the clock. */
  private watchHead() {
    clearTimeout(this.watchdog);
    this.watchdog = this.pending.size > 0 ? setTimeout(() => this.overran(this), this.limits.statementMs) : undefined;
  }

  /**
   * Stops the thread wherever it is (a WASM statement included, in ~20 ms): the running call rejects
   * with `reason`, the calls queued behind it, which never started, with `queuedReason`.
   */
  async terminate(reason: Error, queuedReason = reason): Promise<void> {
    this.end(reason, queuedReason);
    await this.worker.terminate();
  }

  private end(reason: Error, queuedReason = reason) {
    if (this.endedWith) return;
    this.endedWith = queuedReason;
    clearTimeout(this.watchdog);
    this.failOpen(reason);
    [...this.pending.values()].forEach((pending, index) => {
      clearTimeout(pending.giveUp);
      pending.reject(index === 0 ? reason : queuedReason);
    });
    this.pending.clear();
  }
}
