// Who may see a case's review: the inspection's QA reviewers and lead inspector, and the case's own assessor.
// Anyone else is told 404, as for a case that does not exist. What each may do is the domain's to decide
// (qa/review-states.ts), given who they are on the team.
import { problem } from '@yji/contracts';
import type { TeamMember } from '@yji/domain';
import { HttpError, type Principal } from '@yji/service-kit';
import { holds, teamMemberOf } from '../access/team-member.ts';
import type { FieldworkDb } from '../db.ts';
import type { CaseReview, CaseTask } from '../generated/prisma/client.ts';

export type TaskWithReview = CaseTask & { review: CaseReview };

export interface ReviewAccess {
  task: TaskWithReview;
  member: TeamMember;
  /** The case's assessor, reading their own review. */
  own: boolean;
  lead: boolean;
  reviewer: boolean;
}

export async function visibleReview(
  db: FieldworkDb,
  principal: Principal,
  taskId: string,
): Promise<ReviewAccess> {
  const task = await db.caseTask.findUnique({ where: { id: taskId }, include: { review: true } });
  if (!task?.review) throw new HttpError(problem('not-found', { what: 'review' }));
  const member = await teamMemberOf(db, principal, task.inspectionId);
  const own =
    task.review.assessorId === principal.userId &&
    (holds(member, 'inspector') || holds(member, 'local-assessor'));
  const lead = holds(member, 'lead-inspector');
  const reviewer = holds(member, 'qa-reviewer');
  if (!own && !lead && !reviewer) throw new HttpError(problem('not-found', { what: 'review' }));
  return { task: { ...task, review: task.review }, member, own, lead, reviewer };
}
