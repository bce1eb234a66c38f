// The audit writer of one kind of record, for services that audit every read and change of it alike: the
// entity type is said once, and each entry names who, what, which record and its inspection.
import { appendAudit, type AuditActor, type AuditDetails } from './audit.ts';
import type { RawSql } from './transactional.ts';

export function recordAudit<Action extends string>(entityType: string) {
  return (
    tx: RawSql,
    actor: AuditActor,
    record: { id: string; inspectionId: string },
    action: Action,
    details?: AuditDetails,
  ): Promise<string> =>
    appendAudit(tx, {
      actor,
      action,
      entityType,
      entityId: record.id,
      inspectionId: record.inspectionId,
      details,
    });
}

/** The same for a record an inspection has one of (its report, its ratings panel): its id is the inspection's. */
export function inspectionRecordAudit<Action extends string>(entityType: string) {
  const audit = recordAudit<Action>(entityType);
  return (tx: RawSql, actor: AuditActor, inspectionId: string, action: Action, details?: AuditDetails) =>
    audit(tx, actor, { id: inspectionId, inspectionId }, action, details);
}
