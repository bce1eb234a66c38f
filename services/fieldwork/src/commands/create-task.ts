// Creates the case task the workflow's first activity asks for. Creating the same task again changes
// nothing: the activity may run more than once.
import { problem, createTask } from '@yji/contracts';
import { getFramework } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { refuseIfPurged } from '@yji/service-kit';
import { auditTask, WORKFLOW_ACTOR } from '../audit/audit-task.ts';
import { announceTaskProgress } from '../tasks/task-progressed.ts';
import { fieldworkCommand } from './task-for-command.ts';

export const createTaskHandler = fieldworkCommand(createTask, async (db, command) => {
  // The framework is pinned by the inspection; a task whose questions cannot be found is of no use.
  if (!getFramework(command.frameworkId)) {
    throw new CommandRejected(problem('unknown-framework', { frameworkId: command.frameworkId }));
  }
  const count = await db.$transaction(async (tx) => {
    await refuseIfPurged(tx, command.inspectionId, CommandRejected);
    const created = await tx.caseTask.createMany({
      data: [
        {
          id: command.taskId,
          inspectionId: command.inspectionId,
          caseRef: command.caseRef,
          frameworkId: command.frameworkId,
          facts: command.facts,
        },
      ],
      skipDuplicates: true,
    });
    if (created.count === 1) {
      await auditTask(
        tx,
        WORKFLOW_ACTOR,
        { id: command.taskId, inspectionId: command.inspectionId },
        'task.created',
        {
          caseRef: command.caseRef,
          frameworkId: command.frameworkId,
        },
      );
      await announceTaskProgress(tx, command.taskId);
    }
    return created.count;
  });
  // Nothing created is a repeat only when this task exists; otherwise another task holds the case.
  if (
    count === 0 &&
    !(await db.caseTask.findUnique({ where: { id: command.taskId }, select: { id: true } }))
  ) {
    throw new CommandRejected(problem('case-has-task', { caseRef: command.caseRef }));
  }
  return { taskId: command.taskId, created: count === 1 };
});
