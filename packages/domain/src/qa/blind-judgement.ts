// Decision (docs/domain.md, decisions: "A blind judgement is its reviewer's"): in a blind review the reviewer
// records their own key-question judgements before the assessor's answers are shown, and the agreement
// figures pair them with the assessor's. A judgement is the reviewer's who made it, not the case's: it counts
// — the answers shown to that reviewer, a decision allowed, the case's agreement pair — only while the case
// is with them. A case released to the queue or given to another reviewer reaches its next reviewer
// unjudged, and they judge it blind themselves; a reviewer given a case back finds their own judgement
// standing, as it was made blind.
import type { CaseReview } from './review-states.ts';

/** Of the blind judgements recorded on a case, the one that counts as the case stands; null when none does. */
export function countingBlindJudgement<Judgement extends { reviewerId: string }>(
  review: CaseReview,
  recorded: readonly Judgement[],
): Judgement | null {
  return recorded.find(({ reviewerId }) => reviewerId === review.reviewerId) ?? null;
}
