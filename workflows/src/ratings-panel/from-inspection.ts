// The inspection workflow's part in the ratings panel (issue 10; docs/domain.md §6 step 5): once the
// inspection is ready for the panel, the panel runs as a child workflow of its own; the panel's approval,
// which it signals to its parent, moves the inspection on.
import { condition, ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { InspectionPhase, InspectionWorkflowInput, InspectionWorkflowState } from '@yji/contracts';
import { ratingsPanelWorkflowId } from './definitions.ts';
import { RatingsPanelWorkflow } from './workflow.ts';

/** The patch the inspection workflow's panel stage sits behind: runs recorded before it never reach it. */
export const RATINGS_PANEL_PATCH = 'ratings-panel-stage';

export async function ratingsPanelStage(
  input: InspectionWorkflowInput,
  state: InspectionWorkflowState,
  enterPhase: (phase: InspectionPhase) => void,
): Promise<void> {
  // A run that continued as new may find the panel started already.
  await condition(() => PANEL_STAGE.includes(state.phase));
  if (state.phase === 'ready-for-panel') await startPanel(input, state, enterPhase);
  await condition(() => state.phase === 'ratings-approved');
}

const PANEL_STAGE: readonly InspectionPhase[] = ['ready-for-panel', 'ratings-panel', 'ratings-approved'];

async function startPanel(
  input: InspectionWorkflowInput,
  state: InspectionWorkflowState,
  enterPhase: (phase: InspectionPhase) => void,
): Promise<void> {
  const { courtDisposals, outOfCourt, standards } = input.frameworks;
  await startChild(RatingsPanelWorkflow, {
    workflowId: ratingsPanelWorkflowId(input.inspectionId),
    args: [
      {
        inspectionId: input.inspectionId,
        leadInspectorId: input.leadInspectorId,
        frameworks: { courtDisposals, outOfCourt, standards },
        // Counts carried over from before the sample said how many custody cases it holds have none.
        custodyCases: state.sample?.custody ?? 0,
      },
    ],
    // The panel takes corrections until publication closes it, whatever becomes of this run.
    parentClosePolicy: ParentClosePolicy.ABANDON,
  });
  enterPhase('ratings-panel');
}
