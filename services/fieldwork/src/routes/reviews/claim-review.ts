// POST /api/fieldwork/reviews/:taskId/claim: a QA reviewer takes a case from the queue (domain start-review);
// the claim's deadline timers start with it (remind the reviewer, then tell the lead inspector).
import { ReviewMoveBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';
import { startReviewDeadline, type ReviewDeadlineClock } from '../../qa/review-deadline-workflow.ts';

export function registerClaimReview(app: App, db: FieldworkDb, clock: ReviewDeadlineClock) {
  registerReviewMove(app, db, {
    path: 'claim',
    roles: ['qa-reviewer'],
    summary: 'Claim a case waiting for QA',
    description:
      'Only a QA reviewer on the inspection’s team, never on their own assessment; a resubmitted case only ' +
      'by the reviewer who returned it (unless the lead inspector reassigned it).',
    body: ReviewMoveBody,
    toMove: () => ({ type: 'start-review' }),
    alongside: (review) => startReviewDeadline(clock, review),
  });
}
