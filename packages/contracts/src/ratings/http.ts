// The ratings service's HTTP bodies and views: the lead inspector's proposals, the panel's decisions and
// setting, the panel pack and the final ratings.
import { z } from 'zod';
import { PANEL_DECISION_KINDS } from '@yji/domain/panel-decisions';
import { PUBLIC_DISPOSAL_GROUPS, PUBLIC_JUDGEMENTS } from '@yji/domain';
import { freeText } from '../free-text.ts';
import { Id } from '../primitives.ts';
import { UserId } from '../roles.ts';
import { PromptEvidence } from './qualitative-evidence.ts';
import { QaFigures } from '../fieldwork/qa-figures.ts';
import { KeyQuestionView, Rating } from './key-question-view.ts';

export const StandardId = z.string().regex(/^\d\.\d$/, "a standard id such as '2.1'");

export const StandardParams = z.strictObject({ id: Id, standardId: StandardId });

/** The lead inspector's proposal for a qualitative standard, with evidence per prompt (004 ¶3.12, ¶3.22). */
export const ProposalBody = z.strictObject({
  /** The proposal's version it replaces; 0 for the first. */
  version: z.int().min(0),
  rating: Rating,
  items: z.array(PromptEvidence).max(50),
});
export type ProposalBody = z.infer<typeof ProposalBody>;

export const EvidenceProblemView = z.object({ path: z.string(), message: z.string() });

export const ProposalView = z.object({
  standardId: StandardId,
  rating: Rating,
  items: z.array(PromptEvidence),
  proposedBy: UserId,
  proposedAt: z.iso.datetime(),
  version: z.int(),
  /** Gaps the panel should weigh (a prompt without evidence, fewer cases than asked). */
  warnings: z.array(EvidenceProblemView),
});
export type ProposalView = z.infer<typeof ProposalView>;

/**
 * The panel's decision on one standard (004 ¶3.31): confirm, or move up or down to the rating named, with the
 * evidence it rests on. Whether it fits the standard is the domain's panelDecisionProblems.
 */
export const PanelDecision = z.strictObject({
  standardId: StandardId,
  decision: z.enum(PANEL_DECISION_KINDS),
  /** The rating moved to; absent on a confirmation. */
  to: Rating.optional(),
  rationale: freeText({ max: 8000, multiLine: true }).optional(),
});
export type PanelDecision = z.infer<typeof PanelDecision>;

/** A panel decision on one standard; `version` is the decision's it replaces (0 for the first). */
export const DecisionBody = PanelDecision.omit({ standardId: true }).extend({ version: z.int().min(0) });
export type DecisionBody = z.infer<typeof DecisionBody>;

export const DecisionView = z.object({
  standardId: StandardId,
  decision: z.enum(PANEL_DECISION_KINDS),
  to: Rating.nullable(),
  rationale: z.string().nullable(),
  decidedBy: UserId,
  decidedAt: z.iso.datetime(),
  version: z.int(),
  /** A correction after approval, waiting for the chair. */
  correction: z.boolean(),
});
export type DecisionView = z.infer<typeof DecisionView>;

/** The desistance-first option for out-of-court standards (004 ¶3.29–3.31), off by default. */
export const PanelSettingsBody = z.strictObject({ version: z.int().min(0), desistanceFirst: z.boolean() });

export const PanelStandardView = z.object({
  id: StandardId,
  kind: z.enum(['case-based', 'qualitative']),
  /** The standard's statement (004 Annexe A), and for a qualitative one its prompts, to show beside the form. */
  statement: z.string().nullable(),
  prompts: z.array(z.object({ code: z.string(), text: z.string() })),
  computedRating: Rating.nullable(),
  proposedRating: Rating.nullable(),
  /** After the panel's decision, if any. */
  rating: Rating.nullable(),
  smallSample: z.boolean(),
  /** Flagged or unrated: the panel must decide it explicitly, with a rationale. */
  needsDecision: z.boolean(),
  /** A qualitative standard the lead inspector has not proposed: nothing for the panel to decide yet. */
  awaitsProposal: z.boolean(),
  drivenBy: z.string().nullable(),
  keyQuestions: z.array(KeyQuestionView),
  proposal: ProposalView.nullable(),
  decision: DecisionView.nullable(),
});

