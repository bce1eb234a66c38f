// What a durable event consumer keeps in its service's database: the ids of the events it has applied, so
// a redelivered event takes effect once, and the events it gave up on (ParkedMessage), kept for an
// operator to see, count and replay.
import type { RawSql, TransactionalClient } from './transactional.ts';

/**
 * The processed-message row's statements, for a consumer that folds them into its own statement too
 * (messaging's effect statements); `$1` is the consumer and `$2` the message id.
 */
export const PROCESSED_MESSAGE_SQL = {
  /** Records the message as applied; its one row (`1`) only when it was not before. */
  mark: 'INSERT INTO "ProcessedMessage" (consumer, "messageId") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
  /** The row, when it exists: for a replay, whose transaction has just marked it. */
  marked: 'SELECT 1 FROM "ProcessedMessage" WHERE consumer = $1 AND "messageId" = $2',
} as const;

/**
 * In the caller's transaction: records the message as applied by `consumer` and runs `effect`, unless it was
 * applied before. Answers whether `effect` ran.
 */
async function applyOnce(
  tx: RawSql,
  consumer: string,
  messageId: string,
  effect: (tx: RawSql) => Promise<void>,
): Promise<boolean> {
  const marked = (await tx.$executeRawUnsafe(PROCESSED_MESSAGE_SQL.mark, consumer, messageId)) > 0;
  if (!marked) return false;
  await effect(tx);
  return true;
}

/**
 * Runs `effect` at most once per (consumer, message id): the processed-message row and the effect commit
 * together, so a redelivered message finds its row and is skipped.
 */
export async function processOnce(
  db: TransactionalClient,
  consumer: string,
  messageId: string,
  effect: (tx: RawSql) => Promise<void>,
): Promise<boolean> {
  return db.$transaction((tx) => applyOnce(tx, consumer, messageId, effect));
}

/**
 * Deletes at most `limit` processed-message rows older than `olderThanMs`, oldest first, in one statement
 * (every consumer's). Only safe for rows older than every message the event stream still holds: a
 * redelivery comes from the stream, and finds its row gone. Replicas sweeping at once skip each other's
 * rows. Answers how many went: fewer than `limit` means none is left to delete.
 */
export async function deleteProcessedMessagesBefore(
  db: RawSql,
  olderThanMs: number,
  limit: number,
): Promise<number> {
  return db.$executeRawUnsafe(
    `DELETE FROM "ProcessedMessage"
      WHERE (consumer, "messageId") IN (
        SELECT consumer, "messageId" FROM "ProcessedMessage"
         WHERE "processedAt" < now() - $1::bigint * interval '1 millisecond'
         ORDER BY "processedAt" LIMIT $2::int FOR UPDATE SKIP LOCKED)`,
    olderThanMs,
    limit,
  );
}

/** An event a consumer gave up on, as it keeps it. */
export interface ParkedMessage {
  consumer: string;
  messageId: string;
  subject: string;
  payload: unknown;
  deliveries: number;
  /** The failure's code: an error code or name, never a value from the payload. */
  error: string;
}

/** Keeps the event for an operator. Parking it again (a delivery after a failed replay) updates the row. */
export async function parkMessage(db: RawSql, parked: ParkedMessage): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "ParkedMessage" (consumer, "messageId", subject, payload, deliveries, "lastError")
     VALUES ($1, $2, $3, $4::jsonb, $5::int, $6)
     ON CONFLICT (consumer, "messageId") DO UPDATE
       SET deliveries = EXCLUDED.deliveries, "lastError" = EXCLUDED."lastError", "parkedAt" = now(),
           "replayRequestedAt" = NULL`,
    parked.consumer,
    parked.messageId,
    parked.subject,
    JSON.stringify(parked.payload),
    parked.deliveries,
    parked.error,
  );
}

/** Events parked by every consumer of this database: they need an operator (README: Operations, Events). */
export async function countParkedMessages(db: RawSql): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM "ParkedMessage"');
  return row?.n ?? 0;
}

/** A parked event as a replay takes it. */
export interface ParkedEvent {
  messageId: string;
  subject: string;
  payload: unknown;
}

/** `consumer`'s parked events an operator asked to replay, oldest request first. */
export async function replaysRequested(db: RawSql, consumer: string, limit: number): Promise<ParkedEvent[]> {
  return db.$queryRawUnsafe<ParkedEvent[]>(
    `SELECT "messageId", subject, payload FROM "ParkedMessage" WHERE consumer = $1 AND "replayRequestedAt" IS NOT NULL
      ORDER BY "replayRequestedAt", "messageId" LIMIT $2::int`,
    consumer,
    limit,
  );
}

/**
 * Applies a parked event once more: in one transaction, takes its row (if a replay is still asked for),
 * records it as processed and runs `effect` (made from the row replaysRequested read: a parked event's
 * payload never changes), so a replay that fails leaves the row as it was and one that succeeds takes effect
 * once. Answers whether the row was taken.
 */
export async function replayParkedMessage(
  db: TransactionalClient,
  consumer: string,
  messageId: string,
  effect: (tx: RawSql) => Promise<void>,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const taken = await tx.$executeRawUnsafe(
      `DELETE FROM "ParkedMessage"
        WHERE consumer = $1 AND "messageId" = $2 AND "replayRequestedAt" IS NOT NULL`,
      consumer,
      messageId,
    );
    if (!taken) return false;
    await applyOnce(tx, consumer, messageId, effect);
    return true;
  });
}

/** A replay failed: the event stays parked, with the new failure, until an operator asks again. */
export async function recordReplayFailure(
  db: RawSql,
  consumer: string,
  messageId: string,
  error: string,
): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE "ParkedMessage"
        SET "replayRequestedAt" = NULL, "lastError" = $3, deliveries = deliveries + 1, "parkedAt" = now()
      WHERE consumer = $1 AND "messageId" = $2`,
    consumer,
    messageId,
    error,
  );
}
