// A panel decision or the chair's approval goes to the inspection's ratings panel workflow as an Update. A
// refusal becomes an answer the person can act on: the ratings service's own problem when its command
// refused (the worker fails such an activity with type CommandRejected and the code in its details), else
// the workflow's reason as 409.
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
  type UpdateDefinition,
} from '@temporalio/client';
import { problem, receivedProblem, type Actor } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { ratingsPanelWorkflowId } from '@yji/workflows';

function innermost(error: Error): Error {
  let cause = error;
  while (cause.cause instanceof Error) cause = cause.cause;
  return cause;
}

function refusalOf(cause: Error): HttpError {
  const code =
    cause instanceof ApplicationFailure && cause.type === 'CommandRejected'
      ? (cause.details?.[0] as { code?: unknown } | undefined)?.code
      : undefined;
  return new HttpError(
    typeof code === 'string'
      ? receivedProblem({ code, message: cause.message })
      : problem('not-allowed-now', { reason: cause.message }),
  );
}

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
    if (error instanceof WorkflowNotFoundError) throw new HttpError(problem('panel-not-open'));
    if (error instanceof WorkflowUpdateFailedError) throw refusalOf(innermost(error));
    throw error;
  }
}
