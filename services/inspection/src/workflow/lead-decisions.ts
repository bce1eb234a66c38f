// A lead inspector's decision goes to the inspection workflow as an Update, and the request waits for it
// for a bounded time only: a decision's activities retry while a service restarts (for up to a minute
// between attempts), and an HTTP request must not hang on that.
// - Not accepted within ACCEPT_MS (no worker is polling, the workflow is busy): 503 busy with Retry-After.
//   Nothing was decided, so sending the request again is safe.
// - Accepted, but not carried out within ANSWER_MS: 202 decision-in-progress with a Location to poll
//   (GET /api/inspections/:id/decisions/:decisionId, read-decision.ts). The decision is durable in the
//   workflow's history and will be carried out; sending it again would decide twice, so the answer says
//   where to look instead.
// - Refused (by the workflow's validator, or by the service's command): the refusal via the problem
//   catalogue (service-kit workflowRefusal).
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateStage, type Client, type UpdateDefinition } from '@temporalio/client';
import { problem, type Actor } from '@yji/contracts';
import { errorResponses, HttpError, workflowRefusal } from '@yji/service-kit';

const ACCEPT_MS = 5_000;
const ANSWER_MS = 10_000;
const RETRY_AFTER_SECONDS = 5;
export const TIMED_OUT = Symbol('timed out');

/** `promise`'s value, or TIMED_OUT after `ms` (the promise carries on; its outcome is then not awaited). */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(resolve, ms, TIMED_OUT)));
  promise.catch(() => {}); // settled after the deadline: nobody awaits it any more
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A workflow refusal as the HTTP answer; anything else is not ours to word. */
export function refusalAsHttp(error: unknown, what = 'inspection'): never {
  const refusal = workflowRefusal(error, what);
  throw refusal ? new HttpError(refusal) : error;
}

/** What a route that takes a decision answers besides its result and its refusals: 202 and 503 above. */
export const decisionResponses = () => errorResponses(202, 503);

/** Where the progress of decision `decisionId` on inspection `inspectionId` can be read. */
export const decisionLocation = (inspectionId: string, decisionId: string) =>
  `/api/inspections/${inspectionId}/decisions/${decisionId}`;

/** 202: the decision goes on; poll `Location`. */
export const stillInProgress = (inspectionId: string, decisionId: string) =>
  new HttpError(
    problem('decision-in-progress', { reason: 'the decision was accepted and is being carried out' }),
    {
      Location: decisionLocation(inspectionId, decisionId),
      'Retry-After': String(RETRY_AFTER_SECONDS),
    },
  );

/** The lead inspector's `decision` on the inspection, as the inspection workflow's Update `update`. */
export async function decide<Ret, Decision extends { actor: Actor }>(
  temporal: Client,
  inspectionId: string,
  update: UpdateDefinition<Ret, [Decision]>,
  decision: Decision,
): Promise<Ret> {
  const handle = temporal.workflow.getHandle(inspectionId);
  const decisionId = randomUUID();
  try {
    const accepted = await within(
      handle.startUpdate(update, {
        args: [decision],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
        updateId: decisionId,
      }),
      ACCEPT_MS,
    );
    if (accepted === TIMED_OUT) {
      throw new HttpError(
        problem('busy', { reason: 'the inspection could not take the decision now; try again' }),
        {
          'Retry-After': String(RETRY_AFTER_SECONDS),
        },
      );
    }
    const answer = await within(accepted.result(), ANSWER_MS);
    if (answer === TIMED_OUT) throw stillInProgress(inspectionId, decisionId);
    return answer;
  } catch (error) {
    if (error instanceof HttpError) throw error;
    return refusalAsHttp(error);
  }
}
