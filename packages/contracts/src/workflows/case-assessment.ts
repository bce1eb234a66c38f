// What the case assessment workflow takes, answers and shows: ids and pseudonymous case references only.
import { z } from 'zod';
import { TaskState } from '../fieldwork/commands.ts';
import { CaseRef, UserId } from '../roles.ts';

export const CaseAssessmentInput = z.object({
  taskId: z.uuid(),
  inspectionId: z.uuid(),
  caseRef: CaseRef,
  frameworkId: z.string(),
  /** How long before the due date the assessor is reminded. */
  reminderLeadMs: z.int().min(0),
  /**
   * The inspection created the fieldwork task with the rest of its sample (issue 12); absent when the case
   * creates its own (a replacement, or an inspection confirmed before the sample's tasks were created at once).
   */
  taskCreated: z.boolean().optional(),
});
export type CaseAssessmentInput = z.infer<typeof CaseAssessmentInput>;

export const CaseAssessmentState = z.object({
  taskId: z.uuid(),
  caseRef: CaseRef,
  state: TaskState,
  assigneeId: UserId.nullable(),
  dueAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  /**
   * The latest command the case refused with nobody waiting for the answer (the inspection's bulk
   * assignment reaches a case as a signal), and why: the lead inspector sees it in the progress.
   */
  lastRefusal: z
    .object({
      command: z.string(),
      reason: z.string(),
      at: z.iso.datetime(),
      /** The inspection's request the case refused, so the inspection knows its answer. */
      requestId: z.string().nullable(),
    })
    .nullable(),
});
export type CaseAssessmentState = z.infer<typeof CaseAssessmentState>;

export const AssignCase = z.strictObject({ assigneeId: UserId, dueAt: z.iso.datetime() });
export type AssignCase = z.infer<typeof AssignCase>;

export const SubmitAssessment = z.strictObject({ userId: UserId, version: z.int().min(0) });
export type SubmitAssessment = z.infer<typeof SubmitAssessment>;

export const AssessmentStarted = z.strictObject({ userId: UserId });
export type AssessmentStarted = z.infer<typeof AssessmentStarted>;
