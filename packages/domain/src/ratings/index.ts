// Ratings: key question bands, standard ratings, panel adjustments, composite score and overall rating.
export { RATINGS, RATING_SCORES, MAX_RATING_SCORE, ratingRank, ratingSchema } from './rating.ts';
export type { Rating } from './rating.ts';
export { RATING_BANDS, bandForProportion, displayPercent } from './rating-bands.ts';
export type { RatingBand } from './rating-bands.ts';
export { KEY_QUESTION_FOCUSES, RATED_STANDARDS_2020 } from './rated-standards.ts';
export { ratedStandardsFor } from './rated-standards-for.ts';
export type {
  CaseBasedStandard,
  CaseType,
  RatedStandardKeyQuestion,
  KeyQuestionFocus,
  QualitativeStandard,
  RatedStandard,
} from './rated-standards.ts';
export { OVERALL_THRESHOLDS, overallRatingFor, thresholdTableFor } from './overall-thresholds.ts';
export type { OverallBand, OverallThresholdTable } from './overall-thresholds.ts';
export { ratingsInputSchema, ratingsInputSchemaFor } from './ratings-input-schema.ts';
export type { RatingsCase, RatingsInput } from './ratings-input-schema.ts';
export { OOCD_RULES } from './standard-rules.ts';
export type { OocdRule } from './standard-rules.ts';
export { RATINGS_DEFAULTS, computeRatings } from './compute-ratings.ts';
export type { RatingsOptions } from './compute-ratings.ts';
export type { KeyQuestionResult, RatingsResult, StandardResult } from './ratings-result.ts';
export { applyPanelAdjustments, panelAdjustmentSchema } from './panel-adjustments.ts';
export type { PanelAdjustment, PanelAdjustmentOutcome, RecordedAdjustment } from './panel-adjustments.ts';
export {
  PANEL_DECISION_KINDS,
  adjustmentsOf,
  needsExplicitDecision,
  panelDecisionProblems,
  undecidedStandards,
} from './panel-decisions.ts';
export type { PanelDecision, PanelDecisionKind } from './panel-decisions.ts';
export { resettlementInScope, standardsInScope } from './resettlement-scope.ts';
export { RATINGS_RULES_VERSION } from './rules-version.ts';
export { caseJudgementProblems } from './case-judgements.ts';
export { domainOfStandard, KEY_QUESTION_FOCUS_LABELS, STANDARD_DOMAINS } from './report-headings.ts';
