// POST /api/inspections/:id/sample/exclusions: the lead inspector excludes a case with a reason and gets
// its replacement from the same stratum's reserve.
import type { Client } from '@temporalio/client';
import { ExcludeCaseBody, problem, SampleView } from '@yji/contracts';
import { replaceExcludedCase } from '@yji/domain';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import {
  caseAssessmentWorkflowId,
  excludeCaseUpdate,
  inspectionStateQuery,
  withdrawCaseUpdate,
} from '@yji/workflows';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { loadSample } from '../store/sample-store.ts';
import { readSampleView } from '../views/sample-view.ts';
import { refusalsAsHttp } from '../workflow/lead-decisions.ts';

export function registerExcludeCase(app: App, db: InspectionDb, temporal: Client) {
  app.post(
    '/api/inspections/:id/sample/exclusions',
    teamRoute(db, LEAD, {
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
      // In fieldwork the case's assessment is withdrawn first; its workflow refuses if it was submitted.
      const { phase } = await temporal.workflow.getHandle(id).query(inspectionStateQuery);
      const sampled =
        phase === 'fieldwork'
          ? await db.sampledCase.findUnique({
              where: { inspectionId_caseRef: { inspectionId: id, caseRef } },
            })
          : null;
      if (sampled && !sampled.withdrawnAt) {
        // Withdrawing cannot be undone, so first make sure the exclusion itself would be accepted.
        const stored = await loadSample(db, id);
        const trial = stored && replaceExcludedCase(stored.result, { caseId: caseRef, reason });
        if (trial && !trial.ok)
          throw new HttpError(problem(trial.error.code, { reason: trial.error.message }));
        await refusalsAsHttp(
          temporal.workflow
            .getHandle(caseAssessmentWorkflowId(sampled.taskId))
            .executeUpdate(withdrawCaseUpdate),
        );
      }
      await refusalsAsHttp(
        temporal.workflow
          .getHandle(id)
          .executeUpdate(excludeCaseUpdate, { args: [{ actor: actorOf(request), caseRef, reason }] }),
      );
      return readSampleView(db, request, id);
    },
  );
}
