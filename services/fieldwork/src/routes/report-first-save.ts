// The assessor's first save moves the case from assigned to in progress, in the workflow first and then
// here, announced to the lead's progress (tasks/task-progressed.ts). The task stays "assigned" until the
// workflow has heard, so a signal that fails (Temporal briefly away) is sent again with the next save; the
// workflow ignores a repeat.
import type { Client } from '@temporalio/client';
import type { FastifyBaseLogger } from 'fastify';
import type { TaskState } from '@yji/contracts';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask } from '../generated/prisma/client.ts';
import { signalAssessmentStarted } from '../workflow/case-workflow.ts';
import { announceTaskProgress } from '../tasks/task-progressed.ts';

export async function reportFirstSave(
  db: FieldworkDb,
  temporal: Client,
  task: Pick<CaseTask, 'id' | 'assigneeId'>,
  log: FastifyBaseLogger,
): Promise<TaskState> {
  const { assigneeId } = task;
  if (!assigneeId) return 'assigned';
  try {
    await signalAssessmentStarted(temporal, task.id, assigneeId);
  } catch (error) {
    log.warn(
      { err: { message: (error as Error).message }, taskId: task.id },
      'assessment start not reported',
    );
    return 'assigned';
  }
  const started = await db.$transaction(async (tx) => {
    const { count } = await tx.caseTask.updateMany({
      where: { id: task.id, state: 'assigned', assigneeId },
      data: { state: 'in-progress' },
    });
    if (count === 1) await announceTaskProgress(tx, task.id);
    return count === 1;
  });
  return started ? 'in-progress' : 'assigned';
}
