// POST /api/inspections/:id/sample: the lead inspector draws the sample, or redraws it with a new seed
// before it is confirmed.
import { randomBytes } from 'node:crypto';
import { DrawSampleBody, SampleView } from '@yji/contracts';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { drawSampleUpdate } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { readSampleView } from '../views/sample-view.ts';
import { leadDecisionRoute } from '../workflow/lead-decision-route.ts';
import type { Decide } from '../workflow/lead-decisions.ts';

export function registerDrawSample(app: App, db: InspectionDb, decide: Decide) {
  app.post(
    '/api/inspections/:id/sample',
    leadDecisionRoute(db, {
      tags: ['sample'],
      summary: 'Draw the sample from the current long list, or redraw it with another seed',
      description:
        'The seed is recorded so the same sample can be drawn again; without one a fresh seed is picked. ' +
        'A confirmed sample cannot be redrawn (409).',
      body: DrawSampleBody,
      response: { 200: SampleView, ...errorResponses(409) },
    }),
    async (request) => {
      // A seed is recorded with the sample so it can be drawn again; without one, pick a fresh one.
      const seed = request.body.seed ?? randomBytes(8).toString('hex');
      await decide(
        request.params.id,
        drawSampleUpdate,
        { actor: actorOf(request), seed },
        request.headers['idempotency-key'],
      );
      return readSampleView(db, request, request.params.id);
    },
  );
}
