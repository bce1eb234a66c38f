// Who goes first when a write of an inspection's case data meets that inspection's retention purge
// (docs/retention.md): one lock per inspection and service schema, held until the transaction ends. A writer
// takes it SHARED (writers never wait for each other) and only then checks whether the inspection is purged;
// the purge takes it EXCLUSIVE before it reads anything. So a writer either commits before the purge starts,
// and the purge then removes what it wrote, or waits for the purge to commit, sees it, and is refused.
//
// Order, to never deadlock: this lock first, then rows. A writer that held a row the purge changes (a task)
// while it waited for this lock, which the purge holds while it waits for that row, would wait for ever.
// The check is a statement of its own, after the one that took the lock: a statement sees the database as it
// was when it began, so a check in the statement that waited would not see the purge it waited for.
import type { RawSql } from './transactional.ts';

/**
 * A client inside a transaction (Prisma's transaction client has no `$connect`, its client has): the lock is
 * the transaction's, so taken through a client outside one it would be gone before the next statement.
 */
export type InTransaction = RawSql & { readonly $connect?: never };

/** The key of the inspection's lock: 64 bits of a hash, of this service's schema and the inspection's id. */
const KEY = `hashtextextended('yji retention purge ' || current_schema() || ' ' || $1::text, 0)`;

/** A writer's side, before its purged check and before it locks any row: waits while a purge runs. */
export async function holdOffPurge(tx: InTransaction, inspectionId: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(${KEY})`, inspectionId);
}

/**
 * The purge's side, as its transaction's first statement: waits for the writers under way, and keeps new
 * ones waiting until it commits. Not taken by `purgeOnce` itself: the ratings service orders its writers
 * with its purge by the panel's row (services/ratings panel-turn.ts), which they hold when they check.
 */
export async function lockOutWriters(tx: InTransaction, inspectionId: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${KEY})`, inspectionId);
}
