// A deadline timer of the case workflow fired: publish a reminder or an overdue event, once per task,
// kind and due date however often the activity runs.
import type { z } from 'zod';
import { taskOverdue, taskReminderDue, type recordDeadlineEvent } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import type { FieldworkDb } from '../db.ts';
import { lockTaskForCommand } from './task-for-command.ts';

const EVENT_OF_KIND = { reminder: taskReminderDue, overdue: taskOverdue } as const;

export async function handleRecordDeadlineEvent(
  db: FieldworkDb,
  command: z.output<typeof recordDeadlineEvent.request>,
): Promise<z.input<typeof recordDeadlineEvent.reply>> {
  const dueAt = new Date(command.dueAt);
  await db.$transaction(async (tx) => {
    const task = await lockTaskForCommand(tx, command.taskId);
    const { count } = await tx.deadlineNotice.createMany({
      data: [{ taskId: task.id, kind: command.kind, dueAt }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await appendToOutbox(tx, EVENT_OF_KIND[command.kind].subject, {
      taskId: task.id,
      inspectionId: task.inspectionId,
      caseRef: task.caseRef,
      dueAt: dueAt.toISOString(),
    } satisfies z.input<(typeof EVENT_OF_KIND)[typeof command.kind]['payload']>);
  });
  return { taskId: command.taskId };
}
