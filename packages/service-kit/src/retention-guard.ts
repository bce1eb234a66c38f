// After an inspection's retention purge (docs/retention.md) nothing may record its case-level personal data
// again: a late request or command meets a refusal, and a late event is skipped with an audit entry, instead
// of re-creating what was removed. Each service calls these where its changes to case data pass (its task,
// review and alert access, its commands' task lock, its consumers), not in each route.
import { problem, type Problem } from '@yji/contracts';
import { appendAudit, purgedAt, RETENTION_ACTOR, type RawSql } from '@yji/db';

type Refusal = new (refused: Problem) => Error;

/** Throws `refusal` (HttpError for a route, CommandRejected for a command) once the inspection is purged. */
export async function refuseIfPurged(db: RawSql, inspectionId: string, refusal: Refusal): Promise<void> {
  refuseWhenPurged(await purgedAt(db, inspectionId), refusal);
}

/** As `refuseIfPurged`, for a caller that read the purge's time (null: not purged) with its own statement. */
export function refuseWhenPurged(at: Date | string | null, refusal: Refusal): void {
  if (at) throw new refusal(problem('inspection-purged', { purgedAt: new Date(at).toISOString() }));
}

/**
 * For a consumer, in the event's transaction: true (with an audit entry naming the event, ids only) when the
 * inspection is purged and the event must be skipped; false while its data is kept.
 */
export async function skippedAsPurged(
  tx: RawSql,
  inspectionId: string,
  event: { subject: string; entityType: string; entityId: string },
): Promise<boolean> {
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
