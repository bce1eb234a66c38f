// POST /api/inspections starts an inspection; GET /api/inspections/:id shows it to its team.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { CreatedInspection, CreateInspectionBody, InspectionIdParams } from '@yji/contracts';
import { frameworkSelectionProblems } from '@yji/domain';
import { HttpError, notFound, requireRole, type App } from '@yji/service-kit';
import { INSPECTION_WORKFLOW, inspectionRecordedUpdate, inspectionStateQuery } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { toInspectionView } from './inspection-view.ts';
import { ANY_MEMBER, requireTeamRole } from './access.ts';

const RECORDED_WAIT_MS = 10_000;

export interface RoutesDeps {
  db: InspectionDb;
  temporal: Client;
  taskQueue: string;
}

export function registerInspectionRoutes(app: App, { db, temporal, taskQueue }: RoutesDeps) {
  app.post(
    '/api/inspections',
    {
      onRequest: requireRole('lead-inspector'),
      schema: { body: CreateInspectionBody, response: { 201: CreatedInspection, 202: CreatedInspection } },
    },
    async (request, reply) => {
      const problems = frameworkSelectionProblems(request.body.frameworks);
      if (problems.length) {
        const details = problems.map(({ field, message }) => ({
          field: `body.frameworks.${field}`,
          message,
        }));
        throw new HttpError(
          400,
          'invalid-request',
          details.map((d) => `${d.field}: ${d.message}`).join('; '),
          details,
        );
      }
      const id = randomUUID();
      const handle = await temporal.workflow.start(INSPECTION_WORKFLOW, {
        workflowId: id,
        taskQueue,
        args: [{ inspectionId: id, leadInspectorId: request.principal!.userId, ...request.body }],
      });
      // Answer once the inspection is stored, so the lead can read it straight away; if the worker is slow
      // to get to it, say it was accepted rather than hold the request open.
      const recorded = await Promise.race([
        handle.executeUpdate(inspectionRecordedUpdate).then(() => true),
        delay(RECORDED_WAIT_MS).then(() => false),
      ]);
      return reply.status(recorded ? 201 : 202).send({ id });
    },
  );

  app.get('/api/inspections/:id', { schema: { params: InspectionIdParams } }, async (request) => {
    const { id } = request.params;
    // Membership is stored with the inspection, so an inspection not yet recorded is not found by anyone.
    const record = await db.inspection.findUnique({ where: { id } });
    if (!record) throw notFound('inspection');
    await requireTeamRole(db, id, request.principal!, ANY_MEMBER);
    const workflow = await temporal.workflow.getHandle(id).query(inspectionStateQuery);
    return toInspectionView(record, workflow);
  });
}
