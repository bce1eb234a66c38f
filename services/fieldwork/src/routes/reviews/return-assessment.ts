// POST /api/fieldwork/reviews/:taskId/return: the reviewer returns the assessment with a written reason and
// optional comments per question, which the assessor sees beside the questions while revising.
import { ReturnBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';

export function registerReturnAssessment(app: App, db: FieldworkDb) {
  registerReviewMove(app, db, {
    path: 'return',
    roles: ['qa-reviewer'],
    summary: 'Return the assessment to its assessor with a reason (and comments per question)',
    description:
      'Only the reviewer who claimed it; a blind review needs the reviewer’s own judgements first. The ' +
      'resubmission comes back to the same reviewer.',
    body: ReturnBody,
    toMove: ({ reason, comments }) => ({ type: 'return', reason, comments }),
  });
}
