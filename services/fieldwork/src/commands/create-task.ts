// Creates the case task the workflow's first activity asks for. Creating the same task again changes
// nothing: the activity may run more than once.
import { problem, createTask } from '@yji/contracts';
import { getFramework } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { refuseIfPurged } from '@yji/service-kit';
import { fieldworkCommand } from './task-for-command.ts';
import { insertTask } from './insert-task.ts';

export const createTaskHandler = fieldworkCommand(createTask, async (db, command) => {
  // The framework is pinned by the inspection; a task whose questions cannot be found is of no use.
  if (!getFramework(command.frameworkId)) {
    throw new CommandRejected(problem('unknown-framework', { frameworkId: command.frameworkId }));
  }
  const created = await db.$transaction(async (tx) => {
    await refuseIfPurged(tx, command.inspectionId, CommandRejected);
    return insertTask(tx, command.inspectionId, command);
  });
  // Nothing created is a repeat only when this task exists; otherwise another task holds the case.
  if (!created && !(await db.caseTask.findUnique({ where: { id: command.taskId }, select: { id: true } }))) {
    throw new CommandRejected(problem('case-has-task', { caseRef: command.caseRef }));
  }
  return { taskId: command.taskId, created };
});
