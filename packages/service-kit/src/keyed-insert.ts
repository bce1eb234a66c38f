// A record a request creates once under its Idempotency-Key (an alert raised, an action recorded on it, a
// factual accuracy comment): its id is derived from the key and from whose and what it is (idempotentId), so
// a request sent again — a retry after an answer that never came, a form sent twice — meets the row the first
// stored rather than adding another; the insert skips a taken id, and a concurrent repeat waits for the
// first to commit. A repeat must be the same request: another under the same key is refused.
import { randomUUID } from 'node:crypto';
import { problem } from '@yji/contracts';
import { HttpError } from './errors.ts';
import { idempotentId, requestHash } from './temporal-idempotency.ts';

/** The new row's id: derived from `scope` (what kind, whose, on what) and `key`; random without a key. */
export const keyedId = (key: string | undefined, ...scope: readonly string[]): string =>
  key ? idempotentId(...scope, key) : randomUUID();

export interface KeyedInsert<Row> {
  /** Inserts the row under its keyed id, skipping a taken id (`createMany` with `skipDuplicates`). */
  insert: () => Promise<{ count: number }>;
  /** The row the id holds once inserted. */
  stored: () => Promise<Row>;
  /** What the request sent, and the same as the row holds it: a repeat's must match (requestHash). */
  sent: unknown;
  asSent: (row: Row) => unknown;
}

/**
 * Inserts the row once, in the caller's transaction: the row, and whether this request was a repeat of the
 * one that stored it; a different request under the same key is 422 idempotency-key-reused.
 */
export async function insertOnce<Row>(keyed: KeyedInsert<Row>): Promise<{ row: Row; repeat: boolean }> {
  const { count } = await keyed.insert();
  const row = await keyed.stored();
  if (count > 0) return { row, repeat: false };
  if (requestHash(keyed.asSent(row)) !== requestHash(keyed.sent))
    throw new HttpError(problem('idempotency-key-reused'));
  return { row, repeat: true };
}