export const FinalStandardView = z.object({
  id: StandardId,
  computedRating: Rating.nullable(),
  proposedRating: Rating.nullable(),
  finalRating: Rating,
  smallSample: z.boolean(),
  rationale: z.string().nullable(),
  decidedBy: UserId.nullable(),
  decidedAt: z.iso.datetime().nullable(),
  /**
   * A case-based standard's key questions as the panel approved them (the report's charts draw these);
   * empty for a qualitative standard, and in sets approved before the figures were kept.
   */
  keyQuestions: z.array(KeyQuestionView).default([]),
});

/**
 * One case's judgement on one key question, as published in the open data (domain publicCaseJudgements): the
 * case known only by its number in the set, never by its case reference.
 */
export const PublicCaseJudgementView = z.object({
  case: z.int().min(1),
  disposalGroup: z.enum(Object.values(PUBLIC_DISPOSAL_GROUPS)),
  standard: StandardId,
  keyQuestion: z.string(),
  judgement: z.enum(PUBLIC_JUDGEMENTS),
});

export const FinalRatingsView = z.object({
  setId: z.uuid(),
  inspectionId: z.uuid(),
  /** The set this one corrects; both are kept. */
  supersedes: z.uuid().nullable(),
  approvedBy: UserId,
  approvedAt: z.iso.datetime(),
  rulesVersion: z.string(),
  standards: z.array(FinalStandardView),
  score: z.int(),
  maxScore: z.int(),
  overall: Rating,
  /** Which overall threshold table (12 or 13 standards) gave the overall rating. */
  thresholdTable: z.string(),
  /**
   * The judgements of the cases the panel's figures counted, for the published `case-judgements.csv`; empty
   * in sets approved before they were kept.
   */
  caseJudgements: z.array(PublicCaseJudgementView).default([]),
});
export type FinalRatingsView = z.infer<typeof FinalRatingsView>;

/** The ratings a pack shows, as one value (a SHA-256, hex): what the chair's approval names. */
export const ApprovalBasis = z.string().regex(/^[0-9a-f]{64}$/);

export const PanelPack = z.object({
  inspectionId: z.uuid(),
  state: z.enum(['open', 'approved', 'correcting']),
  /** The ratings as this pack shows them, for the chair's approval to name (ApprovalBody). */
  approvalBasis: ApprovalBasis,
  rulesVersion: z.string(),
  frameworks: z.object({ courtDisposals: z.string(), outOfCourt: z.string(), standards: z.string() }),
  resettlementInScope: z.boolean(),
  settings: z.object({ desistanceFirst: z.boolean(), version: z.int() }),
  cases: z.object({ approved: z.int(), reopened: z.int() }),
  /** Of the approved cases standing, how many quality assurance reviewed; the rest were approved on submission. */
  qa: z.object({
    reviewed: z.int(),
    approvedWithoutReview: z.int(),
    /** Agreement, returns and alerts from the fieldwork service; null when it did not answer in time. */
    figures: QaFigures.nullable(),
  }),
  /** How the case-based ratings moved: after each approval or reopening, every standard's rating then. */
  history: z.array(
    z.object({ at: z.iso.datetime(), cases: z.int(), ratings: z.record(StandardId, Rating.nullable()) }),
  ),
  standards: z.array(PanelStandardView),
  /** With the panel's decisions applied; null while a standard has no rating. */
  score: z.int().nullable(),
  maxScore: z.int(),
  overall: Rating.nullable(),
  thresholdTable: z.string(),
  /**
   * The bands of that table, lowest first, for the chair to see which score gives which overall rating;
   * `confirmed` is false where the sources do not give them and yji chose them (docs/domain.md §5).
   */
  scoreBands: z.object({
    confirmed: z.boolean(),
    bands: z.array(z.object({ rating: Rating, minScore: z.int(), maxScore: z.int() })),
  }),
  /** Standards the chair cannot approve yet. */
  undecided: z.array(StandardId),
  /**
   * Cases the ratings do not yet hold as quality assurance does (the fieldwork service's word): approved
   * ones whose judgements have not reached the ratings service, or only at an older version, and approved
   * ones reopened for correction whose judgements it still counts. The chair's approval answers 409
   * judgements-pending while this is above 0. Null when the fieldwork service did not answer in time (the
   * approval asks it again).
   */
  judgementsPending: z.int().min(0).nullable(),
  final: FinalRatingsView.nullable(),
});
export type PanelPack = z.infer<typeof PanelPack>;

/** The chair's approval: the pack's `approvalBasis`, so the ratings are approved only as they were shown. */
export const ApprovalBody = z.strictObject({ basis: ApprovalBasis.optional() });
