// POST /api/inspections/:id/sample/confirm: the lead inspector confirms the sample; fieldwork begins, with
// one case assessment workflow per case.
import type { Client } from '@temporalio/client';
import { InspectionIdParams, SampleConfirmed } from '@yji/contracts';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { confirmSampleUpdate } from '@yji/workflows';
import { LEAD, requireTeamRole } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { refusalsAsHttp } from '../workflow/lead-decisions.ts';

export function registerConfirmSample(app: App, db: InspectionDb, temporal: Client) {
  app.post(
    '/api/inspections/:id/sample/confirm',
    {
      onRequest: requireTeamRole(db, LEAD),
      schema: {
        tags: ['sample'],
        summary: 'Confirm the sample: fieldwork begins, with a case assessment per sampled case',
        description: 'No body. A sample already confirmed, or none drawn, answers 409.',
        params: InspectionIdParams,
        response: { 200: SampleConfirmed, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const state = await refusalsAsHttp(
        temporal.workflow
          .getHandle(id)
          .executeUpdate(confirmSampleUpdate, { args: [{ actor: actorOf(request) }] }),
      );
      return { phase: state.phase, sample: state.sample };
    },
  );
}
