// The panel's figures, always recomputed from what is stored (the approved judgements, the proposals, the
// decisions and the setting) by the domain's rules: the same stored facts give the same result.
import {
  adjustmentsOf,
  applyPanelAdjustments,
  computeRatings,
  hasRatingRules,
  panelDecisionProblems,
  ratedStandardsFor,
  ratingsInputSchemaFor,
  standardsInScope,
  type PanelDecision,
  type RatingsOptions,
  type RatingsResult,
  undecidedStandards,
} from '@yji/domain';
import type {
  CaseJudgement,
  Panel,
  PanelDecision as StoredDecision,
  Prisma,
  Proposal,
} from '../generated/prisma/client.ts';
import type { RatingsDb } from '../db.ts';

export interface PanelRatings {
  panel: Panel;
  proposals: Proposal[];
  decisions: StoredDecision[];
  /** Every approved assessment's judgements, those reopened since included (reopenedAt set). */
  judgements: CaseJudgement[];
  cases: { approved: number; reopened: number };
  /** The inspection's standards and rule options, as computeRatings took them. */
  options: Required<Pick<RatingsOptions, 'standards' | 'oocdRule'>>;
  /** Computed (case-based) and proposed (qualitative) ratings, before the panel's decisions. */
  base: RatingsResult;
  /** With every decision that still fits the figures applied. */
  decided: RatingsResult;
  /** Decisions that no longer fit the figures (a new approval moved them), by standard. */
  stale: Map<string, string[]>;
}

/**
 * Stands in for a rationale the retention purge removed (docs/retention.md), so the decision it belonged to
 * still counts as it did: the figures read after the purge are those approved. Never shown: views read the
 * stored rationale, null.
 */
const PURGED_RATIONALE = 'removed under the retention policy';

const asDecision = (stored: StoredDecision): PanelDecision => ({
  standardId: stored.standardId,
  decision: stored.decision as PanelDecision['decision'],
  ...(stored.to === null ? {} : { to: stored.to as NonNullable<PanelDecision['to']> }),
  ...(stored.decidedFrom === null
    ? {}
    : { decidedFrom: stored.decidedFrom as NonNullable<PanelDecision['decidedFrom']> }),
  ...(stored.rationale !== null
    ? { rationale: stored.rationale }
    : stored.purgedAt !== null
      ? { rationale: PURGED_RATIONALE }
      : {}),
});

/**
 * The inspection's panel, or null when none is open for it: none opened yet, or one opened for an inspection
 * whose frameworks have no rating rules (a 2016 inspection: the inspection workflow opens a panel for every
 * inspection that reaches it, and this one can never rate).
 */
export async function loadPanelRatings(
  db: RatingsDb | Prisma.TransactionClient,
  inspectionId: string,
): Promise<PanelRatings | null> {
  const panel = await db.panel.findUnique({ where: { inspectionId } });
  if (!panel || !hasRatingRules(panel.standardsFramework)) return null;
  const [judgements, proposals, decisions] = await Promise.all([
    db.caseJudgement.findMany({ where: { inspectionId }, orderBy: { taskId: 'asc' } }),
    db.proposal.findMany({ where: { inspectionId } }),
    db.panelDecision.findMany({ where: { inspectionId } }),
  ]);
  const standards = standardsInScope(
    ratedStandardsFor({
      courtDisposals: panel.courtFramework,
      outOfCourt: panel.oocdFramework,
      standards: panel.standardsFramework,
    }),
    panel.resettlementInScope,
  );
  const counting = judgements.filter(({ reopenedAt }) => reopenedAt === null);
  const input = ratingsInputSchemaFor(standards).parse({
    cases: counting.map(({ taskId, caseType, judgements: judged }) => ({
      id: taskId,
      type: caseType,
      judgements: judged,
    })),
    qualitative: Object.fromEntries(
      proposals
        .filter(({ standardId }) => standards.some(({ id }) => id === standardId))
        .map(({ standardId, rating }) => [standardId, rating]),
    ),
  });
  const options = {
    standards,
    oocdRule: panel.desistanceFirst ? ('desistance-first' as const) : ('lowest-key-question' as const),
  };
  const base = computeRatings(input, options);

  const stale = new Map<string, string[]>();
  const fitting = decisions.map(asDecision).filter((decision) => {
    const standard = base.standards.find(({ id }) => id === decision.standardId);
    const problems = standard ? panelDecisionProblems(standard, decision) : ['the standard is not rated'];
    if (problems.length) stale.set(decision.standardId, problems);
    return problems.length === 0;
  });
  const adjusted = applyPanelAdjustments(base, adjustmentsOf(fitting));
  // Every fitting decision moves the rating it names, so the domain's own checks cannot fail here.
  if (!adjusted.ok) throw new Error(`panel decisions do not apply: ${adjusted.errors.join('; ')}`);
  return {
    panel,
    proposals,
    decisions,
    judgements,
    cases: { approved: counting.length, reopened: judgements.length - counting.length },
    options,
    base,
    decided: adjusted.adjusted,
    stale,
  };
}

/** Standards the chair cannot approve yet: flagged or unrated without a decision, or whose decision went stale. */
export function stillToDecide({ base, decisions, stale }: PanelRatings): string[] {
  const fitting = new Set(decisions.map(({ standardId }) => standardId).filter((id) => !stale.has(id)));
  return [...undecidedStandards(base, fitting), ...stale.keys()];
}
