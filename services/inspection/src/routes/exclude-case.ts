// POST /api/inspections/:id/sample/exclusions: the lead inspector excludes a case with a reason and gets
// its replacement from the same stratum's reserve. The inspection workflow carries it out (in fieldwork it
// withdraws the case's assessment first): route → Update excludeCase → activities checkExclusion,
// excludeCase → commands → event yji.inspection.case.excluded (docs/architecture.md).
import { ExcludeCaseBody, SampleView } from '@yji/contracts';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { excludeCaseUpdate } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { readSampleView } from '../views/sample-view.ts';
import { leadDecisionRoute } from '../workflow/lead-decision-route.ts';
import type { Decide } from '../workflow/lead-decisions.ts';

export function registerExcludeCase(app: App, db: InspectionDb, decide: Decide) {
  app.post(
    '/api/inspections/:id/sample/exclusions',
    leadDecisionRoute(db, {
      tags: ['sample'],
      summary: 'Exclude a case from the sample with a reason; its replacement comes from the same stratum',
      description:
        'In fieldwork the case assessment is withdrawn first (refused once submitted). A case not in the ' +
        'sample, or a stratum whose reserve is empty, answers 409 with the reason.',
      body: ExcludeCaseBody,
      response: { 200: SampleView, ...errorResponses(409) },
    }),
    async (request) => {
      const { id } = request.params;
      const { caseRef, reason } = request.body;
      await decide(
        id,
        excludeCaseUpdate,
        { actor: actorOf(request), caseRef, reason },
        request.headers['idempotency-key'],
      );
      return readSampleView(db, request, id);
    },
  );
}
