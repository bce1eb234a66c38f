// A lead inspector's decision goes to the inspection workflow as an Update, and the request waits for it
// for a bounded time only (DECISION_WAIT_MS): a decision's activities retry while a service restarts (for
// up to a minute between attempts), an Update waits for a worker to take it, and an HTTP request must not
// hang on either.
// - Carried out in time: 200 with its result.
// - Refused (by the workflow, on the decision's turn, or by the service's command): the refusal, via the
//   problem catalogue (service-kit workflowRefusal).
// - Not finished in time: 202 decision-in-progress with Location /api/inspections/:id/decisions/:id
//   (read-decision.ts), whether the workflow has accepted it or not yet: once sent, an Update cannot be
//   called back, so sending it again could decide twice. The Location says what became of it: done, the
//   refusal, still going, or 404 if Temporal never took it (then it is safe to send again).
// - Sent with an Idempotency-Key: the Update's id is derived from the decision, the inspection, the lead and
//   the key, so a repeat of the request (after a dropped connection, say) is the same Update, which Temporal
//   takes once and answers again with its outcome. Without a key each request is a new Update.
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateStage, type Client, type UpdateDefinition } from '@temporalio/client';
import { problem, type Actor } from '@yji/contracts';
import {
  errorResponses,
  HttpError,
  idempotentId,
  stillInProgressAt,
  TIMED_OUT,
  within,
  workflowRefusal,
} from '@yji/service-kit';

/** A workflow refusal as the HTTP answer; anything else is not ours to word. */
export function refusalAsHttp(error: unknown): never {
  const refusal = workflowRefusal(error, { missing: problem('not-found', { what: 'inspection' }) });
  throw refusal ? new HttpError(refusal) : error;
}

/** What a route that takes a decision answers besides its result and its refusals: 202 above. */
export const decisionResponses = () => errorResponses(202);

/** Where the progress of decision `decisionId` on inspection `inspectionId` can be read. */
export const decisionLocation = (inspectionId: string, decisionId: string) =>
  `/api/inspections/${inspectionId}/decisions/${decisionId}`;

/** 202: the decision goes on; poll `Location`. */
export const stillInProgress = (inspectionId: string, decisionId: string) =>
  stillInProgressAt(
    decisionLocation(inspectionId, decisionId),
    'the decision is still being carried out; its Location says when it is done',
  );

/** Takes a lead inspector's decision to an inspection workflow; routes/index.ts makes one for the routes. */
export type Decide = <Ret, Decision extends { actor: Actor }>(
  inspectionId: string,
  update: UpdateDefinition<Ret, [Decision]>,
  decision: Decision,
  idempotencyKey?: string,
) => Promise<Ret>;

/** The lead inspector's `decision` on the inspection, as the inspection workflow's Update `update`. */
export const decider =
  (temporal: Client, waitMs: number): Decide =>
  async (inspectionId, update, decision, idempotencyKey) => {
    const handle = temporal.workflow.getHandle(inspectionId);
    const decisionId = idempotencyKey
      ? idempotentId('decision', update.name, inspectionId, decision.actor.userId, idempotencyKey)
      : randomUUID();
    const carriedOut = async () => {
      const accepted = await handle.startUpdate(update, {
        args: [decision],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
        updateId: decisionId,
      });
      return accepted.result();
    };
    try {
      const answer = await within(carriedOut(), waitMs);
      if (answer === TIMED_OUT) throw stillInProgress(inspectionId, decisionId);
      return answer;
    } catch (error) {
      if (error instanceof HttpError) throw error;
      return refusalAsHttp(error);
    }
  };

/** Whether `error` is a decision's refusal (as opposed to one still in progress, or a failure of ours). */
export const isRefusal = (error: unknown) =>
  error instanceof HttpError && error.statusCode >= 400 && error.statusCode < 500;
