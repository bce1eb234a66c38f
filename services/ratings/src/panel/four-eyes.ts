// Four eyes on the final ratings (issue: "the chair cannot be the lead inspector who proposed the qualitative
// ratings, and nobody approves their own proposal"): the reason `userId` may not approve now, or null. The
// approval route asks before the workflow does; the approval command asks again as it stores the set.
import type { FinalRatingSet } from '../generated/prisma/client.ts';
import type { PanelRatings } from './panel-ratings.ts';

/** Corrections recorded since the latest approval: they wait for the chair. */
export function pendingCorrections(ratings: PanelRatings, latest: Pick<FinalRatingSet, 'approvedAt'> | null) {
  return ratings.decisions.filter(
    (decision) => decision.correction && latest !== null && decision.decidedAt > latest.approvedAt,
  );
}

export function fourEyesRefusal(
  ratings: PanelRatings,
  latest: Pick<FinalRatingSet, 'approvedAt'> | null,
  userId: string,
): string | null {
  if (userId === ratings.panel.leadInspectorId)
    return 'the lead inspector proposed the ratings and cannot approve them';
  if (ratings.proposals.some(({ proposedBy }) => proposedBy === userId))
    return 'nobody approves their own proposal';
  if (pendingCorrections(ratings, latest).some(({ decidedBy }) => decidedBy === userId))
    return 'nobody approves their own correction';
  return null;
}
