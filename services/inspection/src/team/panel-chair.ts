// An open ratings panel keeps a chair (domain leavesPanelWithoutChair): the panel is open while its workflow
// runs, from the inspection's ratings-panel phase until publication closes it, corrections included.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { problem } from '@yji/contracts';
import { leavesPanelWithoutChair, type Membership } from '@yji/domain';
import { HttpError } from '@yji/service-kit';
import { ratingsPanelWorkflowId } from '@yji/workflows';

async function panelIsOpen(temporal: Client, inspectionId: string): Promise<boolean> {
  try {
    const { status } = await temporal.workflow.getHandle(ratingsPanelWorkflowId(inspectionId)).describe();
    return status.name === 'RUNNING';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

export async function refuseLeavingPanelWithoutChair(
  temporal: Client,
  inspectionId: string,
  current: readonly Membership[],
  wanted: readonly Membership[],
): Promise<void> {
  if (leavesPanelWithoutChair(current, wanted) && (await panelIsOpen(temporal, inspectionId)))
    throw new HttpError(problem('team-change-leaves-panel-without-chair'));
}
