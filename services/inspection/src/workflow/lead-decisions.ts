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
import type { Client, UpdateDefinition } from '@temporalio/client';
import { problem, type Actor } from '@yji/contracts';
import {
  errorResponses,
  HttpError,
  idempotentId,
  STILL_IN_PROGRESS,
  stillInProgressAt,
  workflowRefusal,
  workflowUpdates,
  type RefusalWording,
} from '@yji/service-kit';

/** The inspection workflow's id is the inspection's. */
const WORDING: RefusalWording = { missing: problem('not-found', { what: 'inspection' }) };

/** A workflow refusal as the HTTP answer; anything else is not ours to word. */
export function refusalAsHttp(error: unknown): never {
  const refusal = workflowRefusal(error, WORDING);
  throw refusal ? new HttpError(refusal) : error;
}

/** What a route that takes a decision answers besides its result and its refusals: 202 above. */
export const decisionResponses = () => errorResponses(202);

/** Where the progress of decision `decisionId` on inspection `inspectionId` can be read. */
export const decisionLocation = (inspectionId: string, decisionId: string) =>
  `/api/inspections/${inspectionId}/decisions/${decisionId}`;

/** 202: the decision goes on; poll `Location`. */
export const stillInProgress = (inspectionId: string, decisionId: string) =>
  stillInProgressAt(decisionLocation(inspectionId, decisionId), STILL_IN_PROGRESS);

/** Takes a lead inspector's decision to an inspection workflow; routes/index.ts makes one for the routes. */
export type Decide = <Ret, Decision extends { actor: Actor }>(
  inspectionId: string,
  update: UpdateDefinition<Ret, [Decision]>,
  decision: Decision,
  idempotencyKey?: string,
) => Promise<Ret>;

const inspectionUpdates = workflowUpdates((inspectionId) => inspectionId, WORDING);

/** The lead inspector's `decision` on the inspection, as the inspection workflow's Update `update`. */
export const decider = (temporal: Client, waitMs: number): Decide => {
  const decide = inspectionUpdates(temporal, waitMs);
  return (inspectionId, update, decision, idempotencyKey) => {
    const decisionId = idempotencyKey
      ? idempotentId('decision', update.name, inspectionId, decision.actor.userId, idempotencyKey)
      : randomUUID();
    return decide(inspectionId, update, decision, {
      updateId: decisionId,
      location: decisionLocation(inspectionId, decisionId),
    });
  };
};

/** Whether `error` is a decision's refusal (as opposed to one still in progress, or a failure of ours). */
export const isRefusal = (error: unknown) =>
  error instanceof HttpError && error.statusCode >= 400 && error.statusCode < 500;
