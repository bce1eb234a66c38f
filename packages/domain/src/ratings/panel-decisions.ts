// The ratings panel's decision on each standard (004 ¶3.22, ¶3.28, ¶3.31): confirm the computed or proposed
// rating, or move it up or down on wider evidence with a written rationale; and what must be decided before
// the chair may approve the set. It imports only the rating scale, so the contracts (which the workflow
// bundle includes) take it as @yji/domain/panel-decisions without the rest of the domain's rules and data.
import { ratingRank } from './rating.ts';
import type { Rating } from './rating.ts';
import type { PanelAdjustment } from './panel-adjustments.ts';
import type { RatingsResult, StandardResult } from './ratings-result.ts';

export { RATINGS } from './rating.ts';

export const PANEL_DECISION_KINDS = ['confirm', 'up', 'down'] as const;
export type PanelDecisionKind = (typeof PANEL_DECISION_KINDS)[number];

/** A decision as the panel records it (the contracts' PanelDecision parses it at the edges). */
export interface PanelDecision {
  /** A standard id such as '2.1'. */
  standardId: string;
  decision: PanelDecisionKind;
  /** The rating moved to; absent on a confirmation. */
  to?: Rating;
  /**
   * As stored: the rating the decision was taken from (a confirmation's is the rating it confirmed). The
   * service records it, never the person; absent while the decision is being taken, on one recorded before it
   * was kept (a move before 2026-11-30), and on a move of a standard that had no rating.
   */
  decidedFrom?: Rating;
  /** The evidence the decision rests on; required on a move and wherever the panel must decide. */
  rationale?: string;
}

/**
 * 004 ¶3.22: a qualitative standard is "proposed by the lead inspector … subject to verification by our
 * ratings panel". One the lead has not proposed has nothing for the panel to verify: it waits for the
 * proposal, and no panel decision on it stands (a case-based standard with no applicable case is different:
 * the panel decides it, docs/domain.md §5).
 */
export function awaitsProposal(standard: StandardResult): boolean {
  return standard.kind === 'qualitative' && standard.rating === null;
}

/**
 * 004 ¶3.28 and docs/domain.md §5: a standard whose rating rests on five cases or fewer, or that has no rating,
 * is the panel's to decide explicitly, with its reasons; not one still waiting for the lead's proposal
 * (awaitsProposal), which the panel cannot decide yet.
 */
export function needsExplicitDecision(standard: StandardResult): boolean {
  return !awaitsProposal(standard) && (standard.rating === null || standard.smallSample);
}

/**
 * Why the panel cannot record `decision` on `standard` now; empty when it can. 004 ¶3.22: the panel verifies
 * the lead inspector's proposal, so it never rates a standard nobody proposed. A decision stored before this
 * rule was kept still stands (panelDecisionProblems), so sets approved on one keep their ratings.
 */
export function newPanelDecisionProblems(standard: StandardResult, decision: PanelDecision): string[] {
  if (awaitsProposal(standard))
    return [
      `standard ${standard.id} is awaiting the lead inspector's proposal: the panel verifies it once made`,
    ];
  return panelDecisionProblems(standard, decision);
}

/** Why `decision` cannot stand for `standard`; empty when it can. Messages name rules, never the rationale. */
export function panelDecisionProblems(standard: StandardResult, decision: PanelDecision): string[] {
  const problems: string[] = [];
  const rationale = decision.rationale?.trim() ?? '';
  // docs/domain.md (decisions where the sources are silent): the panel decided on one rating, on the figures
  // and proposals it saw, and its rationale is about that rating; a rating since moved (a reopened case, a new
  // proposal, the out-of-court rule changed) is not what it decided, so the panel decides it again. A decision
  // with no starting rating recorded stands on the checks below alone.
  const from = decision.decidedFrom;
  const ratingMoved = from !== undefined && from !== standard.rating;
  if (decision.decision === 'confirm') {
    if (decision.to !== undefined) problems.push('a confirmation keeps the rating: leave out "to"');
    if (standard.rating === null)
      problems.push('there is no rating to confirm: the panel decides one (up or down)');
    else if (ratingMoved)
      problems.push(`the panel confirmed ${from}, and the rating is now ${standard.rating}`);
  } else {
    if (decision.to === undefined) problems.push(`a move ${decision.decision} names the rating it moves to`);
    else if (ratingMoved)
      problems.push(
        `the panel moved ${decision.decision} from ${from}, and the rating is now ${standard.rating ?? 'none'}`,
      );
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

/**
 * Standards the chair cannot approve yet: a qualitative standard still awaiting the lead's proposal, and those
 * needing an explicit decision, that have none (on one awaiting its proposal, only a decision stored before
 * newPanelDecisionProblems refused them).
 */
export function undecidedStandards(result: RatingsResult, decided: ReadonlySet<string>): string[] {
  return result.standards
    .filter(
      (standard) =>
        !decided.has(standard.id) && (awaitsProposal(standard) || needsExplicitDecision(standard)),
    )
    .map(({ id }) => id);
}

/** The moves among the decisions, as applyPanelAdjustments takes them (a confirmation changes nothing). */
export function adjustmentsOf(decisions: readonly PanelDecision[]): PanelAdjustment[] {
  return decisions.flatMap(({ standardId, decision, to, rationale }) =>
    decision === 'confirm' || to === undefined ? [] : [{ standardId, to, rationale: rationale ?? '' }],
  );
}

/** Who the approval must not come from: whoever proposed or corrected what is being approved. */
export interface ApprovalAuthors {
  leadInspectorId: string;
  proposers: readonly string[];
  /** Authors of corrections recorded since the last approval. */
  correctionAuthors: readonly string[];
}

/**
 * Four eyes on the final ratings: why `userId` may not approve them now, or null. 004 ¶3.22 has the lead
 * inspector propose the qualitative ratings, so the lead never approves them (docs/domain.md, decisions);
 * nobody approves their own proposal or their own correction.
 */
export function fourEyesRefusal(authors: ApprovalAuthors, userId: string): string | null {
  if (userId === authors.leadInspectorId)
    return 'the lead inspector proposed the ratings and cannot approve them';
  if (authors.proposers.includes(userId)) return 'nobody approves their own proposal';
  if (authors.correctionAuthors.includes(userId))
    return 'nobody approves their own correction: another chair must approve it';
  return null;
}
