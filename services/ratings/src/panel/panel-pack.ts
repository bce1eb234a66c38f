// The panel pack: every standard with its computed or proposed rating, its key-question table, the
// small-sample flag, the proposal with its evidence, the panel's decision; the score and overall rating with
// the decisions applied; what is still undecided; the final ratings once approved.
import type { DecisionView, PanelPack, ProposalView, QaFigures } from '@yji/contracts';
import {
  awaitsProposal,
  checkQualitativeEvidence,
  needsExplicitDecision,
  RATINGS_RULES_VERSION,
} from '@yji/domain';
import type { FinalRating, FinalRatingSet, PanelDecision, Proposal } from '../generated/prisma/client.ts';
import { figuresHistory } from './figures-history.ts';
import { finalRatingsView } from './final-ratings.ts';
import { pendingCorrections } from './four-eyes.ts';
import { stillToDecide, type PanelRatings } from './panel-ratings.ts';
import { standardGuidance } from './standard-guidance.ts';
import { approvalBasisOf } from './approval-basis.ts';

type Rating = PanelPack['overall'];

/** What the fieldwork service says, asked as the pack is read; each null when it did not answer in time. */
export interface FieldworkWord {
  qaFigures: QaFigures | null;
  judgementsPending: number | null;
}

export function proposalView(proposal: Proposal, standardsFramework: string): ProposalView {
  const items = proposal.items as ProposalView['items'];
  const { warnings } = checkQualitativeEvidence({
    framework: standardsFramework,
    standard: proposal.standardId,
    items,
  });
  return {
    standardId: proposal.standardId,
    rating: proposal.rating as NonNullable<Rating>,
    items,
    proposedBy: proposal.proposedBy,
    proposedAt: proposal.proposedAt.toISOString(),
    version: proposal.version,
    warnings,
  };
}

export function decisionView(decision: PanelDecision): DecisionView {
  return {
    standardId: decision.standardId,
    decision: decision.decision as DecisionView['decision'],
    to: decision.to as Rating,
    rationale: decision.rationale,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt.toISOString(),
    version: decision.version,
    correction: decision.correction,
  };
}

export function panelPack(
  ratings: PanelRatings,
  latest: (FinalRatingSet & { standards: FinalRating[] }) | null,
  { qaFigures, judgementsPending }: FieldworkWord,
): PanelPack {
  const { panel, base, decided, proposals, decisions } = ratings;
  const pendingCorrection = pendingCorrections(ratings).length > 0;
  return {
    inspectionId: panel.inspectionId,
    state: latest === null ? 'open' : pendingCorrection ? 'correcting' : 'approved',
    approvalBasis: approvalBasisOf(ratings),
    rulesVersion: RATINGS_RULES_VERSION,
    frameworks: {
      courtDisposals: panel.courtFramework,
      outOfCourt: panel.oocdFramework,
      standards: panel.standardsFramework,
    },
    resettlementInScope: panel.resettlementInScope,
    settings: { desistanceFirst: panel.desistanceFirst, version: panel.settingsVersion },
    cases: ratings.cases,
    qa: {
      reviewed: ratings.judgements.filter(({ reopenedAt, reviewed }) => reopenedAt === null && reviewed)
        .length,
      approvedWithoutReview: ratings.judgements.filter(
        ({ reopenedAt, reviewed }) => reopenedAt === null && !reviewed,
      ).length,
      figures: qaFigures,
    },
    history: figuresHistory(ratings),
    standards: base.standards.map((standard) => {
      const proposal = proposals.find(({ standardId }) => standardId === standard.id);
      const decision = decisions.find(({ standardId }) => standardId === standard.id);
      return {
        id: standard.id,
        kind: standard.kind,
        ...standardGuidance(panel.standardsFramework, standard.id),
        computedRating: standard.kind === 'case-based' ? standard.rating : null,
        proposedRating: standard.kind === 'qualitative' ? standard.rating : null,
        rating: decided.standards.find(({ id }) => id === standard.id)?.rating ?? null,
        smallSample: standard.smallSample,
        needsDecision: needsExplicitDecision(standard),
        awaitsProposal: awaitsProposal(standard),
        drivenBy: standard.drivenBy,
        keyQuestions: standard.keyQuestions,
        proposal: proposal ? proposalView(proposal, panel.standardsFramework) : null,
        decision: decision ? decisionView(decision) : null,
      };
    }),
    score: decided.score,
    maxScore: decided.maxScore,
    overall: decided.overall,
    thresholdTable: decided.thresholds.id,
    scoreBands: {
      confirmed: decided.thresholds.confirmedFromPrimarySource,
      bands: [...decided.thresholds.bands],
    },
    undecided: stillToDecide(ratings),
    judgementsPending,
    final: latest ? finalRatingsView(latest) : null,
  };
}
