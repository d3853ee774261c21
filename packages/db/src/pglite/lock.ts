export type Release = () => void;

/**
 * Who may use the one PGlite session: several single statements at once, or one transaction (or
 * dump) alone. Statements are sent to the thread while the one before is still running, up to
 * `pipelined` of them, so the thread does not idle while a reply crosses over and the next call
 * crosses back. Measured on this 2-core VM (GET /api/v1/organisations, signed in, 10 connections,
 * autocannon, two runs each): one statement at a time 185–191 requests/s, two at a time 314–342;
 * PGlite in the main thread, as before the thread, 250–290. Waiters are served first come first
 * served, and each gives up after its deadline, as a pooled request gives up waiting for a connection.
 */
export class SessionLock {
  private statements = 0;
  private exclusive = false;
  private readonly waiters: { alone: boolean; grant: () => void }[] = [];

  constructor(private readonly pipelined: number) {}

  /** `alone`: a transaction, a dump or closing, with nothing else on the session. */
  acquire(alone: boolean, timeoutMs: number, timedOut: () => Error): Promise<Release> {
    if (this.waiters.length === 0 && this.grantable(alone)) return Promise.resolve(this.take(alone));
    return new Promise((resolve, reject) => {
      const waiter = {
        alone,
        grant: () => {
          clearTimeout(timer);
          resolve(this.take(alone));
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(timedOut());
        this.serve();
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private grantable(alone: boolean): boolean {
    return !this.exclusive && (alone ? this.statements === 0 : this.statements < this.pipelined);
  }

  /** Releasing twice is harmless: a transaction cut off for idling releases early, then again when it ends. */
  private take(alone: boolean): Release {
    if (alone) this.exclusive = true;
    else this.statements += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (alone) this.exclusive = false;
      else this.statements -= 1;
      this.serve();
    };
  }

  private serve() {
    for (let next = this.waiters[0]; next && this.grantable(next.alone); next = this.waiters[0]) {
      this.waiters.shift();
      next.grant();
    }
  }
}
