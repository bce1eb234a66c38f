// The sample, for the lead inspector: draw (or redraw with a new seed) before confirmation, read it with
// each case's stratum and reason, exclude a case with a reason and get its replacement, confirm it.
// Reading the sample is reading case data, so every read is audited.
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DrawSampleBody, ExcludeCaseBody, InspectionIdParams } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { auditActor, HttpError, notFound, type App } from '@yji/service-kit';
import { replaceExcludedCase } from '@yji/domain';
import {
  caseAssessmentWorkflowId,
  confirmSampleUpdate,
  drawSampleUpdate,
  excludeCaseUpdate,
  inspectionStateQuery,
  withdrawCaseUpdate,
} from '@yji/workflows';
import { LEAD, requireTeamRole } from './access.ts';
import { actorOf, refusalsAsHttp } from './workflow-calls.ts';
import type { RoutesDeps } from './inspections.ts';
import { loadSample } from '../store/sample-store.ts';

export function registerSampleRoutes(app: App, { db, temporal }: RoutesDeps) {
  const readSample = async (request: FastifyRequest, inspectionId: string) => {
    const sample = await db.$transaction(async (tx) => {
      const found = await loadSample(tx, inspectionId);
      if (found) {
        await appendAudit(tx, {
          ...auditActor(request),
          action: 'sample.read',
          entityType: 'sample',
          entityId: inspectionId,
          inspectionId,
        });
      }
      return found;
    });
    if (!sample) throw notFound('sample');
    const { result } = sample;
    return {
      seed: sample.seed,
      confirmed: sample.confirmedAt !== null,
      selected: result.selected.map(({ caseId, stratum, side, reason }) => ({
        caseRef: caseId,
        stratum,
        side,
        reason,
      })),
      reserve: result.reserve.map(({ caseId, stratum }) => ({ caseRef: caseId, stratum })),
      ineligible: result.ineligible.map(({ caseId, reason }) => ({ caseRef: caseId, reason })),
      excluded: result.excluded.map(({ caseId, stratum, reason, replacedBy }) => ({
        caseRef: caseId,
        stratum,
        reason,
        replacedBy,
      })),
      summary: result.summary,
      warnings: result.warnings,
    };
  };

  app.post(
    '/api/inspections/:id/sample',
    { schema: { params: InspectionIdParams, body: DrawSampleBody } },
    async (request) => {
      const { id } = request.params;
      await requireTeamRole(db, id, request.principal!, LEAD);
      // A seed is recorded with the sample so it can be drawn again; without one, pick a fresh one.
      const seed = request.body.seed ?? randomBytes(8).toString('hex');
      await refusalsAsHttp(
        temporal.workflow
          .getHandle(id)
          .executeUpdate(drawSampleUpdate, { args: [{ actor: actorOf(request), seed }] }),
      );
      return readSample(request, id);
    },
  );

  app.get('/api/inspections/:id/sample', { schema: { params: InspectionIdParams } }, async (request) => {
    await requireTeamRole(db, request.params.id, request.principal!, LEAD);
    return readSample(request, request.params.id);
  });

  app.post(
    '/api/inspections/:id/sample/exclusions',
    { schema: { params: InspectionIdParams, body: ExcludeCaseBody } },
    async (request) => {
      const { id } = request.params;
      await requireTeamRole(db, id, request.principal!, LEAD);
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
        if (trial && !trial.ok) throw new HttpError(409, trial.error.code, trial.error.message);
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
      return readSample(request, id);
    },
  );

  app.post(
    '/api/inspections/:id/sample/confirm',
    { schema: { params: InspectionIdParams } },
    async (request) => {
      const { id } = request.params;
      await requireTeamRole(db, id, request.principal!, LEAD);
      const state = await refusalsAsHttp(
        temporal.workflow
          .getHandle(id)
          .executeUpdate(confirmSampleUpdate, { args: [{ actor: actorOf(request) }] }),
      );
      return { phase: state.phase, sample: state.sample };
    },
  );
}
