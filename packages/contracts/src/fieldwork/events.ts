import { z } from 'zod';
import { defineEvent } from '../event.ts';
import { CaseRef, UserId } from '../roles.ts';
import { TaskState } from './commands.ts';

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

/**
 * A case task changed as its case assessment workflow changed it (created, assigned, started, submitted,
 * withdrawn, overdue): where the case stands now, for the inspection service's progress read model. `at` is
 * the database's clock at the change (microseconds), so a consumer that hears of two changes out of order
 * keeps the later. A QA return's 'revising' is not sent: to the lead's progress the case stays submitted.
 */
export const taskProgressed = defineEvent({
  subject: 'yji.fieldwork.task.progressed',
  payload: task.extend({
    state: TaskState,
    assigneeId: UserId.nullable(),
    dueAt: z.iso.datetime().nullable(),
    overdue: z.boolean(),
    at: z.iso.datetime(),
  }),
});
