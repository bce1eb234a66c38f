// Locks a task its assessor submitted (the workflow's submitAssessment update) and reports the submission.
// The version is the one the assessor validated: if the answers moved on since, the lock is refused.
import type { z } from 'zod';
import { problem, taskSubmitted, type lockSubmittedTask } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { auditCommand } from '../audit/audit-command.ts';
import type { FieldworkDb } from '../db.ts';
import { OPEN_STATES } from '../task-state.ts';
import { lockTaskForCommand } from './task-for-command.ts';

export async function handleLockSubmittedTask(
  db: FieldworkDb,
  command: z.output<typeof lockSubmittedTask.request>,
): Promise<z.input<typeof lockSubmittedTask.reply>> {
  return db.$transaction(async (tx) => {
    const task = await lockTaskForCommand(tx, command.taskId);
    const staleVersion = () =>
      new CommandRejected(problem('stale-version', { sent: command.version, current: task.version }));
    if (task.state === 'submitted') {
      // A repeat of the lock that already happened.
      if (task.version === command.version) return { taskId: task.id, state: 'submitted' as const };
      throw staleVersion();
    }
    if (!(OPEN_STATES as readonly string[]).includes(task.state)) {
      throw new CommandRejected(problem('task-not-open', { state: task.state }));
    }
    const { count } = await tx.caseTask.updateMany({
      where: { id: task.id, version: command.version, state: { in: [...OPEN_STATES] } },
      data: { state: 'submitted', submittedAt: new Date() },
    });
    if (count === 0) throw staleVersion();
    await auditCommand(tx, task, 'task.locked', { version: command.version });
    await appendToOutbox(tx, taskSubmitted.subject, {
      taskId: task.id,
      inspectionId: task.inspectionId,
      caseRef: task.caseRef,
    } satisfies z.input<typeof taskSubmitted.payload>);
    return { taskId: task.id, state: 'submitted' as const };
  });
}
