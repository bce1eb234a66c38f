// Withdraws a task whose case left the sample; its answers are kept. Withdrawing twice changes nothing;
// a submitted task cannot be withdrawn.
import { problem, withdrawTask } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import { auditTask, WORKFLOW_ACTOR } from '../audit/audit-task.ts';
import { announceTaskProgress } from '../tasks/task-progressed.ts';
import { onLockedTask, fieldworkCommand } from './task-for-command.ts';

export const withdrawTaskHandler = fieldworkCommand(withdrawTask, (db, command) =>
  onLockedTask(db, command.taskId, async (tx, task) => {
    if (task.state === 'submitted') throw new CommandRejected(problem('task-submitted'));
    if (task.state !== 'withdrawn') {
      await tx.caseTask.update({ where: { id: task.id }, data: { state: 'withdrawn' } });
      await auditTask(tx, WORKFLOW_ACTOR, task, 'task.withdrawn');
      await announceTaskProgress(tx, task.id);
    }
    return { taskId: task.id, state: 'withdrawn' as const };
  }),
);
