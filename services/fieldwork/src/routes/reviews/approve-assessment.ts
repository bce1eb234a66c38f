// POST /api/fieldwork/reviews/:taskId/approve: the reviewer approves the assessment; the ratings hear of it
// (assessment.approved, from the outbox in the same transaction).
import { ReviewMoveBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';

export function registerApproveAssessment(app: App, db: FieldworkDb) {
  registerReviewMove(app, db, {
    path: 'approve',
    roles: ['qa-reviewer'],
    summary: 'Approve the assessment under review',
    description:
      'Only the reviewer who claimed it. A blind review needs the reviewer’s own key-question judgements ' +
      'first (409 blind-judgements-first). An approved assessment is final.',
    body: ReviewMoveBody,
    toMove: () => ({ type: 'approve' }),
  });
}
