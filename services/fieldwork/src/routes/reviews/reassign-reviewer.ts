// POST /api/fieldwork/reviews/:taskId/reviewer: the lead inspector gives a case to another QA reviewer.
import { ReassignReviewerBody } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import { namedTeamMember } from '../../access/team-member.ts';
import type { FieldworkDb } from '../../db.ts';
import { registerReviewMove } from '../../qa/review-move-route.ts';

export function registerReassignReviewer(app: App, db: FieldworkDb) {
  registerReviewMove(app, db, {
    path: 'reviewer',
    roles: ['lead-inspector'],
    summary: 'Give the case to another QA reviewer',
    description:
      'Only the lead inspector; the new reviewer must hold the QA role on the team and must not be the ' +
      'assessor. A review under way goes back to waiting, for the new reviewer.',
    body: ReassignReviewerBody,
    toMove: async ({ reviewerId }, { task }) => ({
      type: 'reassign-reviewer',
      reviewer: await namedTeamMember(db, task.inspectionId, reviewerId),
    }),
  });
}
