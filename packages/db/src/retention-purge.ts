// The retention purge's bookkeeping, the same in every service that keeps case-level personal data: each
// has a RetentionPurge table (inspectionId, purgedAt, removed). Run inside the service's transaction, so
// the purge, its record and its audit entry commit together; a second run finds the record and changes
// nothing. What each service removes is its own (docs/retention.md).
import { appendAudit, type AuditActor } from './audit.ts';
import type { RawSql } from './transactional.ts';

/** Table name → rows removed or redacted: counts, never a value. */
export type PurgedRows = Record<string, number>;

export interface PurgeRecord {
  purgedAt: string;
  removed: PurgedRows;
}

/** The publication workflow's timer asks for the purge; no person does. */
export const RETENTION_ACTOR: AuditActor = { userId: 'system:retention-purge', roles: [] };

/**
 * Purges once: a second run answers the first's record and changes nothing. The record is written first, so
 * a trigger that lets a redaction through only for a purged inspection (the inspection's AuditEntry) sees it;
 * `purge` gets its time, to stamp the rows it redacts.
 */
export async function purgeOnce<Tx extends RawSql>(
  tx: Tx,
  inspectionId: string,
  purge: (tx: Tx, purgedAt: Date) => Promise<PurgedRows>,
): Promise<PurgeRecord> {
  const [done] = await tx.$queryRawUnsafe<{ purgedAt: Date; removed: PurgedRows }[]>(
    'SELECT "purgedAt", removed FROM "RetentionPurge" WHERE "inspectionId" = $1::uuid',
    inspectionId,
  );
  if (done) return { purgedAt: done.purgedAt.toISOString(), removed: done.removed };
  const [row] = await tx.$queryRawUnsafe<{ purgedAt: Date }[]>(
    `INSERT INTO "RetentionPurge" ("inspectionId", removed) VALUES ($1::uuid, '{}') RETURNING "purgedAt"`,
    inspectionId,
  );
  const removed = await purge(tx, row!.purgedAt);
  await tx.$executeRawUnsafe(
    'UPDATE "RetentionPurge" SET removed = $2::jsonb WHERE "inspectionId" = $1::uuid',
    inspectionId,
    JSON.stringify(removed),
  );
  await appendAudit(tx, {
    actor: RETENTION_ACTOR,
    action: 'retention.purged',
    entityType: 'inspection',
    entityId: inspectionId,
    inspectionId,
    details: removed,
  });
  return { purgedAt: row!.purgedAt.toISOString(), removed };
}

/** When the service purged the inspection's personal data, or null while it keeps it. */
export async function purgedAt(tx: RawSql, inspectionId: string): Promise<string | null> {
  const [row] = await tx.$queryRawUnsafe<{ purgedAt: Date }[]>(
    'SELECT "purgedAt" FROM "RetentionPurge" WHERE "inspectionId" = $1::uuid',
    inspectionId,
  );
  return row ? row.purgedAt.toISOString() : null;
}
