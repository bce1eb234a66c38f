// Assigning cases and following progress. Bulk assignment (automatic and balanced, or by hand) goes
// through the inspection workflow; reassigning one case is an Update on that case's workflow, refused
// once the case is submitted.
import { AssignmentRequest, CaseParams, InspectionIdParams, ReassignBody } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { planAssignments } from '@yji/domain';
import { auditActor, HttpError, notFound, type App } from '@yji/service-kit';
import {
  assignCasesUpdate,
  assignCaseUpdate,
  caseAssessmentStateQuery,
  caseAssessmentWorkflowId,
  inspectionProgressQuery,
} from '@yji/workflows';
import { LEAD, requireTeamRole } from './access.ts';
import { actorOf, refusalsAsHttp } from './workflow-calls.ts';
import type { RoutesDeps } from './inspections.ts';

export function registerAssignmentRoutes(app: App, { db, temporal }: RoutesDeps) {
  app.post(
    '/api/inspections/:id/assignments',
    { schema: { params: InspectionIdParams, body: AssignmentRequest } },
    async (request) => {
      const { id } = request.params;
      await requireTeamRole(db, id, request.principal!, LEAD);
      return refusalsAsHttp(
        temporal.workflow.getHandle(id).executeUpdate(assignCasesUpdate, {
          args: [
            {
              actor: actorOf(request),
              request: request.body,
            },
          ],
        }),
      );
    },
  );

  app.put(
    '/api/inspections/:id/cases/:caseRef/assignee',
    { schema: { params: CaseParams, body: ReassignBody } },
    async (request) => {
      const { id, caseRef } = request.params;
      await requireTeamRole(db, id, request.principal!, LEAD);
      const sampled = await db.sampledCase.findUnique({
        where: { inspectionId_caseRef: { inspectionId: id, caseRef } },
      });
      if (!sampled || sampled.withdrawnAt) throw notFound('case');
      const { assigneeId } = request.body;
      const member = await db.teamMember.findFirst({
        where: { inspectionId: id, userId: assigneeId, role: { in: ['inspector', 'local-assessor'] } },
      });
      if (!member)
        throw new HttpError(422, 'not-an-assessor', 'the new assignee is not an assessor on this inspection');
      const load = await db.sampledCase.count({ where: { inspectionId: id, assigneeId, withdrawnAt: null } });
      const assessor = {
        userId: assigneeId,
        capacity: member.capacity ?? undefined,
        currentLoad: load,
        conflicts: member.conflicts,
      };
      if (planAssignments([caseRef], [assessor]).unassigned.length) {
        throw new HttpError(
          422,
          'cannot-assign',
          'the new assignee has a conflict with this case or is at capacity',
        );
      }
      const inspection = await db.inspection.findUniqueOrThrow({ where: { id } });
      const current = await temporal.workflow
        .getHandle(caseAssessmentWorkflowId(sampled.taskId))
        .query(caseAssessmentStateQuery);
      const dueAt =
        request.body.dueAt ??
        current.dueAt ??
        new Date(inspection.fieldworkEnd ?? inspection.fieldworkStart).toISOString();
      const state = await refusalsAsHttp(
        temporal.workflow
          .getHandle(caseAssessmentWorkflowId(sampled.taskId))
          .executeUpdate(assignCaseUpdate, { args: [{ assigneeId, dueAt }] }),
      );
      await db.$transaction(async (tx) => {
        await tx.sampledCase.update({
          where: { inspectionId_caseRef: { inspectionId: id, caseRef } },
          data: { assigneeId },
        });
        await appendAudit(tx, {
          ...auditActor(request),
          action: 'case.reassigned',
          entityType: 'case',
          entityId: caseRef,
          inspectionId: id,
          details: { assigneeId },
        });
      });
      return state;
    },
  );

  app.get('/api/inspections/:id/progress', { schema: { params: InspectionIdParams } }, async (request) => {
    const { id } = request.params;
    await requireTeamRole(db, id, request.principal!, LEAD);
    const progress = await temporal.workflow.getHandle(id).query(inspectionProgressQuery);
    await db.$transaction((tx) =>
      appendAudit(tx, {
        ...auditActor(request),
        action: 'progress.read',
        entityType: 'inspection',
        entityId: id,
        inspectionId: id,
      }),
    );
    return progress;
  });
}
