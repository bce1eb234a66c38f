// POST /api/inspections starts an inspection; GET /api/inspections/:id shows it.
import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { CreatedInspection, CreateInspectionBody, InspectionIdParams } from '@yji/contracts';
import { frameworkSelectionProblems } from '@yji/domain';
import { HttpError, notFound, type App } from '@yji/service-kit';
import { INSPECTION_WORKFLOW, inspectionStateQuery } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';
import { toInspectionView } from './inspection-view.ts';

export interface InspectionRoutesDeps {
  db: InspectionDb;
  temporal: Client;
  taskQueue: string;
}

export function registerInspectionRoutes(app: App, { db, temporal, taskQueue }: InspectionRoutesDeps) {
  app.post(
    '/api/inspections',
    { schema: { body: CreateInspectionBody, response: { 201: CreatedInspection } } },
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
      await temporal.workflow.start(INSPECTION_WORKFLOW, {
        workflowId: id,
        taskQueue,
        args: [{ inspectionId: id, ...request.body }],
      });
      return reply.status(201).send({ id });
    },
  );

  app.get('/api/inspections/:id', { schema: { params: InspectionIdParams } }, async (request) => {
    const { id } = request.params;
    const record = await db.inspection.findUnique({ where: { id } });
    try {
      const workflow = await temporal.workflow.getHandle(id).query(inspectionStateQuery);
      return toInspectionView(id, record, workflow);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw notFound('inspection');
      throw error;
    }
  });
}
