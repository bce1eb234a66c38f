// Assigns or reassigns a task (the workflow's assignCase update). Repeating an assignment changes nothing;
// a submitted or withdrawn task cannot be assigned.
import { problem, TaskState, assignTask } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import { auditTask, WORKFLOW_ACTOR } from '../audit/audit-task.ts';
import { isLocked } from '../task-state.ts';
import { announceTaskProgress } from '../tasks/task-progressed.ts';
import { onLockedTask, fieldworkCommand } from './task-for-command.ts';

export const assignTaskHandler = fieldworkCommand(assignTask, (db, command) =>
  onLockedTask(db, command.taskId, async (tx, task) => {
    if (isLocked(task.state)) {
      throw new CommandRejected(problem('task-locked', { state: task.state, change: 'assigned' }));
    }
    const dueAt = new Date(command.dueAt);
    if (task.assigneeId === command.assigneeId && task.dueAt?.getTime() === dueAt.getTime()) {
      return { taskId: task.id, state: TaskState.parse(task.state) };
    }
    await tx.caseTask.update({
      where: { id: task.id },
      data: { assigneeId: command.assigneeId, dueAt, state: 'assigned' },
    });
    await auditTask(tx, WORKFLOW_ACTOR, task, 'task.assigned', {
      assigneeId: command.assigneeId,
      dueAt: command.dueAt,
    });
    await announceTaskProgress(tx, task.id);
    return { taskId: task.id, state: 'assigned' as const };
  }),
);
