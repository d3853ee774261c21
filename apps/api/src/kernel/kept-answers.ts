import type { DictionaryEntry } from '@kepu/domain';
import type { Database, DatabaseHandle, Executor } from '@kepu/db';
import { changedSince, currentSnapshot } from './changes.js';
import { dictionaryEntriesFor } from './dictionary.js';

export interface KeptAnswerOptions {
  /**
   * The change-log entities (record tables) an answer is computed from. On PostgreSQL, shared with
   * other replicas, answers are kept only when these are named; the embedded database counts every
   * write itself (`writeCount`) and needs none.
   */
  entities?: readonly string[];
  /** How many answers are kept; the least recently used goes first. */
  capacity: number;
  /**
   * The longest an answer is kept even if no logged change touched it: what a write the change log
   * does not see (a rollup rebuild, a restored dump) waits for at most.
   */
  maxAgeMs: number;
}

/** How an answer is had: `answer()` computed now, or kept from an earlier computation for `key` (`keptAnswers`). */
export type AnswerOf<Answer> = (key: string, answer: () => Promise<Answer>) => Promise<Answer>;

interface Kept<Answer> {
  /** Taken before the answer's reads began, so it sees no more than they did. */
  snapshot: Promise<string>;
  labels: readonly DictionaryEntry[];
  keptAt: number;
  answer: Promise<Answer>;
}

/** Where an answer's reads began, and whether anything it may have read has changed since. */
interface Freshness {
  snapshot(): Promise<string>;
  changedAfter(snapshot: string): boolean | Promise<boolean>;
}

/**
 * The embedded database's own count of writes (this process is its one writer), asked in memory; else
 * the change log, asked once per turn of the event loop for the uses of one snapshot (an index probe).
 */
function freshnessOf(db: Executor, writeCount: (() => number) | undefined, entities: readonly string[] | undefined): Freshness | null {
  if (writeCount) {
    return { snapshot: () => Promise.resolve(String(writeCount())), changedAfter: (snapshot) => String(writeCount()) !== snapshot };
  }
  if (!entities) return null;
  const probes = new Map<string, Promise<boolean>>();
  return {
    snapshot: () => currentSnapshot(db),
    changedAfter(snapshot) {
      let probe = probes.get(snapshot);
      if (!probe) {
        probe = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
          probes.delete(snapshot);
          return changedSince(db, snapshot, entities);
        });
        probes.set(snapshot, probe);
      }
      return probe;
    },
  };
}

/**
 * Answers computed from records, kept while a new computation would give the same: until a write
 * commits that the answer's reads did not see (on PostgreSQL: a change to one of `entities`), or the
 * dictionary's labels change. Every use asks first, so a kept answer includes every change committed
 * before the request came, on whichever replica it was written. Uses of a key while it is being
 * computed wait for that computation instead of starting their own. Where nothing can tell (PostgreSQL
 * without `entities`), every use computes its answer.
 */
export function keptAnswers<Answer>(
  database: { db: Database; databaseWriteCount: DatabaseHandle['writeCount'] },
  options: KeptAnswerOptions,
): AnswerOf<Answer> {
  const watch = freshnessOf(database.db, database.databaseWriteCount, options.entities);
  return watch ? keptWith(database.db, watch, options) : (_key, answer) => answer();
}

function keptWith<Answer>(db: Database, watch: Freshness, options: KeptAnswerOptions): AnswerOf<Answer> {
  const kept = new Map<string, Kept<Answer>>();

  async function stillValid(entry: Kept<Answer>, labels: readonly DictionaryEntry[]): Promise<boolean> {
    if (entry.labels !== labels || Date.now() - entry.keptAt > options.maxAgeMs) return false;
    return !(await watch.changedAfter(await entry.snapshot));
  }

  /** Files `entry` as the most recently used, dropping the least recently used beyond capacity. */
  function keep(key: string, entry: Kept<Answer>) {
    kept.delete(key);
    kept.set(key, entry);
    for (const oldest of kept.keys()) {
      if (kept.size <= options.capacity) break;
      kept.delete(oldest);
    }
  }

  function compute(key: string, labels: readonly DictionaryEntry[], answer: () => Promise<Answer>): Promise<Answer> {
    const snapshot = watch.snapshot();
    const entry: Kept<Answer> = { snapshot, labels, keptAt: Date.now(), answer: snapshot.then(answer) };
    keep(key, entry);
    entry.answer.catch(() => {
      if (kept.get(key) === entry) kept.delete(key);
    });
    return entry.answer;
  }

  /** The kept answer of `key` if it is still valid, else `answer()`'s, kept for the next use. */
  return async function answerOf(key: string, answer: () => Promise<Answer>): Promise<Answer> {
    for (let asked = 0; ; asked += 1) {
      const labels = await dictionaryEntriesFor(db);
      const entry = kept.get(key);
      if (!entry) return compute(key, labels, answer);
      if (await stillValid(entry, labels)) {
        if (kept.get(key) === entry) keep(key, entry);
        return entry.answer;
      }
      // Stale: compute afresh, unless another use already did while this one asked (then ask about that one, once:
      // under a stream of writes each newer answer may be stale by the time it is asked about).
      if (kept.get(key) === entry || asked > 0) return compute(key, labels, answer);
    }
  };
}
