// A panel decision or the chair's approval goes to the inspection's ratings panel workflow as an Update. A
// refusal becomes an answer the person can act on through service-kit's workflowRefusal, as for every
// workflow: the ratings service's own problem when its command refused, the workflow's reason as 409
// otherwise, and panel-not-open when there is no panel workflow.
import type { Client, UpdateDefinition } from '@temporalio/client';
import { problem, type Actor } from '@yji/contracts';
import { HttpError, workflowRefusal } from '@yji/service-kit';
import { ratingsPanelWorkflowId } from '@yji/workflows';

export async function onPanel<Ret, Decision extends { actor: Actor }>(
  temporal: Client,
  inspectionId: string,
  update: UpdateDefinition<Ret, [Decision]>,
  decision: Decision,
): Promise<Ret> {
  try {
    return await temporal.workflow
      .getHandle(ratingsPanelWorkflowId(inspectionId))
      .executeUpdate(update, { args: [decision] });
  } catch (error) {
    const refusal = workflowRefusal(error, { missing: problem('panel-not-open') });
    throw refusal ? new HttpError(refusal) : error;
  }
}
