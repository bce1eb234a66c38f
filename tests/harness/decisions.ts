// A decision as carried out. A service answers a decision its workflow has not finished within
// DECISION_WAIT_MS (a busy machine, or a short wait on purpose) with 202 and a Location, the decision's
// outcome (GET /api/inspections/<id>/decisions/<decisionId>, /api/ratings/inspections/<id>/outcomes/<decisionId>,
// …), which answers 202 while it goes on, then 200 once done or the refusal the decision met.
import type { ApiResponse, Caller, Json } from './api.ts';
import { eventually, type Polling } from './system.ts';

/**
 * How long a decision's Location may say it does not know the decision: a test that waits 1 ms for a decision
 * asks at once, when the service may not have finished sending the Update to Temporal yet (a person's page
 * asks seconds later, after a wait of 750 ms or more).
 */
const SENDING_MS = 2_000;

/** What the decision's Location answers once the decision is no longer under way. */
export function decisionOutcome(caller: Caller, location: string, polling?: Polling): Promise<ApiResponse> {
  const sending = Date.now() + SENDING_MS;
  return eventually(
    `the decision at ${location} to be carried out`,
    async () => {
      const answer = await caller('GET', location);
      const unknownYet = answer.status === 404 && Date.now() < sending;
      return answer.status === 202 || unknownYet ? undefined : answer;
    },
    polling,
  );
}

/** The decision's `answer`, or when it is 202 (still under way) what its Location answers in the end. */
export async function carriedOut(caller: Caller, answer: ApiResponse, polling?: Polling) {
  return answer.status === 202
    ? decisionOutcome(caller, answer.body.error.details.location as string, polling)
    : answer;
}

/**
 * `caller`'s decisions as a set-up takes them: each followed to its outcome when it answers 202, and 200 or
 * the set-up fails naming the request and the answer; each answers the outcome's body.
 */
export function decidingAs(caller: Caller) {
  return async (method: string, path: string, body?: unknown): Promise<Json> => {
    const answer = await carriedOut(caller, await caller(method, path, body));
    if (answer.status !== 200)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)} (wanted 200)`);
    return answer.body;
  };
}
