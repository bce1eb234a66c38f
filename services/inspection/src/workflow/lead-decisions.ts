// A lead inspector's decision goes to the inspection workflow as an Update, waited for DECISION_WAIT_MS at
// most, as every service's decisions do (service-kit workflow-decisions.ts): 200 with its result, its
// refusal, or 202 decision-in-progress with Location /api/inspections/:id/decisions/:decisionId
// (routes/read-decision.ts), which says what became of it.
import { problem } from '@yji/contracts';
import { errorResponses, HttpError, workflowDecisions } from '@yji/service-kit';

export type { Decide } from '@yji/service-kit';

/** The inspection workflow's id is the inspection's. */
export const leadDecisions = workflowDecisions({
  workflowIdOf: (inspectionId) => inspectionId,
  wording: { missing: problem('not-found', { what: 'inspection' }) },
  outcomeAt: (inspectionId, decisionId) => `/api/inspections/${inspectionId}/decisions/${decisionId}`,
});

/**
 * What a route that takes a decision answers besides its result and its refusals: 202 above, and 422 for an
 * Idempotency-Key sent before with another request (service-kit request-key.ts).
 */
export const decisionResponses = () => errorResponses(202, 422);

/** Whether `error` is a decision's refusal (as opposed to one still in progress, or a failure of ours). */
export const isRefusal = (error: unknown) =>
  error instanceof HttpError && error.statusCode >= 400 && error.statusCode < 500;
