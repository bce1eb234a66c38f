// The messages the inspection workflow answers; shared by the workflow and its clients.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { CaseAssessmentState, InspectionWorkflowState } from '@yji/contracts';

export const INSPECTION_WORKFLOW = 'InspectionWorkflow';

export const inspectionStateQuery = defineQuery<InspectionWorkflowState>('inspectionState');

/** Lets an operator list inspections by phase (Temporal visibility). */
export const inspectionPhaseKey = defineSearchAttributeKey('YjiInspectionPhase', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTES = [inspectionPhaseKey];

/** A case assessment workflow reports each change of its state to its inspection. */
export const caseProgressSignal = defineSignal<[CaseAssessmentState]>('caseProgress');
