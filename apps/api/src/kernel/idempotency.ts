import { createHash } from 'node:crypto';
import { schema, type Database, type Transaction } from '@kepu/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import { AppError, idempotencyMismatch, problem } from './errors.js';

const { idempotencyKeys } = schema;
/** The longest key taken; the header's schema refuses longer ones before `checkIdempotencyKey` runs. */
export const maxIdempotencyKeyLength = 200;
const keyPattern = new RegExp(`^[\\x21-\\x7e]{1,${maxIdempotencyKeyLength}}$`);
const retention = '24 hours';

export interface StoredResponse {
  statusCode: number;
  body: unknown;
  replayed: boolean;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function checkIdempotencyKey(key: string) {
  if (!keyPattern.test(key)) {
    throw new AppError(problem('idempotencyKeyMalformed'), {
      errors: [{ field: 'headers.idempotency-key', message: { zh: '须为 1–200 个可见 ASCII 字符', en: 'must be 1–200 visible ASCII characters' } }],
    });
  }
}

/**
 * Runs `create` at most once per (endpoint, key). The key row is inserted in the same transaction
 * as the record, so a concurrent retry waits on the row lock and then replays the stored response.
 */
export async function onceForKey(
  db: Database,
  request: { endpoint: string; key: string; body: unknown },
  create: (tx: Transaction) => Promise<{ statusCode: number; body: unknown }>,
): Promise<StoredResponse> {
  checkIdempotencyKey(request.key);
  const requestHash = createHash('sha256').update(canonicalJson(request.body)).digest('hex');
  return db.transaction(async (tx) => {
    await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - ${retention}::interval`));
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ endpoint: request.endpoint, key: request.key, requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [previous] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.endpoint, request.endpoint), eq(idempotencyKeys.key, request.key)));
      if (!previous || previous.requestHash !== requestHash) throw idempotencyMismatch();
      return { statusCode: previous.statusCode ?? 200, body: previous.responseBody, replayed: true };
    }
    const response = await create(tx);
    await tx
      .update(idempotencyKeys)
      .set({ statusCode: response.statusCode, responseBody: response.body })
      .where(and(eq(idempotencyKeys.endpoint, request.endpoint), eq(idempotencyKeys.key, request.key)));
    return { ...response, replayed: false };
  });
}
