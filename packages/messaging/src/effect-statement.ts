// A consumer's effect as one statement (issue 12): the processed-message row and the effect in one round
// trip, with no transaction around them, where a handler in a transaction costs BEGIN, the row, its own
// statements and COMMIT. A single statement commits or fails whole, so the event still takes effect once.
import { PROCESSED_MESSAGE_SQL, type RawSql } from '@yji/db';

/**
 * The effect's statement, run after `WITH processed AS (…)`: it takes effect only where
 * `EXISTS (SELECT 1 FROM processed)` (the event's first application). `$1` and `$2` are the consumer and
 * the message id; its own placeholders start at `$3`.
 */
export interface EffectStatement {
  /** Its own common table expressions (`name AS (…)`), after `processed`. */
  ctes?: string[];
  sql: string;
  params: unknown[];
}

/**
 * Applies `effect` once per (consumer, message id): for a delivery on its own, for a replay in the
 * transaction that took the event out of ParkedMessage and marked it processed.
 */
export async function applyEffectStatement(
  db: RawSql,
  consumer: string,
  messageId: string,
  effect: EffectStatement,
  as: 'delivery' | 'replay',
): Promise<void> {
  // A delivery: `processed` is the row this statement adds, empty when the event was applied before. A
  // replay: the row the replay's transaction has just added.
  const processed = as === 'replay' ? PROCESSED_MESSAGE_SQL.marked : PROCESSED_MESSAGE_SQL.mark;
  const ctes = [`processed AS (${processed})`, ...(effect.ctes ?? [])];
  await db.$executeRawUnsafe(
    `WITH ${ctes.join(',\n')}\n${effect.sql}`,
    consumer,
    messageId,
    ...effect.params,
  );
}
