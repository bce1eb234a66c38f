// The chair's approval of the whole set, for the ratings panel workflow. Four eyes, held here as in the
// workflow: the chair is on the team as chair, is not the lead inspector, proposed nothing and recorded no
// correction waiting for approval. Every standard flagged or unrated must have the panel's decision, and no
// sampled case may be reopened (out of the figures until approved again) nor approved or reopened by quality
// assurance without this service having heard (panel/judgements-pending.ts); a chair who named the set they saw
// (its approval basis) approves that set or none. The set is stored once (its id comes from the workflow),
// with the event for publication in the same transaction.
import { approveRatings, problem, ratingsApproved } from '@yji/contracts';
import { RATINGS_RULES_VERSION } from '@yji/domain';
import { appendToOutbox } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { refuseIfPurged } from '@yji/service-kit';
import { auditPanel } from '../audit/audit-panel.ts';
import { latestSet } from '../panel/latest-set.ts';
import { finalRatingsView, finalStandardsOf, publishedCaseJudgements } from '../panel/final-ratings.ts';
import { approvalRefusal, pendingCorrections } from '../panel/four-eyes.ts';
import { loadPanelRatings, stillToDecide } from '../panel/panel-ratings.ts';
import { approvalBasisOf } from '../panel/approval-basis.ts';
import { approvedCasesOf, refuseIfJudgementsPending } from '../panel/judgements-pending.ts';
import { takePanelTurn } from '../panel/panel-turn.ts';
import { ratingsCommandAsking } from './ratings-command.ts';

const withStandards = { standards: true } as const;

export const approveRatingsHandler = ratingsCommandAsking(approveRatings, async ({ db, nc }, command) => {
  const { inspectionId, actor, setId, basis } = command;
  // Asked before the panel's turn is taken, so no lock waits on the fieldwork service; a case it approves
  // meanwhile is approved after the chair's approval, as one approved a moment later would be.
  const approved = await approvedCasesOf(nc, inspectionId);
  const set = await db.$transaction(async (tx) => {
    // The panel's turn: a proposal or a setting saved meanwhile is in the set read here, or waits and then
    // finds the set approved (panel-turn.ts).
    await takePanelTurn(tx, inspectionId);
    // A retry of an attempt that stored the set (its answer lost, or still committing when the retry came:
    // the turn waited for it) is answered with that set, never refused as approved already.
    const repeat = await tx.finalRatingSet.findUnique({ where: { id: setId } });
    if (repeat) return repeat;
    // After the retention purge no set is approved: it would record the rationales again.
    await refuseIfPurged(tx, inspectionId, CommandRejected);
    const ratings = await loadPanelRatings(tx, inspectionId);
    if (!ratings) throw new CommandRejected(problem('panel-not-open'));
    const chair = await tx.teamMembership.findFirst({
      where: { inspectionId, userId: actor.userId, role: 'panel-chair' },
    });
    if (!chair || !actor.roles.includes('panel-chair'))
      throw new CommandRejected(problem('forbidden', { needs: "the inspection's panel chair" }));
    const previous = await latestSet(tx, inspectionId);
    const refusal = approvalRefusal(ratings, actor.userId);
    if (refusal) throw new CommandRejected(problem('four-eyes', { reason: refusal }));
    const pending = pendingCorrections(ratings);
    if (previous && pending.length === 0) throw new CommandRejected(problem('ratings-approved'));

    // A reopened case is out of the figures until approved again: approving now would rate a partial sample.
    if (ratings.cases.reopened)
      throw new CommandRejected(problem('cases-reopened', { cases: ratings.cases.reopened }));
    await refuseIfJudgementsPending(tx, inspectionId, approved);
    const undecided = stillToDecide(ratings);
    if (undecided.length || ratings.decided.score === null || ratings.decided.overall === null)
      throw new CommandRejected(problem('undecided-standards', { standards: undecided }));
    if (basis !== undefined && basis !== approvalBasisOf(ratings))
      throw new CommandRejected(problem('ratings-changed'));

    const stored = await tx.finalRatingSet.create({
      data: {
        id: setId,
        inspectionId,
        supersedes: previous?.id ?? null,
        approvedBy: actor.userId,
        rulesVersion: RATINGS_RULES_VERSION,
        score: ratings.decided.score,
        maxScore: ratings.decided.maxScore,
        overall: ratings.decided.overall,
        thresholdTable: ratings.decided.thresholds.id,
        caseJudgements: publishedCaseJudgements(ratings),
        standards: { create: finalStandardsOf(ratings) },
      },
      include: withStandards,
    });
    // The corrections this set takes in no longer wait for the chair.
    await tx.panelDecision.updateMany({
      where: { inspectionId, correction: true },
      data: { correction: false },
    });
    await appendToOutbox(tx, ratingsApproved.subject, finalRatingsView(stored));
    await auditPanel(tx, actor, inspectionId, 'ratings.approved', {
      setId,
      supersedes: previous?.id ?? null,
      overall: stored.overall,
      score: stored.score,
    });
    return stored;
  });
  return { setId, supersedes: set.supersedes, overall: set.overall, score: set.score };
});
