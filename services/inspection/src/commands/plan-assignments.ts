// Assigns confirmed cases to the team's assessors, automatically (balanced) or as the lead inspector says,
// with the domain's rule for conflicts and capacity.
import { ASSESSOR_ROLES, problem, planAssignments } from '@yji/contracts';
import { caseDueAt, mayTakeCase, planAssignments as planDomainAssignments } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { scheduleOf } from '../store/inspection-record.ts';
import { auditDecision, requireInspection, inspectionCommand } from './decision-support.ts';

export const planAssignmentsHandler = inspectionCommand(planAssignments, (db, command) =>
  db.$transaction(async (tx) => {
    const { inspectionId, actor, request } = command;
    const inspection = await requireInspection(tx, inspectionId);
    const cases = await tx.sampledCase.findMany({
      where: { inspectionId, withdrawnAt: null },
      orderBy: { caseRef: 'asc' },
    });
    const team = await tx.teamMember.findMany({
      where: { inspectionId, role: { in: [...ASSESSOR_ROLES] } },
    });
    const loadOf = (userId: string) => cases.filter((entry) => entry.assigneeId === userId).length;
    const assessors = team.map((member) => ({
      userId: member.userId,
      capacity: member.capacity ?? undefined,
      currentLoad: loadOf(member.userId),
      conflicts: member.conflicts,
    }));
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
        const assessor = assessors.find((candidate) => candidate.userId === assigneeId);
        if (!assessor) throw new CommandRejected(problem('not-an-assessor'));
        if (!mayTakeCase(assessor, caseRef, entry.assigneeId)) {
          throw new CommandRejected(problem('cannot-assign'));
        }
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
