// Assigns confirmed cases to the team's assessors, automatically (balanced) or as the lead inspector says,
// with the domain's rule for conflicts and capacity.
import { problem, planAssignments } from '@yji/contracts';
import { caseDueAt, planAssignments as planDomainAssignments } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { scheduleOf } from '../store/inspection-record.ts';
import { assessorsOf, holdTeam, takeCase } from './assignment-rules.ts';
import { auditDecision, requireInspection, inspectionCommand } from './decision-support.ts';

export const planAssignmentsHandler = inspectionCommand(planAssignments, (db, command) =>
  db.$transaction(async (tx) => {
    const { inspectionId, actor, request } = command;
    await holdTeam(tx, inspectionId);
    const inspection = await requireInspection(tx, inspectionId);
    const cases = await tx.sampledCase.findMany({
      where: { inspectionId, withdrawnAt: null },
      orderBy: { caseRef: 'asc' },
    });
    const assessors = await assessorsOf(tx, inspectionId, cases);
    let unassigned: { caseRef: string; reason: string }[] = [];
    if (request.mode === 'auto') {
      const plan = planDomainAssignments(
        cases.filter((entry) => !entry.assigneeId).map((entry) => entry.caseRef),
        assessors,
      );
      unassigned = plan.unassigned;
      for (const { caseRef, userId } of plan.assignments) {
        await tx.sampledCase.update({
          where: { inspectionId_caseRef: { inspectionId, caseRef } },
          data: { assigneeId: userId },
        });
      }
    } else {
      for (const { caseRef, assigneeId } of request.assignments) {
        const entry = cases.find((candidate) => candidate.caseRef === caseRef);
        if (!entry) throw new CommandRejected(problem('not-sampled'));
        takeCase(assessors, entry, assigneeId);
        await tx.sampledCase.update({
          where: { inspectionId_caseRef: { inspectionId, caseRef } },
          data: { assigneeId },
        });
      }
    }
    await auditDecision(tx, actor, inspectionId, 'cases.assigned', inspectionId, {
      details: { mode: request.mode },
    });
    const dueAt = caseDueAt(scheduleOf(inspection));
    const assigned = await tx.sampledCase.findMany({
      where: { inspectionId, withdrawnAt: null, assigneeId: { not: null } },
      orderBy: { caseRef: 'asc' },
    });
    // Every current assignment, not only this run's: a retried activity must hand the workflow the same plan.
    return {
      assignments: assigned.map(({ caseRef, taskId, assigneeId }) => ({
        caseRef,
        taskId,
        assigneeId: assigneeId!,
        dueAt,
      })),
      unassigned,
    };
  }),
);
