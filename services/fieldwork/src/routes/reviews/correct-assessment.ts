// POST /api/fieldwork/reviews/:taskId/correction: the lead inspector reopens an approved assessment for a
// correction, with a recorded reason; the ratings hear that its approval no longer stands.
import { CorrectionBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';

export function registerCorrectAssessment(app: App, db: FieldworkDb) {
  registerReviewMove(app, db, {
    path: 'correction',
    roles: ['lead-inspector'],
    summary: 'Reopen an approved assessment for correction, with a reason',
    description:
      'Only the lead inspector, only on an approved case. The assessor revises and resubmits; the ' +
      'resubmission is reviewed (by the reviewer who approved it, if any).',
    body: CorrectionBody,
    toMove: ({ reason }) => ({ type: 'correct', reason }),
  });
}
