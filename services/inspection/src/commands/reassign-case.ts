// Records a confirmed case's new assessor, with the domain's rule for conflicts and capacity, and publishes
// it; the inspection workflow then hands the case to them. Idempotent: the same assessor again changes
// nothing and publishes nothing.
import { caseReassigned, problem, reassignCase } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { caseDueAt } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { scheduleOf } from '../store/inspection-record.ts';
import { assessorsOf, holdTeam, requireMayTake } from './assignment-rules.ts';
import { auditDecision, requireInspection, inspectionCommand } from './decision-support.ts';

export const reassignCaseHandler = inspectionCommand(reassignCase, (db, command) =>
  db.$transaction(async (tx) => {
    const { inspectionId, actor, caseRef, assigneeId } = command;
    await holdTeam(tx, inspectionId);
    const inspection = await requireInspection(tx, inspectionId);
    const sampled = await tx.sampledCase.findUnique({
      where: { inspectionId_caseRef: { inspectionId, caseRef } },
    });
    if (!sampled || sampled.withdrawnAt) throw new CommandRejected(problem('not-found', { what: 'case' }));
    if (sampled.assigneeId !== assigneeId) {
      const open = await tx.sampledCase.findMany({ where: { inspectionId, withdrawnAt: null } });
      requireMayTake(await assessorsOf(tx, inspectionId, open), sampled, assigneeId);
      await tx.sampledCase.update({
        where: { inspectionId_caseRef: { inspectionId, caseRef } },
        data: { assigneeId },
      });
      await auditDecision(tx, actor, inspectionId, 'case.reassigned', caseRef, { details: { assigneeId } });
      await appendToOutbox(tx, caseReassigned.subject, {
        inspectionId,
        caseRef,
        taskId: sampled.taskId,
        assigneeId,
      });
    }
    return { taskId: sampled.taskId, dueAt: caseDueAt(scheduleOf(inspection)) };
  }),
);
