// POST /api/ratings/inspections/:id/approval: the panel chair approves the whole set, as the ratings panel
// workflow's Update. Four eyes are checked here first (the lead inspector, a proposer or a correction's
// author is refused 403), then by the workflow, then by the command that stores the set. Sent again with the
// same Idempotency-Key (a chair whose answer was lost), it is the same Update, answered with the same set; the
// key with another request (another basis, or a decision's key) is refused (service-kit keyedDecisionRoute).
import { ApprovalBody, FinalRatingsView, problem } from '@yji/contracts';
import {
  actorOf,
  errorResponses,
  HttpError,
  keyedDecisionRoute,
  type App,
  type Decide,
} from '@yji/service-kit';
import { approveRatingsUpdate } from '@yji/workflows';
import { CHAIR, panelRoute } from '../access/panel-access.ts';
import type { RatingsDb } from '../db.ts';
import { finalRatingsView } from '../panel/final-ratings.ts';
import { approvalBasisOf } from '../panel/approval-basis.ts';
import { approvalRefusal } from '../panel/four-eyes.ts';
import { loadPanelRatings } from '../panel/panel-ratings.ts';

export function registerApproveRatings(app: App, db: RatingsDb, decide: Decide) {
  app.post(
    '/api/ratings/inspections/:id/approval',
    keyedDecisionRoute(
      db,
      panelRoute(db, CHAIR, {
        summary:
          'The chair approves the final ratings; they never change after (a correction supersedes them)',
        description:
          "The body names the pack's approvalBasis: ratings changed since the pack was read answer 409 " +
          'ratings-changed, and nothing is approved (without it, the set as it stands is approved). Standards ' +
          'still to decide answer 409 undecided-standards; a case reopened for correction and not yet approved ' +
          'again, 409 cases-reopened; a case quality assurance approved whose judgements have not reached the ' +
          'ratings service yet, or reopened whose judgements still count here, 409 judgements-pending (the ' +
          'fieldwork service is asked; while it does not answer ' +
          'the approval is retried); a chair who proposed, or is the lead inspector, or recorded a correction ' +
          'waiting for approval, 403 four-eyes.',
        // No body at all is a request without a basis (Fastify gives it as null).
        body: ApprovalBody.nullish(),
        response: { 200: FinalRatingsView, ...errorResponses(202, 409) },
      }),
    ),
    async (request) => {
      const { id } = request.params;
      const actor = actorOf(request);
      const ratings = await loadPanelRatings(db, id);
      if (!ratings) throw new HttpError(problem('panel-not-open'));
      const refusal = approvalRefusal(ratings, actor.userId);
      if (refusal) throw new HttpError(problem('four-eyes', { reason: refusal }));
      const basis = request.body?.basis;
      // Asked again by the command, in the panel's turn: a change may land between here and there.
      if (basis !== undefined && basis !== approvalBasisOf(ratings))
        throw new HttpError(problem('ratings-changed'));
      const { setId } = await decide(
        id,
        approveRatingsUpdate,
        { actor, ...(basis === undefined ? {} : { basis }) },
        request.headers['idempotency-key'],
      );
      const set = await db.finalRatingSet.findUniqueOrThrow({
        where: { id: setId },
        include: { standards: true },
      });
      return finalRatingsView(set);
    },
  );
}
