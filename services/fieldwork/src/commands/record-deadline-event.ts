// A deadline timer of the case workflow fired: publish a reminder or an overdue event, once per task,
// kind and due date however often the activity runs.
import type { z } from 'zod';
import { taskOverdue, taskReminderDue, recordDeadlineEvent } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { announceTaskProgress } from '../tasks/task-progressed.ts';
import { onLockedTask, fieldworkCommand } from './task-for-command.ts';

const EVENT_OF_KIND = { reminder: taskReminderDue, overdue: taskOverdue } as const;

export const recordDeadlineEventHandler = fieldworkCommand(recordDeadlineEvent, (db, command) =>
  onLockedTask(db, command.taskId, async (tx, task) => {
    const dueAt = new Date(command.dueAt);
    const { count } = await tx.deadlineNotice.createMany({
      data: [{ taskId: task.id, kind: command.kind, dueAt }],
      skipDuplicates: true,
    });
    if (count === 1) {
      await appendToOutbox(tx, EVENT_OF_KIND[command.kind].subject, {
        taskId: task.id,
        inspectionId: task.inspectionId,
        caseRef: task.caseRef,
        dueAt: dueAt.toISOString(),
      } satisfies z.input<(typeof EVENT_OF_KIND)[typeof command.kind]['payload']>);
    }
    // The workflow marks the case overdue after this activity, on every run of it (a reassignment to the
    // same past due date clears the mark and sets it again): so is the task's progress announced.
    if (command.kind === 'overdue') await announceTaskProgress(tx, task.id);
    return { taskId: task.id };
  }),
);
