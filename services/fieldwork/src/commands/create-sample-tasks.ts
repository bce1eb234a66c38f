// Creates every task of a confirmed sample in one transaction (the inspection workflow's activity, issue 12:
// one command instead of one per case). Sent again, it creates nothing more. A task it cannot create (an
// unknown framework, a case another task holds) is left out of the answer, not refused: its case workflow
// then creates it itself, is refused, and stays open for the lead to exclude; the rest of the sample goes on.
import { createSampleTasks } from '@yji/contracts';
import { getFramework } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { refuseIfPurged } from '@yji/service-kit';
import { fieldworkCommand } from './task-for-command.ts';
import { insertTask } from './insert-task.ts';

export const createSampleTasksHandler = fieldworkCommand(createSampleTasks, async (db, command) => {
  const creatable = command.tasks.filter((task) => getFramework(task.frameworkId));
  const ids = creatable.map((task) => task.taskId);
  return db.$transaction(async (tx) => {
    await refuseIfPurged(tx, command.inspectionId, CommandRejected);
    for (const task of creatable) await insertTask(tx, command.inspectionId, task);
    const existing = await tx.caseTask.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const exists = new Set(existing.map(({ id }) => id));
    return { taskIds: ids.filter((id) => exists.has(id)) };
  });
});
