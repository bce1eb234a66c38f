// The messages the case assessment workflow answers; shared by the workflow and its clients (the
// inspection service assigns, the fieldwork service reports a start and submits).
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AssessmentStarted, AssignCase, CaseAssessmentState, SubmitAssessment } from '@yji/contracts';

export const CASE_ASSESSMENT_WORKFLOW = 'CaseAssessmentWorkflow';

/** One workflow per sampled case; the id is derived from the fieldwork task id. */
export const caseAssessmentWorkflowId = (taskId: string) => `case-assessment-${taskId}`;

export const caseAssessmentStateQuery = defineQuery<CaseAssessmentState>('caseAssessmentState');

/** Assigns or reassigns the case (allowed until it is submitted). */
export const assignCaseUpdate = defineUpdate<CaseAssessmentState, [AssignCase]>('assignCase');

/** The assessor saved a first draft. */
export const assessmentStartedSignal = defineSignal<[AssessmentStarted]>('assessmentStarted');

/** The assessor submits; only the assignee may, and only once. */
export const submitAssessmentUpdate = defineUpdate<CaseAssessmentState, [SubmitAssessment]>(
  'submitAssessment',
);

/**
 * What the inspection asks of a case (it cannot send an Update to another workflow): `requestId` comes back
 * in the case's `lastRefusal` if the case refuses, so the inspection knows which request was refused.
 */
export interface InspectionRequest {
  requestId?: string;
}

/** The inspection withdraws the case: it left the sample after confirmation. Refused once submitted. */
export const withdrawCaseSignal = defineSignal<[InspectionRequest]>('withdrawCase');

/**
 * The same withdrawal as an Update. New withdrawals come from the inspection (withdrawCaseSignal); this
 * handler stays because recorded histories hold it (workflows/README.md).
 */
export const withdrawCaseUpdate = defineUpdate<CaseAssessmentState, []>('withdrawCase');
