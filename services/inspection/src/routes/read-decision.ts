// GET /api/inspections/:id/decisions/:decisionId: how a lead inspector's decision that answered 202 (still
// being carried out, workflow/lead-decisions.ts) stands: 200 once done, 202 while it goes on, or the refusal
// it met. The decision's own result is then read where it shows (the sample, the progress, the case).
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { DecisionParams, DecisionStatus, problem } from '@yji/contracts';
import { errorResponses, HttpError, TIMED_OUT, within, type App } from '@yji/service-kit';
import { decisionResult } from '@yji/workflows';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { refusalAsHttp, stillInProgress } from '../workflow/lead-decisions.ts';

/** How long a poll waits for the decision before it answers 202 again. */
const POLL_WAIT_MS = 1_000;

export function registerReadDecision(app: App, db: InspectionDb, temporal: Client) {
  app.get(
    '/api/inspections/:id/decisions/:decisionId',
    teamRoute(db, LEAD, {
      tags: ['decisions'],
      summary: 'Whether a decision that answered 202 has been carried out, or the refusal it met',
      params: DecisionParams,
      response: { 200: DecisionStatus, ...errorResponses(202, 404, 409, 422) },
    }),
    async (request) => {
      const { id, decisionId } = request.params;
      try {
        const outcome = await within(decisionResult(temporal, id, decisionId), POLL_WAIT_MS);
        if (outcome === TIMED_OUT) throw stillInProgress(id, decisionId);
        return { decisionId, status: 'done' as const };
      } catch (error) {
        if (error instanceof HttpError) throw error;
        // The team check found the inspection, so what no run of its workflow knows is the decision.
        if (error instanceof WorkflowNotFoundError)
          throw new HttpError(problem('not-found', { what: 'decision' }));
        return refusalAsHttp(error);
      }
    },
  );
}
