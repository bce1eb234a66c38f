// A lead inspector's decision as carried out. The inspection service answers a decision the workflow has not
// finished within DECISION_WAIT_MS (a busy machine, or a short wait on purpose) with 202 and a Location,
// GET /api/inspections/<id>/decisions/<decisionId>, which answers 202 while it goes on, then 200 once done or
// the refusal the decision met.
import type { ApiResponse, Caller } from './api.ts';
import { eventually, type Polling } from './system.ts';

/** What the decision's Location answers once the decision is no longer under way. */
export function decisionOutcome(lead: Caller, location: string, polling?: Polling): Promise<ApiResponse> {
  return eventually(
    `the decision at ${location} to be carried out`,
    async () => {
      const answer = await lead('GET', location);
      return answer.status === 202 ? undefined : answer;
    },
    polling,
  );
}

/** The decision's `answer`, or when it is 202 (still under way) what its Location answers in the end. */
export async function carriedOut(lead: Caller, answer: ApiResponse, polling?: Polling) {
  return answer.status === 202
    ? decisionOutcome(lead, answer.body.error.details.location as string, polling)
    : answer;
}
