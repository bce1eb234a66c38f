// GET /api/inspections/:id: the inspection's settings and where its lifecycle stands, for its team.
import type { Client } from '@temporalio/client';
import { InspectionView, problem } from '@yji/contracts';
import { errorResponses, HttpError, type App } from '@yji/service-kit';
import { ANY_MEMBER, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { toInspectionView } from '../views/inspection-view.ts';
import { inspectionState } from '../workflow/inspection-state.ts';

export function registerReadInspection(app: App, db: InspectionDb, temporal: Client, callTimeoutMs: number) {
  app.get(
    '/api/inspections/:id',
    teamRoute(db, ANY_MEMBER, {
      tags: ['inspections'],
      summary: "The inspection's settings and lifecycle phase; for members of its team",
      description:
        'Anyone not on the team is told 404, as for an inspection that does not exist. The phase of an ' +
        'inspection whose workflow has finished is the one it ended in, from the service’s own records once ' +
        'Temporal no longer holds the workflow; a running workflow no worker answers in time is 503 ' +
        'service-busy with Retry-After.',
      response: { 200: InspectionView, ...errorResponses(503) },
    }),
    async (request) => {
      const { id } = request.params;
      // Membership is stored with the inspection, so an inspection not yet recorded is not found by anyone.
      const record = await db.inspection.findUnique({ where: { id } });
      if (!record) throw new HttpError(problem('not-found', { what: 'inspection' }));
      return toInspectionView(record, await inspectionState(db, temporal, record, callTimeoutMs));
    },
  );
}
