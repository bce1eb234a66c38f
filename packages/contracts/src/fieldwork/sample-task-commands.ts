// Commands the inspection workflow's activities send to the fieldwork service for a whole sample at once
// (issue 12: one command, one transaction and one activity per decision instead of one per case). Both are
// idempotent: sent again, they change nothing more and answer the same tasks.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { CaseRef, UserId } from '../roles.ts';
import { CaseFacts } from './commands.ts';

/** A sample is at most 500 cases (the inspection's sample size, inspection/http.ts), its live cases too. */
const SAMPLE_MAX = 500;

/**
 * Creates the tasks of a confirmed sample with their cases' long-list facts. Answers the tasks that now
 * exist (created by this command or before); a case another task already holds is left out, for its case
 * workflow to refuse as it did when each case created its own task.
 */
export const createSampleTasks = defineCommand({
  subject: 'yji.fieldwork.cmd.create-sample-tasks',
  request: onInspection({
    tasks: z
      .array(
        z.strictObject({
          taskId: z.uuid(),
          caseRef: CaseRef,
          frameworkId: z.string().min(1).max(40),
          facts: CaseFacts,
        }),
      )
      .min(1)
      .max(SAMPLE_MAX),
  }),
  reply: z.object({ taskIds: z.array(z.uuid()) }),
});

/**
 * Records the first assessor of tasks nobody holds yet (a bulk assignment of new cases). Answers the tasks
 * that are now assigned as asked; a task that is no longer unassigned (assigned to someone else, submitted,
 * withdrawn) or does not exist is left out, for its case workflow to assign, or refuse, itself.
 */
export const assignNewTasks = defineCommand({
  subject: 'yji.fieldwork.cmd.assign-new-tasks',
  request: z.strictObject({
    assignments: z
      .array(z.strictObject({ taskId: z.uuid(), assigneeId: UserId, dueAt: z.iso.datetime() }))
      .min(1)
      .max(SAMPLE_MAX),
  }),
  reply: z.object({ taskIds: z.array(z.uuid()) }),
});
