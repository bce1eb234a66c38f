// POST /api/fieldwork/reviews/:taskId/correction: the lead inspector reopens an approved assessment for a
// correction, with a recorded reason; the ratings hear that its approval no longer stands. Only while the
// case's assessor is still an assessor on the team (domain qa/review-states.ts): they alone revise it.
import { CorrectionBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import { namedTeamMember } from '../../access/team-member.ts';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';

export function registerCorrectAssessment(app: App, db: FieldworkDb) {
  registerReviewMove(app, db, {
    path: 'correction',
    roles: ['lead-inspector'],
    summary: 'Reopen an approved assessment for correction, with a reason',
    description:
      'Only the lead inspector, only on an approved case, and only while its assessor holds an assessor ' +
      'role on the team (409 assessor-off-team: nobody else may revise it). The assessor revises and ' +
      'resubmits; the resubmission is reviewed (by the reviewer who approved it, if any).',
    body: CorrectionBody,
    toMove: async ({ reason }, { task }) => ({
      type: 'correct',
      reason,
      assessor: await namedTeamMember(db, task.inspectionId, task.review.assessorId),
    }),
  });
}
