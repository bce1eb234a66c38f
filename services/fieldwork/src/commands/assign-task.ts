// Assigns or reassigns a task (the workflow's assignCase update). Repeating an assignment changes nothing;
// a submitted or withdrawn task cannot be assigned.
import type { z } from 'zod';
import { problem, TaskState, type assignTask } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import { auditCommand } from '../audit/audit-command.ts';
import type { FieldworkDb } from '../db.ts';
import { isLocked } from '../task-state.ts';
import { lockTaskForCommand } from './task-for-command.ts';

export async function handleAssignTask(
  db: FieldworkDb,
  command: z.output<typeof assignTask.request>,
): Promise<z.input<typeof assignTask.reply>> {
  const dueAt = new Date(command.dueAt);
  return db.$transaction(async (tx) => {
    const task = await lockTaskForCommand(tx, command.taskId);
    if (isLocked(task.state)) {
      throw new CommandRejected(problem('task-locked', { state: task.state, change: 'assigned' }));
    }
    if (task.assigneeId === command.assigneeId && task.dueAt?.getTime() === dueAt.getTime()) {
      return { taskId: task.id, state: TaskState.parse(task.state) };
    }
    await tx.caseTask.update({
      where: { id: task.id },
      data: { assigneeId: command.assigneeId, dueAt, state: 'assigned' },
    });
    await auditCommand(tx, task, 'task.assigned', { assigneeId: command.assigneeId, dueAt: command.dueAt });
    return { taskId: task.id, state: 'assigned' as const };
  });
}
