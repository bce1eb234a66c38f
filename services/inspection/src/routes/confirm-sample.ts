// POST /api/inspections/:id/sample/confirm: the lead inspector confirms the sample; fieldwork begins, with
// one case assessment workflow per case.
import { IdempotencyKeyHeaders, SampleConfirmed } from '@yji/contracts';
import {
  actorOf,
  errorResponses,
  refuseReusedKey,
  REQUEST_KEY_DESCRIPTION,
  type App,
} from '@yji/service-kit';
import { confirmSampleUpdate } from '@yji/workflows';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { decisionResponses, type Decide } from '../workflow/lead-decisions.ts';

export function registerConfirmSample(app: App, db: InspectionDb, decide: Decide) {
  app.post(
    '/api/inspections/:id/sample/confirm',
    teamRoute(db, LEAD, {
      tags: ['sample'],
      summary: 'Confirm the sample: fieldwork begins, with a case assessment per sampled case',
      description: `No body. A sample already confirmed, or none drawn, answers 409. ${REQUEST_KEY_DESCRIPTION}`,
      headers: IdempotencyKeyHeaders,
      response: { 200: SampleConfirmed, ...errorResponses(409), ...decisionResponses() },
    }),
    async (request) => {
      await refuseReusedKey(db.requestKey, request);
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
