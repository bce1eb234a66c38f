import { problem } from '@yji/contracts';
import { CommandRejected } from '@yji/messaging';
import type { Prisma } from '../generated/prisma/client.ts';

/**
 * The task a command names, locked for the rest of the transaction: two deliveries of one command (a
 * timed-out request retried while the first still runs) then take turns, and the second sees what the
 * first did instead of acting on the same old state. A command for a task that does not exist is refused,
 * not retried.
 */
export async function lockTaskForCommand(tx: Prisma.TransactionClient, taskId: string) {
  await tx.$executeRawUnsafe('SELECT 1 FROM "CaseTask" WHERE id = $1::uuid FOR UPDATE', taskId);
  const task = await tx.caseTask.findUnique({ where: { id: taskId } });
  if (!task) throw new CommandRejected(problem('unknown-task', { taskId }));
  return task;
}
