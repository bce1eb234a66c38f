// A lead inspector's decision goes to the inspection's publication workflow as an Update. A refusal becomes
// an answer the person can act on through service-kit's workflowRefusal, as for every workflow; no
// publication workflow answers that the inspection has no report yet.
import type { Client, UpdateDefinition } from '@temporalio/client';
import { problem, type Actor } from '@yji/contracts';
import { HttpError, workflowRefusal } from '@yji/service-kit';
import { publicationWorkflowId } from '@yji/workflows';

export async function onPublication<Ret, Decision extends { actor: Actor }>(
  temporal: Client,
  inspectionId: string,
  update: UpdateDefinition<Ret, [Decision]>,
  decision: Decision,
): Promise<Ret> {
  try {
    return await temporal.workflow
      .getHandle(publicationWorkflowId(inspectionId))
      .executeUpdate(update, { args: [decision] });
  } catch (error) {
    const refusal = workflowRefusal(error, { missing: problem('not-found', { what: 'report' }) });
    throw refusal ? new HttpError(refusal) : error;
  }
}
