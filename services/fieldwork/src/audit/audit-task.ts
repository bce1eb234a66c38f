// Every read and change of a task is audited: who (from the verified token), which request, which task.
// Details hold ids, versions, question codes and field names, never answer values or notes.
import type { FastifyRequest } from 'fastify';
import { appendAudit, type AuditDetails, type RawSql } from '@yji/db';
import { actorOf } from '@yji/service-kit';
import type { CaseTask } from '../generated/prisma/client.ts';

export type TaskAction =
  'case.read' | 'task.draft-saved' | 'task.interview-recorded' | 'task.submitted' | 'task.exclusion-flagged';

export function auditTask(
  tx: RawSql,
  request: FastifyRequest,
  task: Pick<CaseTask, 'id' | 'inspectionId'>,
  action: TaskAction,
  details?: AuditDetails,
): Promise<string> {
  return appendAudit(tx, {
    actor: actorOf(request),
    action,
    entityType: 'case-task',
    entityId: task.id,
    inspectionId: task.inspectionId,
    ...(details ? { details } : {}),
  });
}
