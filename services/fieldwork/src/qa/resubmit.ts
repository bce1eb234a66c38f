// The assessor resubmits a case they revised after a return or a correction. The case assessment workflow
// ended with the first submission, so the service locks the task itself, in one transaction with the new
// version and the review's move back to QA; a save that moved the draft on meanwhile makes it stale.
import { problem } from '@yji/contracts';
import type { AuditActor } from '@yji/db';
import { HttpError, refuseIfPurged } from '@yji/service-kit';
import { auditTask } from '../audit/audit-task.ts';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask } from '../generated/prisma/client.ts';
import { refuseIfInvalidUnderLock } from '../tasks/stored-assessment.ts';
import { lockReview } from './apply-review-move.ts';
import { routeResubmission } from './route-submission.ts';

export function resubmitAssessment(db: FieldworkDb, task: CaseTask, version: number, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    // The version kept is the draft read before this transaction: kept only if no purge has committed since.
    await refuseIfPurged(tx, task.inspectionId, HttpError);
    const { count } = await tx.caseTask.updateMany({
      where: { id: task.id, version, state: 'revising' },
      data: { state: 'submitted', submittedAt: new Date() },
    });
    if (count === 0) {
      const current = await tx.caseTask.findUniqueOrThrow({ where: { id: task.id } });
      throw new HttpError(problem('stale-version', { current: current.version }));
    }
    // The row is locked now: the rules again, with the interview as it is (recorded since the route's check,
    // it keeps the version).
    await refuseIfInvalidUnderLock(tx, task, HttpError);
    // Locked as every review move locks it: a reassignment of its reviewer at the same moment comes before or
    // after this, never beside it with the same version.
    await lockReview(tx, task.id);
    const review = await tx.caseReview.findUnique({ where: { taskId: task.id } });
    if (!review)
      throw new HttpError(problem('review-not-open', { reason: 'the case has no review to resubmit to' }));
    const updated = await routeResubmission(tx, { ...task, state: 'submitted' }, review, actor);
    await auditTask(tx, actor, task, 'task.submitted', { version, round: updated.round });
    return updated;
  });
}
