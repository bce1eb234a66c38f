// Four eyes on the final ratings, from what the service holds: the rule itself is the domain's
// (fourEyesRefusal). The approval route asks before the workflow does; the approval command asks again as it
// stores the set.
import { fourEyesRefusal } from '@yji/domain/panel-decisions';
import type { PanelRatings } from './panel-ratings.ts';

/** Corrections recorded since the latest approval: they wait for the chair (an approval clears the mark). */
export function pendingCorrections(ratings: PanelRatings) {
  return ratings.decisions.filter((decision) => decision.correction);
}

export function approvalRefusal(ratings: PanelRatings, userId: string): string | null {
  return fourEyesRefusal(
    {
      leadInspectorId: ratings.panel.leadInspectorId,
      proposers: ratings.proposals.map(({ proposedBy }) => proposedBy),
      correctionAuthors: pendingCorrections(ratings).map(({ decidedBy }) => decidedBy),
    },
    userId,
  );
}
