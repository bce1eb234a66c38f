// The transactional outbox: a fact is written in the same transaction as the change it reports, and a
// relay publishes it afterwards. Every service has the same OutboxMessage table in its own schema.
import { randomUUID } from 'node:crypto';
import type { RawSql, TransactionalClient } from './transactional.ts';

export interface OutboxRow {
  id: string;
  subject: string;
  payload: unknown;
}

/** Call inside the transaction that makes the change. The row id becomes the Nats-Msg-Id. */
export async function appendToOutbox(tx: RawSql, subject: string, payload: unknown): Promise<string> {
  const id = randomUUID();
  await tx.$executeRawUnsafe(
    'INSERT INTO "OutboxMessage" (id, subject, payload) VALUES ($1::uuid, $2, $3::jsonb)',
    id,
    subject,
    JSON.stringify(payload),
  );
  return id;
}

/**
 * Claims the oldest unpublished rows (skipping rows another relay replica holds), lets `publish` send
 * them, and marks them published in the same transaction. A crash before the commit leaves them to be
 * published again: the broker drops the repeat by its message id.
 */
export async function relayBatch(
  db: TransactionalClient,
  limit: number,
  publish: (rows: OutboxRow[]) => Promise<void>,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
      `SELECT id::text AS id, subject, payload FROM "OutboxMessage"
        WHERE "publishedAt" IS NULL ORDER BY "createdAt", id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      limit,
    );
    if (rows.length === 0) return 0;
    await publish(rows);
    await tx.$executeRawUnsafe(
      'UPDATE "OutboxMessage" SET "publishedAt" = now() WHERE id = ANY($1::uuid[])',
      rows.map((row) => row.id),
    );
    return rows.length;
  });
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
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRawUnsafe(
      'INSERT INTO "ProcessedMessage" (consumer, "messageId") VALUES ($1, $2) ON CONFLICT DO NOTHING',
      consumer,
      messageId,
    );
    if (inserted === 0) return false;
    await effect(tx);
    return true;
  });
}
