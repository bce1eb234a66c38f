// PUT /api/inspections/:id/cases/:caseRef/assignee: the lead inspector reassigns one case, an Update on
// that case's workflow, refused once the case is submitted.
import type { Client } from '@temporalio/client';
import { CaseAssessmentState, CaseParams, problem, ReassignBody } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { planAssignments } from '@yji/domain';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { assignCaseUpdate, caseAssessmentStateQuery, caseAssessmentWorkflowId } from '@yji/workflows';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { refusalsAsHttp } from '../workflow/lead-decisions.ts';

export function registerReassignCase(app: App, db: InspectionDb, temporal: Client) {
  app.put(
    '/api/inspections/:id/cases/:caseRef/assignee',
    teamRoute(db, LEAD, {
      tags: ['assignment'],
      summary: 'Reassign one case to another assessor on the team, optionally with a new due date',
      description:
        '422 not-an-assessor or cannot-assign (a conflict, or the assessor is at capacity); 409 once the ' +
        'case is submitted.',
      params: CaseParams,
      body: ReassignBody,
      response: { 200: CaseAssessmentState, ...errorResponses(409, 422) },
    }),
    async (request) => {
      const { id, caseRef } = request.params;
      const sampled = await db.sampledCase.findUnique({
        where: { inspectionId_caseRef: { inspectionId: id, caseRef } },
      });
      if (!sampled || sampled.withdrawnAt) throw new HttpError(problem('not-found', { what: 'case' }));
      const { assigneeId } = request.body;
      const member = await db.teamMember.findFirst({
        where: { inspectionId: id, userId: assigneeId, role: { in: ['inspector', 'local-assessor'] } },
      });
      if (!member) throw new HttpError(problem('not-an-assessor'));
      const load = await db.sampledCase.count({ where: { inspectionId: id, assigneeId, withdrawnAt: null } });
      const assessor = {
        userId: assigneeId,
        capacity: member.capacity ?? undefined,
        currentLoad: load,
        conflicts: member.conflicts,
      };
      if (planAssignments([caseRef], [assessor]).unassigned.length) {
        throw new HttpError(problem('cannot-assign'));
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
          actor: actorOf(request),
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
}
