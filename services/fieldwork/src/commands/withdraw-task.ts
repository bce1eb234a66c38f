// Withdraws a task whose case left the sample; its answers are kept. Withdrawing twice changes nothing;
// a submitted task cannot be withdrawn.
import type { z } from 'zod';
import { problem, type withdrawTask } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import { auditCommand } from '../audit/audit-command.ts';
import type { FieldworkDb } from '../db.ts';
import { lockTaskForCommand } from './task-for-command.ts';

export async function handleWithdrawTask(
  db: FieldworkDb,
  command: z.output<typeof withdrawTask.request>,
): Promise<z.input<typeof withdrawTask.reply>> {
  const task = await db.$transaction(async (tx) => {
    const { count } = await tx.caseTask.updateMany({
      where: { id: command.taskId, state: { notIn: ['submitted', 'withdrawn'] } },
      data: { state: 'withdrawn' },
    });
    const withdrawn = await lockTaskForCommand(tx, command.taskId);
    if (count === 1) await auditCommand(tx, withdrawn, 'task.withdrawn');
    return withdrawn;
  });
  if (task.state !== 'withdrawn') {
    throw new CommandRejected(problem('task-submitted'));
  }
  return { taskId: task.id, state: 'withdrawn' };
}
