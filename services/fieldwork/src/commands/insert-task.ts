// A new case task, audited and announced to the lead's progress in the caller's transaction: the one step
// of creating a task, whether its case workflow asks (create-task) or its inspection does for the whole
// sample (create-sample-tasks).
import type { z } from 'zod';
import type { createTask } from '@yji/contracts';
import { auditTask, WORKFLOW_ACTOR } from '../audit/audit-task.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { announceTaskProgress } from '../tasks/task-progressed.ts';

type NewTask = Pick<z.output<typeof createTask.request>, 'taskId' | 'caseRef' | 'frameworkId' | 'facts'>;

/** Whether the task was created: false when it exists already, or another task holds its case. */
export async function insertTask(
  tx: Prisma.TransactionClient,
  inspectionId: string,
  task: NewTask,
): Promise<boolean> {
  const { count } = await tx.caseTask.createMany({
    data: [
      {
        id: task.taskId,
        inspectionId,
        caseRef: task.caseRef,
        frameworkId: task.frameworkId,
        facts: task.facts,
      },
    ],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  await auditTask(tx, WORKFLOW_ACTOR, { id: task.taskId, inspectionId }, 'task.created', {
    caseRef: task.caseRef,
    frameworkId: task.frameworkId,
  });
  await announceTaskProgress(tx, task.taskId);
  return true;
}
