// After an inspection's retention purge (docs/retention.md) nothing may record its case-level personal data
// again: a late request or command meets a refusal, and a late event is skipped with an audit entry, instead
// of re-creating what was removed. Each service calls these where its changes to case data pass (its task,
// review and alert access, its commands' task lock, its consumers), not in each route.
//
// A write racing the purge must not outlive it either: both checks run in the writer's transaction, after
// taking the inspection's retention lock shared (@yji/db retention-lock.ts), which the purge takes
// exclusive. The writer commits before the purge starts (and its data is purged), or is refused after it.
import { problem, type Problem } from '@yji/contracts';
import { appendAudit, holdOffPurge, purgedAt, RETENTION_ACTOR, type InTransaction } from '@yji/db';

type Refusal = new (refused: Problem) => Error;

/**
 * In the writer's transaction, before it locks any row the purge changes (a lock on one it never touches, such
 * as a team member's, may come first): throws `refusal` (HttpError for a route,
 * CommandRejected for a command) once the inspection is purged, and else keeps its purge waiting until the
 * transaction ends.
 */
export async function refuseIfPurged(
  tx: InTransaction,
  inspectionId: string,
  refusal: Refusal,
): Promise<void> {
  await holdOffPurge(tx, inspectionId);
  refuseWhenPurged(await purgedAt(tx, inspectionId), refusal);
}

/**
 * As `refuseIfPurged`, for a caller that read the purge's time (null: not purged) with its own statement:
 * an early answer only, or a read; a write still takes `refuseIfPurged` in its transaction.
 */
export function refuseWhenPurged(at: Date | string | null, refusal: Refusal): void {
  if (at) throw new refusal(problem('inspection-purged', { purgedAt: new Date(at).toISOString() }));
}

/**
 * For a consumer, in the event's transaction before it locks any row: true (with an audit entry naming the
 * event, ids only) when the inspection is purged and the event must be skipped; false while its data is
 * kept, and then its purge waits until the transaction ends.
 */
export async function skippedAsPurged(
  tx: InTransaction,
  inspectionId: string,
  event: { subject: string; entityType: string; entityId: string },
): Promise<boolean> {
  await holdOffPurge(tx, inspectionId);
  if (!(await purgedAt(tx, inspectionId))) return false;
  await appendAudit(tx, {
    actor: RETENTION_ACTOR,
    action: 'retention.event-skipped',
    entityType: event.entityType,
    entityId: event.entityId,
    inspectionId,
    details: { subject: event.subject },
  });
  return true;
}
