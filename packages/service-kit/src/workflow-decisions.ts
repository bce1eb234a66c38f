// A person's decision on one inspection goes to the inspection's workflow as an Update, and the request waits
// for it a bounded time only (`waitMs`): a decision's activities retry while a service restarts, an Update
// waits for a worker to take it, and an HTTP request must not hang on either.
// - Carried out in time: 200 with its result.
// - Refused (by the workflow's validator, on the decision's turn, or by the service's command): the refusal,
//   through the problem catalogue (workflowRefusal).
// - Not finished in time: 202 decision-in-progress, its Location the decision's outcome (`outcomeAt`), whether
//   the workflow has accepted it or not yet: once sent, an Update cannot be called back, so sending it again
//   could decide twice. The outcome says what became of it: done, the refusal it met on its turn (which the
//   resource the decision changes could never show), still going (also while this process is still sending
//   it), or 404 if Temporal never took it (then it is safe to send again).
// - Sent with an Idempotency-Key: the Update's id is derived from the decision, the inspection, the person and
//   the key, so a repeat of the request (after a dropped connection, say) is the same Update, which Temporal
//   takes once and answers again with its outcome. Without a key each request is a new Update.
import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, type Client, type UpdateDefinition } from '@temporalio/client';
import { DecisionParams, DecisionStatus, problem, type Actor } from '@yji/contracts';
import { decisionResult } from '@yji/workflows';
import type { z } from 'zod';
import { STILL_IN_PROGRESS, stillInProgressAt, TIMED_OUT, updateWithin, within } from './bounded-wait.ts';
import { errorResponses, HttpError } from './errors.ts';
import { idempotentId } from './temporal-idempotency.ts';
import { refusalAsHttp, type RefusalWording } from './workflow-refusal.ts';

/** How long a request for a decision's outcome waits for it before it answers 202 again. */
const OUTCOME_WAIT_MS = 1_000;

/** The workflow one service sends its decisions to, and where it shows their outcomes. */
export interface DecisionWorkflow {
  /** The id of the workflow that takes the decisions on inspection `inspectionId`. */
  workflowIdOf: (inspectionId: string) => string;
  wording: RefusalWording;
  /** The service's path that answers with the outcome of decision `decisionId` (a 202's Location). */
  outcomeAt: (inspectionId: string, decisionId: string) => string;
}

/** The schema of a service's route that answers with a decision's outcome (`outcomeAt`). */
export const DECISION_OUTCOME_SCHEMA = {
  tags: ['decisions'],
  summary: 'Whether a decision that answered 202 has been carried out, or the refusal it met',
  params: DecisionParams,
  response: { 200: DecisionStatus, ...errorResponses(202, 404, 409, 422) },
};

/** Takes a person's `decision` on an inspection to its workflow as the Update `update`. */
export type Decide = <Ret, Decision extends { actor: Actor }>(
  inspectionId: string,
  update: UpdateDefinition<Ret, [Decision]>,
  decision: Decision,
  idempotencyKey?: string,
) => Promise<Ret>;

/** The way a service takes decisions to `workflow` (`decider`) and tells what became of one (`outcome`). */
export function workflowDecisions({ workflowIdOf, wording, outcomeAt }: DecisionWorkflow) {
  const stillInProgress = (inspectionId: string, decisionId: string) =>
    stillInProgressAt(outcomeAt(inspectionId, decisionId), STILL_IN_PROGRESS);
  /**
   * The decisions this process is still sending: answered 202 while the workflow had not yet taken them (a busy
   * worker), and unknown to Temporal until it does. Their outcome is "still going", not 404, meanwhile.
   */
  const sending = new Set<string>();
  const markSending = (decisionId: string) => (sent: Promise<unknown>) => {
    sending.add(decisionId);
    sent.then(
      () => sending.delete(decisionId),
      () => sending.delete(decisionId),
    );
  };

  /** Makes the routes' Decide, waiting `waitMs` at most for each decision (DECISION_WAIT_MS). */
  const decider =
    (temporal: Client, waitMs: number): Decide =>
    async (inspectionId, update, decision, idempotencyKey) => {
      const decisionId = idempotencyKey
        ? idempotentId('decision', update.name, inspectionId, decision.actor.userId, idempotencyKey)
        : randomUUID();
      try {
        const handle = temporal.workflow.getHandle(workflowIdOf(inspectionId));
        const answer = await updateWithin(handle, update, {
          args: [decision],
          updateId: decisionId,
          waitMs,
          whileSending: markSending(decisionId),
        });
        if (answer === TIMED_OUT) throw stillInProgress(inspectionId, decisionId);
        return answer;
      } catch (error) {
        throw refusalAsHttp(error, wording);
      }
    };

  /** Whether decision `decisionId` was carried out: done, or thrown as still in progress, its refusal or 404. */
  const outcome = async (
    temporal: Client,
    inspectionId: string,
    decisionId: string,
  ): Promise<z.infer<typeof DecisionStatus>> => {
    try {
      const result = decisionResult(temporal, workflowIdOf(inspectionId), decisionId);
      if ((await within(result, OUTCOME_WAIT_MS)) === TIMED_OUT)
        throw stillInProgress(inspectionId, decisionId);
      return { decisionId, status: 'done' };
    } catch (error) {
      // The route's access check found the inspection, so what no run of its workflow knows is the decision.
      if (error instanceof WorkflowNotFoundError && sending.has(decisionId))
        throw stillInProgress(inspectionId, decisionId);
      if (error instanceof WorkflowNotFoundError)
        throw new HttpError(problem('not-found', { what: 'decision' }));
      throw refusalAsHttp(error, wording);
    }
  };

  return { decider, outcome };
}
