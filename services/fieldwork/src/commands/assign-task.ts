// Assigns or reassigns a task (the workflow's assignCase update). Repeating an assignment changes nothing;
// a submitted or withdrawn task cannot be assigned.
import { problem, TaskState, assignTask } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import { isLocked } from '../task-state.ts';
import { onLockedTask, fieldworkCommand } from './task-for-command.ts';
import { isAssignedAs, recordAssignment } from './record-assignment.ts';

export const assignTaskHandler = fieldworkCommand(assignTask, (db, command) =>
  onLockedTask(db, command.taskId, async (tx, task) => {
    if (isLocked(task.state)) {
      throw new CommandRejected(problem('task-locked', { state: task.state, change: 'assigned' }));
    }
    if (isAssignedAs(task, command)) return { taskId: task.id, state: TaskState.parse(task.state) };
    await recordAssignment(tx, task, command);
    return { taskId: task.id, state: 'assigned' as const };
  }),
);
