// POST /api/fieldwork/reviews/:taskId/claim: a QA reviewer takes a case from the queue (domain start-review).
import { ReviewMoveBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';

export function registerClaimReview(app: App, db: FieldworkDb) {
  registerReviewMove(app, db, {
    path: 'claim',
    roles: ['qa-reviewer'],
    summary: 'Claim a case waiting for QA',
    description:
      'Only a QA reviewer on the inspection’s team, never on their own assessment; a resubmitted case only ' +
      'by the reviewer who returned it (unless the lead inspector reassigned it).',
    body: ReviewMoveBody,
    toMove: () => ({ type: 'start-review' }),
  });
}
