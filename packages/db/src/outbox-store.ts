// The transactional outbox: a fact is written in the same transaction as the change it reports, and a
// relay publishes it afterwards. Every service has the same OutboxMessage table in its own schema.
import { randomUUID } from 'node:crypto';
import type { RawSql } from './transactional.ts';

export interface OutboxRow {
  id: string;
  subject: string;
  payload: unknown;
}

/**
 * The channel every service's outbox rows are announced on, with the service's schema as the payload.
 * PostgreSQL delivers a NOTIFY when its transaction commits, and not at all if it rolls back, so the relay
 * wakes for exactly the rows it can now see (outbox-listener.ts), whichever process wrote them.
 */
export const OUTBOX_CHANNEL = 'yji_outbox';

/** One statement that inserts the rows `rows` gives ($1 the id, $2 the subject) and announces them. */
const insertAndAnnounce = (rows: string) =>
  `WITH added AS (INSERT INTO "OutboxMessage" (id, subject, payload) ${rows} RETURNING id)
   SELECT pg_notify('${OUTBOX_CHANNEL}', current_schema()) FROM added`;

/**
 * Call inside the transaction that makes the change. The row id becomes the Nats-Msg-Id. One statement
 * inserts the row and announces it on OUTBOX_CHANNEL (several announcements in one transaction are one).
 */
export async function appendToOutbox(tx: RawSql, subject: string, payload: unknown): Promise<string> {
  const id = randomUUID();
  await tx.$executeRawUnsafe(
    insertAndAnnounce('VALUES ($1::uuid, $2, $3::jsonb)'),
    id,
    subject,
    JSON.stringify(payload),
  );
  return id;
}

/**
 * appendToOutbox with a payload PostgreSQL builds: `payloadSql` selects at most one row with a jsonb column
 * `payload`, its parameters from $3 (`params`). The payload is read and its row added in one statement
 * (issue 12: a round trip less per event); nothing is added when the SELECT finds nothing.
 */
export async function appendSelectedToOutbox(
  tx: RawSql,
  subject: string,
  payloadSql: string,
  ...params: unknown[]
): Promise<void> {
  await tx.$executeRawUnsafe(
    insertAndAnnounce(`SELECT $1::uuid, $2, selected.payload FROM (${payloadSql}) AS selected`),
    randomUUID(),
    subject,
    ...params,
  );
}

/** A row a relay has claimed: its place in the queue and how many attempts went before. */
export interface ClaimedRow extends OutboxRow {
  attempts: number;
}

/**
 * Claims up to `limit` of the oldest rows that are due (unpublished, not parked, past their backoff, not
 * claimed by a live lease) for `leaseMs`, in one statement: no transaction stays open while they are
 * published. Replicas skip each other's rows (SKIP LOCKED); a relay that dies leaves its rows to whoever
 * claims them after the lease.
 */
export async function claimOutboxRows(db: RawSql, limit: number, leaseMs: number): Promise<ClaimedRow[]> {
  const rows = await db.$queryRawUnsafe<(ClaimedRow & { createdAt: Date })[]>(
    `UPDATE "OutboxMessage" SET "leaseUntil" = now() + $2::bigint * interval '1 millisecond'
      WHERE id IN (
        SELECT id FROM "OutboxMessage"
         WHERE "publishedAt" IS NULL AND "parkedAt" IS NULL AND "nextAttemptAt" <= now()
           AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
         ORDER BY "createdAt", id LIMIT $1::int FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS id, subject, payload, attempts, "createdAt"`,
    limit,
    leaseMs,
  );
  return rows
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map(({ id, subject, payload, attempts }) => ({ id, subject, payload, attempts }));
}

/** Marks rows the broker acknowledged as published. */
export async function markOutboxPublished(db: RawSql, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRawUnsafe(
    `UPDATE "OutboxMessage" SET "publishedAt" = now(), "leaseUntil" = NULL WHERE id = ANY($1::uuid[])`,
    ids,
  );
}

/**
 * Records a failed attempt: the row waits `retryInMs`, or is parked when `park` (it stays in the table,
 * unpublished, counted by countParkedOutboxRows, until an operator releases it).
 */
export async function recordOutboxFailure(
  db: RawSql,
  id: string,
  failure: { error: string; retryInMs: number; park: boolean },
): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE "OutboxMessage"
        SET attempts = attempts + 1, "lastError" = $2, "leaseUntil" = NULL,
            "nextAttemptAt" = now() + $3::bigint * interval '1 millisecond',
            "parkedAt" = CASE WHEN $4::boolean THEN now() ELSE NULL END
      WHERE id = $1::uuid`,
    id,
    failure.error,
    failure.retryInMs,
    failure.park,
  );
}

/** Gives claimed rows back at once, attempts unchanged (the broker could not be reached at all). */
export async function releaseOutboxRows(db: RawSql, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRawUnsafe(
    `UPDATE "OutboxMessage" SET "leaseUntil" = NULL WHERE id = ANY($1::uuid[])`,
    ids,
  );
}

/**
 * Deletes at most `limit` rows published more than `olderThanMs` ago, oldest first, in one statement; never
 * an unpublished row (waiting, leased or parked) nor one marked parked. Replicas sweeping at once skip each
 * other's rows (SKIP LOCKED). Answers how many went: fewer than `limit` means none is left to delete.
 */
export async function deletePublishedOutboxRows(
  db: RawSql,
  olderThanMs: number,
  limit: number,
): Promise<number> {
  return db.$executeRawUnsafe(
    `DELETE FROM "OutboxMessage"
      WHERE id IN (
        SELECT id FROM "OutboxMessage"
         WHERE "publishedAt" < now() - $1::bigint * interval '1 millisecond' AND "parkedAt" IS NULL
         ORDER BY "publishedAt" LIMIT $2::int FOR UPDATE SKIP LOCKED)`,
    olderThanMs,
    limit,
  );
}

/** Rows a relay gave up on: they need an operator (`UPDATE … SET "parkedAt" = NULL, attempts = 0`). */
export async function countParkedOutboxRows(db: RawSql): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE "parkedAt" IS NOT NULL AND "publishedAt" IS NULL`,
  );
  return row?.n ?? 0;
}
