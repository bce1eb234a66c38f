// Commands the inspection workflow's activities send to the inspection service, one per lead inspector
// decision. Each is idempotent: repeating it returns the same outcome and changes nothing more.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { Actor } from '../actor.ts';
import { CaseRef, UserId } from '../roles.ts';
import { ExclusionReason, SampleSeed } from './http.ts';

export const activateLongList = defineCommand({
  subject: 'yji.inspection.cmd.activate-long-list',
  request: onInspection({ actor: Actor, longListId: z.uuid() }),
  reply: z.object({ longListId: z.uuid(), rows: z.int() }),
});

export const SampleCounts = z.object({
  seed: z.string(),
  selected: z.int(),
  reserve: z.int(),
  ineligible: z.int(),
  excluded: z.int(),
  /** Custody cases among the selected: resettlement (2.5) is rated only with enough (004 ¶3.15). */
  custody: z.int(),
});
export type SampleCounts = z.infer<typeof SampleCounts>;

export const drawSample = defineCommand({
  subject: 'yji.inspection.cmd.draw-sample',
  request: onInspection({ actor: Actor, seed: SampleSeed }),
  reply: SampleCounts,
});

/** A case of the confirmed sample, with the fieldwork task that assesses it. */
export const ConfirmedCase = z.object({ caseRef: CaseRef, taskId: z.uuid(), frameworkId: z.string() });
export type ConfirmedCase = z.infer<typeof ConfirmedCase>;

export const excludeCase = defineCommand({
  subject: 'yji.inspection.cmd.exclude-case',
  request: onInspection({ actor: Actor, caseRef: CaseRef, reason: ExclusionReason }),
  reply: z.object({
    counts: SampleCounts,
    replacement: z
      .object({
        caseRef: CaseRef,
        frameworkId: z.string(),
        /** Set once the sample is confirmed. */ taskId: z.uuid().nullable(),
      })
      .nullable(),
  }),
});

/** Would the exclusion be accepted? Asked before a case's assessment is withdrawn, which cannot be undone. */
export const checkExclusion = defineCommand({
  subject: 'yji.inspection.cmd.check-exclusion',
  request: onInspection({ caseRef: CaseRef, reason: ExclusionReason }),
  reply: z.object({ accepted: z.literal(true) }),
});

export const confirmSample = defineCommand({
  subject: 'yji.inspection.cmd.confirm-sample',
  request: onInspection({ actor: Actor }),
  reply: z.object({ cases: z.array(ConfirmedCase), reminderLeadMs: z.int().min(0) }),
});

export const AssignmentRequest = z.union([
  z.strictObject({ mode: z.literal('auto') }),
  z.strictObject({
    mode: z.literal('manual'),
    assignments: z
      .array(z.strictObject({ caseRef: CaseRef, assigneeId: UserId }))
      .min(1)
      .max(1000),
  }),
]);
export type AssignmentRequest = z.infer<typeof AssignmentRequest>;

export const planAssignments = defineCommand({
  subject: 'yji.inspection.cmd.plan-assignments',
  request: onInspection({ actor: Actor, request: AssignmentRequest }),
  reply: z.object({
    assignments: z.array(
      z.object({ caseRef: CaseRef, taskId: z.uuid(), assigneeId: UserId, dueAt: z.iso.datetime() }),
    ),
    unassigned: z.array(z.object({ caseRef: CaseRef, reason: z.string() })),
  }),
});

/** Records a confirmed case's new assessor (refused for someone not an assessor, in conflict or at capacity). */
export const reassignCase = defineCommand({
  subject: 'yji.inspection.cmd.reassign-case',
  request: onInspection({ actor: Actor, caseRef: CaseRef, assigneeId: UserId }),
  reply: z.object({
    taskId: z.uuid(),
    /** The due date the inspection's schedule gives a case. */
    dueAt: z.iso.datetime(),
  }),
});
