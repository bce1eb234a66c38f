// POST /api/fieldwork/reviews/:taskId/release: the reviewer gives a claimed case back to the queue.
import { ReviewMoveBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';

export function registerReleaseReview(app: App, db: FieldworkDb) {
  registerReviewMove(app, db, {
    path: 'release',
    roles: ['qa-reviewer'],
    summary: 'Release a claimed case back to the queue',
    description:
      'Only the reviewer who claimed it. A first review goes to whoever claims it next; a resubmission stays ' +
      'with its reviewer until the lead inspector reassigns it.',
    body: ReviewMoveBody,
    toMove: () => ({ type: 'release' }),
  });
}
