// POST /api/fieldwork/tasks/:taskId/revise: the assessor takes back a returned assessment to revise it; the
// draft reopens (with the reviewer's comments beside the questions, GET /tasks/:taskId) until resubmitted.
import { ASSESSOR_ROLES, problem, ReviewMoved } from '@yji/contracts';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { ownTask, taskRoute } from '../access/task-access.ts';
import { teamMemberOf } from '../access/team-member.ts';
import type { FieldworkDb } from '../db.ts';
import { applyReviewMove } from '../qa/apply-review-move.ts';
import { toReviewSummary } from '../qa/review-views.ts';

export function registerReviseAssessment(app: App, db: FieldworkDb) {
  app.post(
    '/api/fieldwork/tasks/:taskId/revise',
    taskRoute(ASSESSOR_ROLES, {
      summary: 'Reopen a returned assessment to revise it',
      description:
        'Only the assigned assessor, only once QA has returned it (409 review-not-open otherwise). The ' +
        'draft can then be saved and resubmitted; the resubmission goes back to the same reviewer.',
      response: { 200: ReviewMoved, ...errorResponses(409) },
    }),
    async (request) => {
      const task = await ownTask(db, request.principal, request.params.taskId);
      const review = await db.caseReview.findUnique({ where: { taskId: task.id } });
      if (!review) throw new HttpError(problem('review-not-open', { reason: 'the case is not in QA' }));
      const moved = await applyReviewMove(db, {
        taskId: task.id,
        version: review.version,
        move: { type: 'reopen' },
        member: await teamMemberOf(db, request.principal, task.inspectionId),
        actor: actorOf(request),
      });
      return toReviewSummary(moved.task, moved.review);
    },
  );
}
