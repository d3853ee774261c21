// What the main thread and the PGlite thread (worker.js) send each other.

export type RowMode = 'array' | 'object';

export interface Field {
  name: string;
  dataTypeID: number;
}

export interface Results<Row = Record<string, unknown>> {
  rows: Row[];
  fields: Field[];
  affectedRows?: number;
}

/**
 * `begin` runs BEGIN first: a transaction's first statement brings it along instead of costing a round
 * trip of its own. `settled` marks a call after which no transaction is open (a single statement, a
 * COMMIT or ROLLBACK): the reply then says whether anything was written since the last such call.
 */
export type Statement =
  | { op: 'query'; sql: string; params: unknown[]; rowMode: RowMode; rawTypes: number[]; begin?: boolean; settled?: boolean }
  | { op: 'exec'; sql: string; begin?: boolean; settled?: boolean };

export type Call = Statement | { op: 'refreshArrayTypes' } | { op: 'dump' } | { op: 'close' };

export interface ThreadOptions {
  dataDir?: string;
  /** A dump to start from (an in-memory database); copied to the thread. */
  loadDataDir?: ArrayBuffer;
  /**
   * Int32 slots shared by both threads, one per call in flight (`slot` of the message): the main
   * thread writes the call's id there when it sends it and 0 when it gives up on it; the PGlite
   * thread swaps the id for its negative when it starts the call and skips a call whose id is gone.
   * Whichever swap comes first wins, so a call the caller was told failed never runs.
   */
  claims: SharedArrayBuffer;
}

export interface Message {
  id: number;
  slot: number;
  call: Call;
}

/** An error as it crosses threads: the message and PostgreSQL's string fields (code, constraint, detail, …). */
export type PlainError = Record<string, string> & { message: string };

/** `wrote`: a call marked `settled` found a write committed (or rolled back) since the previous one. */
export type Reply = { id: number; result: unknown; wrote?: boolean } | { id: number; error: PlainError; wrote?: boolean };

export type Greeting = { ready: true } | { ready: false; error: PlainError };
