// A lead inspector's decision goes to a workflow as an Update; a refusal becomes an answer the person can
// act on: the workflow's reason, as 409.
import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
  type UpdateDefinition,
} from '@temporalio/client';
import { problem, type Actor } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';

export async function refusalsAsHttp<T>(update: Promise<T>): Promise<T> {
  try {
    return await update;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError)
      throw new HttpError(problem('not-found', { what: 'inspection' }));
    if (error instanceof WorkflowUpdateFailedError) {
      const cause = error.cause as (Error & { cause?: Error }) | undefined;
      const reason = cause?.cause?.message ?? cause?.message ?? 'the update was refused';
      throw new HttpError(problem('not-allowed-now', { reason }));
    }
    throw error;
  }
}

/** The lead inspector's `decision` on the inspection, as the inspection workflow's Update `update`. */
export function decide<Ret, Decision extends { actor: Actor }>(
  temporal: Client,
  inspectionId: string,
  update: UpdateDefinition<Ret, [Decision]>,
  decision: Decision,
): Promise<Ret> {
  return refusalsAsHttp(
    temporal.workflow.getHandle(inspectionId).executeUpdate(update, { args: [decision] }),
  );
}
