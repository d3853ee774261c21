/**
 * Faults that are the database's, not the request's: it is away (`unavailable`) or it cut a
 * statement off (`timeout`). The same request may well succeed a few seconds later.
 */
export type DatabaseFault = 'unavailable' | 'timeout';

/** Raised by Kepu's own database plumbing (the PGlite thread, the health probe) with the fault it stands for. */
export class DatabaseFaultError extends Error {
  constructor(
    readonly fault: DatabaseFault,
    message: string,
    /** The SQLSTATE PostgreSQL raises for the same situation, so logs read alike on both drivers. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** SQLSTATE classes: query_canceled (statement_timeout) and the idle-in-transaction cut-off; connection exceptions, operator intervention (shutdown, crash, starting up), too many connections. */
const stateFaults: [RegExp, DatabaseFault][] = [
  [/^(57014|25P03)$/, 'timeout'],
  [/^(08...|57P0[1-5]|53300)$/, 'unavailable'],
];

/** Socket errors of a server that is down or unreachable. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** node-postgres and pg-pool raise these without a code: a dropped connection, a client that saw one, the pool's acquire timeout, a pool closing. */
const driverMessages = /^Connection terminated|is not queryable$|^timeout exceeded when trying to connect$|^Cannot use a pool after calling end/;

function faultOf(error: unknown): DatabaseFault | undefined {
  if (error instanceof DatabaseFaultError) return error.fault;
  if (!error || typeof error !== 'object') return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (socketCodes.has(code)) return 'unavailable';
    const state = stateFaults.find(([pattern]) => pattern.test(code));
    if (state) return state[1];
  }
  return typeof message === 'string' && driverMessages.test(message) ? 'unavailable' : undefined;
}

/** Which database fault an error (or what it wraps: drizzle puts the driver's error in `cause`) stands for, if any. */
export function databaseFault(error: unknown): DatabaseFault | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
    const fault = faultOf(current);
    if (fault) return fault;
  }
  return undefined;
}

/** `work`, or a `timeout` fault once `ms` have passed; `work` itself runs on, its outcome ignored. */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DatabaseFaultError('timeout', `the database did not answer within ${ms} ms`)), ms);
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
