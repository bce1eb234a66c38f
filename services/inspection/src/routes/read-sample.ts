// GET /api/inspections/:id/sample: the sample with each case's stratum and the reason it was picked.
import { InspectionIdParams, SampleView } from '@yji/contracts';
import { errorResponses, type App } from '@yji/service-kit';
import { LEAD, requireTeamRole } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { readSampleView } from '../views/sample-view.ts';

export function registerReadSample(app: App, db: InspectionDb) {
  app.get(
    '/api/inspections/:id/sample',
    {
      onRequest: requireTeamRole(db, LEAD),
      schema: {
        tags: ['sample'],
        summary: 'The sample: selected cases with stratum and reason, reserve, ineligible and excluded cases',
        description: 'Every read is audited.',
        params: InspectionIdParams,
        response: { 200: SampleView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      return readSampleView(db, request, request.params.id);
    },
  );
}
