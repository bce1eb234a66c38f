// POST /api/inspections/:id/sample/confirm: the lead inspector confirms the sample; fieldwork begins, with
// one case assessment workflow per case.
import { SampleConfirmed } from '@yji/contracts';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { confirmSampleUpdate } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { leadDecisionRoute } from '../workflow/lead-decision-route.ts';
import type { Decide } from '../workflow/lead-decisions.ts';

export function registerConfirmSample(app: App, db: InspectionDb, decide: Decide) {
  app.post(
    '/api/inspections/:id/sample/confirm',
    leadDecisionRoute(db, {
      tags: ['sample'],
      summary: 'Confirm the sample: fieldwork begins, with a case assessment per sampled case',
      description: 'No body. A sample already confirmed, or none drawn, answers 409.',
      response: { 200: SampleConfirmed, ...errorResponses(409) },
    }),
    async (request) => {
      const { phase, sample } = await decide(
        request.params.id,
        confirmSampleUpdate,
        { actor: actorOf(request) },
        request.headers['idempotency-key'],
      );
      return { phase, sample };
    },
  );
}
