import { CommandRejected } from '@yji/messaging';
import type { FieldworkDb } from '../db.ts';

/** The task a command names; a command for a task that does not exist is refused, not retried. */
export async function taskForCommand(db: Pick<FieldworkDb, 'caseTask'>, taskId: string) {
  const task = await db.caseTask.findUnique({ where: { id: taskId } });
  if (!task) throw new CommandRejected('unknown-task', `no task ${taskId}`);
  return task;
}
