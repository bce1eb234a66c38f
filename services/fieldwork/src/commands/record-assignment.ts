// A task's assessor and due date, recorded, audited and announced to the lead's progress in the caller's
// transaction (the task's row locked): the one step of an assignment, whether its case workflow asks
// (assign-task) or its inspection does for new cases at once (assign-new-tasks).
import { auditTask, WORKFLOW_ACTOR } from '../audit/audit-task.ts';
import type { CaseTask, Prisma } from '../generated/prisma/client.ts';
import { announceTaskProgress } from '../tasks/task-progressed.ts';

interface Assignment {
  assigneeId: string;
  dueAt: string;
}

/** Whether the task already has this assessor and due date (a repeated command). */
export const isAssignedAs = (
  task: Pick<CaseTask, 'assigneeId' | 'dueAt'>,
  { assigneeId, dueAt }: Assignment,
) => task.assigneeId === assigneeId && task.dueAt?.getTime() === new Date(dueAt).getTime();

export async function recordAssignment(
  tx: Prisma.TransactionClient,
  task: Pick<CaseTask, 'id' | 'inspectionId'>,
  { assigneeId, dueAt }: Assignment,
): Promise<void> {
  await tx.caseTask.update({
    where: { id: task.id },
    data: { assigneeId, dueAt: new Date(dueAt), state: 'assigned' },
  });
  await auditTask(tx, WORKFLOW_ACTOR, task, 'task.assigned', { assigneeId, dueAt });
  await announceTaskProgress(tx, task.id);
}
