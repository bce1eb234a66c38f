// Changes a command makes are audited too. Commands come from the case assessment workflow's activities,
// which act for the system (the person behind an assignment is audited where they made it).
import { appendAudit, type AuditDetails, type RawSql } from '@yji/db';
import type { CaseTask } from '../generated/prisma/client.ts';

export const WORKFLOW_ACTOR = 'system:case-assessment-workflow';

export type CommandAction = 'task.created' | 'task.assigned' | 'task.locked' | 'task.withdrawn';

export function auditCommand(
  tx: RawSql,
  task: Pick<CaseTask, 'id' | 'inspectionId'>,
  action: CommandAction,
  details?: AuditDetails,
): Promise<string> {
  return appendAudit(tx, {
    actor: { userId: WORKFLOW_ACTOR, roles: [] },
    action,
    entityType: 'case-task',
    entityId: task.id,
    inspectionId: task.inspectionId,
    ...(details ? { details } : {}),
  });
}
