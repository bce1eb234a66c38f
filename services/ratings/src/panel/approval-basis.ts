// What the chair approves, as one value: the set a pack shows — each standard's final rating with the
// panel's decision and the figures behind it, the score, the overall rating, the counted cases' judgements —
// so an approval names the set its chair saw, and one that changed since is refused (contracts
// ApproveRatings), rather than approved unseen.
import { createHash } from 'node:crypto';
import { finalStandardsOf, publishedCaseJudgements } from './final-ratings.ts';
import type { PanelRatings } from './panel-ratings.ts';

export function approvalBasisOf(ratings: PanelRatings): string {
  const { score, overall } = ratings.decided;
  const shown = {
    standards: finalStandardsOf(ratings),
    score,
    overall,
    cases: publishedCaseJudgements(ratings),
  };
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}
