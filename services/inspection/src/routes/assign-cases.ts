// POST /api/inspections/:id/assignments: the lead inspector assigns the confirmed cases, automatically
// (balanced) or by hand, through the inspection workflow.
import { AssignmentRequest, InspectionProgress } from '@yji/contracts';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { assignCasesUpdate } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { leadDecisionRoute } from '../workflow/lead-decision-route.ts';
import type { Decide } from '../workflow/lead-decisions.ts';

export function registerAssignCases(app: App, db: InspectionDb, decide: Decide) {
  app.post(
    '/api/inspections/:id/assignments',
    leadDecisionRoute(db, {
      tags: ['assignment'],
      summary: 'Assign the confirmed cases to assessors: {mode: "auto"} (balanced) or {mode: "manual", …}',
      description:
        'Never to an assessor with a declared conflict or beyond their capacity. Answers the progress of ' +
        'every case; a refusal (a case not sampled, someone not an assessor) answers 409 with the reason; ' +
        'a manual assignment naming a submitted or withdrawn case answers 409 case-not-open naming it, ' +
        'before anything is recorded.',
      body: AssignmentRequest,
      response: { 200: InspectionProgress, ...errorResponses(409) },
    }),
    async (request) => {
      return decide(
        request.params.id,
        assignCasesUpdate,
        { actor: actorOf(request), request: request.body },
        request.headers['idempotency-key'],
      );
    },
  );
}
