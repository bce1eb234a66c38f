// PUT /api/inspections/:id/cases/:caseRef/assignee: the lead inspector gives one confirmed case to another
// assessor (optionally with a new due date), through the inspection workflow like the bulk assignment:
// route → Update reassignCase → activity reassignCase → command → event yji.inspection.case.reassigned,
// then the case workflow takes the new assessor (docs/architecture.md). Refused once the case is submitted.
import { CaseAssessmentState, CaseParams, ReassignBody } from '@yji/contracts';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { reassignCaseUpdate } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { leadDecisionRoute } from '../workflow/lead-decision-route.ts';
import type { Decide } from '../workflow/lead-decisions.ts';

export function registerReassignCase(app: App, db: InspectionDb, decide: Decide) {
  app.put(
    '/api/inspections/:id/cases/:caseRef/assignee',
    leadDecisionRoute(db, {
      tags: ['assignment'],
      summary: 'Reassign one case to another assessor on the team, optionally with a new due date',
      description:
        '404 for a case not in the confirmed sample; 422 not-an-assessor or cannot-assign (a conflict, or ' +
        'the assessor is at capacity); 409 once the case is submitted.',
      params: CaseParams,
      body: ReassignBody,
      response: { 200: CaseAssessmentState, ...errorResponses(404, 409, 422) },
    }),
    async (request) => {
      const { id, caseRef } = request.params;
      return decide(
        id,
        reassignCaseUpdate,
        { actor: actorOf(request), caseRef, ...request.body },
        request.headers['idempotency-key'],
      );
    },
  );
}
