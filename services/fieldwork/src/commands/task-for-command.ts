import { problem } from '@yji/contracts';
import { commandHandlers, CommandRejected } from '@yji/messaging';
import { refuseIfPurgedFor } from '../access/purge-guard.ts';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask, Prisma } from '../generated/prisma/client.ts';

/** Declares a command's handler: `export const xHandler = fieldworkCommand(x, (db, request) => …)`. */
export const fieldworkCommand = commandHandlers<FieldworkDb>();

/**
 * Runs `change` in a transaction with the task a command names locked: two deliveries of one command (a
 * timed-out request retried while the first still runs) then take turns, and the second sees what the
 * first did instead of acting on the same old state. A command for a task that does not exist, or whose
 * inspection's case data is purged, is refused, not retried.
 */
export function onLockedTask<T>(
  db: FieldworkDb,
  taskId: string,
  change: (tx: Prisma.TransactionClient, task: CaseTask) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    await refuseIfPurgedFor(tx, 'task', taskId, CommandRejected);
    await tx.$executeRawUnsafe('SELECT 1 FROM "CaseTask" WHERE id = $1::uuid FOR UPDATE', taskId);
    const task = await tx.caseTask.findUnique({ where: { id: taskId } });
    if (!task) throw new CommandRejected(problem('unknown-task', { taskId }));
    return change(tx, task);
  });
}
