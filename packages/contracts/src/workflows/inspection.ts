// What the inspection workflow takes and shows. Ids and codes only: never personal data (histories are
// stored by Temporal and must hold nothing about a child).
import { z } from 'zod';
import { recordInspection } from '../inspection/commands.ts';
import { AssignmentRequest, SampleCounts } from '../inspection/lifecycle-commands.ts';
import { CaseAssessmentState } from './case-assessment.ts';
import { retentionShown, workflowState } from './workflow-state.ts';
import { withActor } from '../actor.ts';
import { CaseRef, UserId } from '../roles.ts';
import { ExclusionReason, SampleSeed } from '../inspection/http.ts';

export const InspectionWorkflowInput = recordInspection.request;
export type InspectionWorkflowInput = z.infer<typeof InspectionWorkflowInput>;

export const InspectionPhase = z.enum([
  'set-up',
  'sampling',
  'fieldwork',
  'quality-assurance',
  'ready-for-panel',
  'ratings-panel',
  'ratings-approved',
  'publication',
  'published',
]);
export type InspectionPhase = z.infer<typeof InspectionPhase>;

export const InspectionWorkflowState = workflowState(InspectionPhase, {
  /** Whether the inspection service has stored the inspection. */
  recorded: z.boolean(),
  longList: z.object({ longListId: z.uuid(), rows: z.int() }).nullable(),
  sample: SampleCounts.extend({ confirmed: z.boolean() }).nullable(),
  /** An inspection with no ratings (2016), once its QA has ended. */
  ...retentionShown,
});
export type InspectionWorkflowState = z.infer<typeof InspectionWorkflowState>;

export const InspectionProgress = z.object({
  cases: z.array(CaseAssessmentState),
  totals: z.object({
    cases: z.int(),
    byState: z.record(z.string(), z.int()),
    overdue: z.int(),
    allSubmitted: z.boolean(),
  }),
});
export type InspectionProgress = z.infer<typeof InspectionProgress>;

/**
 * Fieldwork approved a case's assessment (`approved`), or reopened an approved one for correction: what the
 * inspection workflow hears of quality assurance, relayed from the assessment events. Versions order them:
 * the reopening of version v comes after its approval, and the approval of v + 1 after both.
 */
export const CaseApproval = z.object({
  taskId: z.uuid(),
  version: z.int().min(0),
  approved: z.boolean(),
});
export type CaseApproval = z.infer<typeof CaseApproval>;

// The lead inspector's decisions, as Updates on the inspection workflow. Each carries the actor for audit.
export const UseLongList = withActor({ longListId: z.uuid() });
export type UseLongList = z.infer<typeof UseLongList>;
export const DrawSample = withActor({ seed: SampleSeed });
export type DrawSample = z.infer<typeof DrawSample>;
export const ExcludeCase = withActor({ caseRef: CaseRef, reason: ExclusionReason });
export type ExcludeCase = z.infer<typeof ExcludeCase>;
export const ConfirmSample = withActor({});
export type ConfirmSample = z.infer<typeof ConfirmSample>;
export const AssignCases = withActor({ request: AssignmentRequest });
export type AssignCases = z.infer<typeof AssignCases>;
export const ReassignCase = withActor({
  caseRef: CaseRef,
  assigneeId: UserId,
  /** Absent: the case keeps its due date. */
  dueAt: z.iso.datetime().optional(),
});
export type ReassignCase = z.infer<typeof ReassignCase>;
