// GET /api/inspections/:id/sample: the sample with each case's stratum and the reason it was picked.
import { SampleView } from '@yji/contracts';
import { type App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { readSampleView } from '../views/sample-view.ts';

export function registerReadSample(app: App, db: InspectionDb) {
  app.get(
    '/api/inspections/:id/sample',
    teamRoute(db, LEAD, {
      tags: ['sample'],
      summary: 'The sample: selected cases with stratum and reason, reserve, ineligible and excluded cases',
      description: 'Every read is audited.',
      response: { 200: SampleView },
    }),
    async (request) => {
      return readSampleView(db, request, request.params.id);
    },
  );
}
