// The ratings panel's decision on each standard (004 ¶3.22, ¶3.28, ¶3.31): confirm the computed or proposed
// rating, or move it up or down on wider evidence with a written rationale; and what must be decided before
// the chair may approve the set. It imports only the rating scale, so the contracts (which the workflow
// bundle includes) take it as @yji/domain/panel-decisions without the rest of the domain's rules and data.
import { z } from 'zod';
import { ratingRank, ratingSchema } from './rating.ts';
import type { Rating } from './rating.ts';
import type { PanelAdjustment } from './panel-adjustments.ts';
import type { RatingsResult, StandardResult } from './ratings-result.ts';

export { RATINGS } from './rating.ts';

export const PANEL_DECISION_KINDS = ['confirm', 'up', 'down'] as const;
export type PanelDecisionKind = (typeof PANEL_DECISION_KINDS)[number];

export const panelDecisionSchema = z.strictObject({
  standardId: z.string().regex(/^\d\.\d$/, "a standard id such as '2.1'"),
  decision: z.enum(PANEL_DECISION_KINDS),
  /** The rating moved to; absent on a confirmation. */
  to: ratingSchema.optional(),
  /** The evidence the decision rests on; required on a move and wherever the panel must decide. */
  rationale: z.string().trim().max(8000).optional(),
});
export type PanelDecision = z.infer<typeof panelDecisionSchema>;

/**
 * 004 ¶3.28 and docs/domain.md §5: a standard whose rating rests on five cases or fewer, or that has no rating,
 * is the panel's to decide explicitly, with its reasons.
 */
export function needsExplicitDecision(standard: StandardResult): boolean {
  return standard.rating === null || standard.smallSample;
}

/** Why `decision` cannot stand for `standard`; empty when it can. Messages name rules, never the rationale. */
export function panelDecisionProblems(standard: StandardResult, decision: PanelDecision): string[] {
  const problems: string[] = [];
  const rationale = decision.rationale?.trim() ?? '';
  if (decision.decision === 'confirm') {
    if (decision.to !== undefined) problems.push('a confirmation keeps the rating: leave out "to"');
    if (standard.rating === null)
      problems.push('there is no rating to confirm: the panel decides one (up or down)');
  } else {
    if (decision.to === undefined) problems.push(`a move ${decision.decision} names the rating it moves to`);
    else if (standard.rating !== null) {
      const step = ratingRank(decision.to) - ratingRank(standard.rating);
      if (decision.decision === 'up' && step <= 0) problems.push('"up" must move to a higher rating');
      if (decision.decision === 'down' && step >= 0) problems.push('"down" must move to a lower rating');
    }
  }
  // 004 ¶3.31: "always with a recorded rationale".
  if (rationale === '' && (decision.decision !== 'confirm' || needsExplicitDecision(standard)))
    problems.push('a rationale is required: the evidence the decision rests on');
  return problems;
}

/** The rating a decision gives the standard. */
export function decidedRating(standard: StandardResult, decision: PanelDecision): Rating | null {
  return decision.decision === 'confirm' ? standard.rating : (decision.to ?? null);
}

/** Standards the chair cannot approve yet: those needing an explicit decision that has none. */
export function undecidedStandards(result: RatingsResult, decided: ReadonlySet<string>): string[] {
  return result.standards
    .filter((standard) => needsExplicitDecision(standard) && !decided.has(standard.id))
    .map(({ id }) => id);
}

/** The moves among the decisions, as applyPanelAdjustments takes them (a confirmation changes nothing). */
export function adjustmentsOf(decisions: readonly PanelDecision[]): PanelAdjustment[] {
  return decisions.flatMap(({ standardId, decision, to, rationale }) =>
    decision === 'confirm' || to === undefined ? [] : [{ standardId, to, rationale: rationale ?? '' }],
  );
}
