// The messages the inspection workflow answers; shared by the workflow and its clients.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type {
  AssignCase,
  AssignCases,
  CaseApproval,
  CaseAssessmentState,
  ConfirmSample,
  DrawSample,
  ExcludeCase,
  InspectionProgress,
  InspectionWorkflowState,
  ReassignCase,
  UseLongList,
} from '@yji/contracts';
import { hasRatingRules } from '@yji/domain/rating-rules';
import type { InspectionRequest } from '../case-assessment/definitions.ts';

export const INSPECTION_WORKFLOW = 'InspectionWorkflow';

/**
 * The phase an InspectionWorkflow ends in (workflow.ts): with rating rules, once its ratings are approved;
 * without them (2016), ready for a panel it never opens, once its case data has been purged. It never ends
 * before its sample is confirmed. What a service answers of an inspection whose workflow has finished, and
 * perhaps been removed under Temporal's retention.
 */
export const finishedPhase = (standards: string): InspectionWorkflowState['phase'] =>
  hasRatingRules(standards) ? 'ratings-approved' : 'ready-for-panel';

/** What one run of the inspection workflow hands the next when it continues as new. */
export interface InspectionCarriedOver {
  state: InspectionWorkflowState;
  /** Every case workflow started so far, by task id, as it last reported itself. */
  cases: CaseAssessmentState[];
  reminderLeadMs: number;
  /** The latest approval news per case (absent in runs carried over before quality assurance was wired). */
  approvals?: CaseApproval[];
}

/** The workflow's second argument: absent when an inspection starts. */
export interface InspectionRunOptions {
  carriedOver?: InspectionCarriedOver;
  /**
   * Continue as new once the history has this many events, besides when Temporal suggests it. For tests:
   * Temporal's own suggestion comes only after thousands of events.
   */
  continueAsNewAfterEvents?: number;
}

export const inspectionStateQuery = defineQuery<InspectionWorkflowState>('inspectionState');
export const inspectionProgressQuery = defineQuery<InspectionProgress>('inspectionProgress');

/** Answers once the inspection service has stored the inspection (read-your-writes for its creator). */
export const inspectionRecordedUpdate = defineUpdate<InspectionWorkflowState, []>('inspectionRecorded');

export const useLongListUpdate = defineUpdate<InspectionWorkflowState, [UseLongList]>('useLongList');
export const drawSampleUpdate = defineUpdate<InspectionWorkflowState, [DrawSample]>('drawSample');
export const excludeCaseUpdate = defineUpdate<InspectionWorkflowState, [ExcludeCase]>('excludeCase');
export const confirmSampleUpdate = defineUpdate<InspectionWorkflowState, [ConfirmSample]>('confirmSample');
export const assignCasesUpdate = defineUpdate<InspectionProgress, [AssignCases]>('assignCases');
/** One case to another assessor (or another due date); answers the case as it reports itself after. */
export const reassignCaseUpdate = defineUpdate<CaseAssessmentState, [ReassignCase]>('reassignCase');

/** A case assessment workflow reports each change of its state to its inspection. */
export const caseProgressSignal = defineSignal<[CaseAssessmentState]>('caseProgress');

/**
 * Fieldwork approved a case's assessment or reopened it: relayed by the inspection service from the
 * assessment events, at least once and in any order (the workflow keeps the latest by version).
 */
export const caseApprovalSignal = defineSignal<[CaseApproval]>('caseApproval');

/**
 * Says the fieldwork service has recorded the assignment already (the inspection's bulk assignment of new
 * cases, issue 12): the case takes it without an activity of its own.
 */
export interface RecordedAssignment {
  recorded?: boolean;
}

/** The inspection assigns a case; the case workflow treats it as assignCaseUpdate. */
export const assignCaseSignal =
  defineSignal<[AssignCase & InspectionRequest & RecordedAssignment]>('assignCase');

/** Lets an operator list inspections by phase (Temporal visibility). */
export const inspectionPhaseKey = defineSearchAttributeKey('YjiInspectionPhase', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTES = [inspectionPhaseKey];
