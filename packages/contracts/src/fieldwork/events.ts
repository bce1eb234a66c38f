import { z } from 'zod';
import { defineEvent } from '../event.ts';
import { CaseRef } from '../roles.ts';

const task = z.object({ taskId: z.uuid(), inspectionId: z.uuid(), caseRef: CaseRef });

export const taskSubmitted = defineEvent({ subject: 'yji.fieldwork.task.submitted', payload: task });
export const taskExclusionFlagged = defineEvent({
  subject: 'yji.fieldwork.task.exclusion-flagged',
  payload: task,
});
export const taskReminderDue = defineEvent({
  subject: 'yji.fieldwork.task.reminder-due',
  payload: task.extend({ dueAt: z.iso.datetime() }),
});
export const taskOverdue = defineEvent({
  subject: 'yji.fieldwork.task.overdue',
  payload: task.extend({ dueAt: z.iso.datetime() }),
});
