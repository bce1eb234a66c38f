// Case-based and qualitative standard ratings, the composite score and the overall rating.
import { RATING_BANDS } from './rating-bands.ts';
import type { RatingBand } from './rating-bands.ts';
import { OVERALL_THRESHOLDS, thresholdTableFor } from './overall-thresholds.ts';
import type { OverallThresholdTable } from './overall-thresholds.ts';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';
import type { CaseBasedStandard, QualitativeStandard, RatedStandard } from './rated-standards.ts';
import { tallyKeyQuestions } from './key-question-tally.ts';
import { resettlementInScope, standardsInScope } from './resettlement-scope.ts';
import { desistanceFirstRule, lowestJudgedKeyQuestionRule, lowestKeyQuestionRule } from './standard-rules.ts';
import type { OocdRule } from './standard-rules.ts';
import { summariseRatings } from './summarise-ratings.ts';
import type { KeyQuestionResult, RatingsResult, StandardResult } from './ratings-result.ts';
import type { RatingsInput } from './ratings-input-schema.ts';

export interface RatingsOptions {
  /** The framework version's rated standards. */
  standards?: readonly RatedStandard[];
  bands?: readonly RatingBand[];
  thresholdTables?: readonly OverallThresholdTable[];
  oocdRule?: OocdRule;
  /** A rating resting on this many applicable cases or fewer is flagged for the panel. */
  smallSampleMaxCases?: number;
}

export const RATINGS_DEFAULTS: Required<RatingsOptions> = {
  standards: RATED_STANDARDS_2020,
  bands: RATING_BANDS,
  thresholdTables: OVERALL_THRESHOLDS,
  // 004 ¶3.30: the current lowest-key-question approach stays; desistance-first (¶3.31) is only an option.
  oocdRule: 'lowest-key-question',
  // 004 ¶3.28: "based upon an assessment of five cases or less".
  smallSampleMaxCases: 5,
};

function rateCaseBased(
  standard: CaseBasedStandard,
  tally: Map<string, KeyQuestionResult>,
  options: Required<RatingsOptions>,
): StandardResult {
  const keyQuestions = standard.keyQuestions.map((keyQuestion) => ({
    keyQuestion,
    result: tally.get(keyQuestion.id) as KeyQuestionResult,
  }));
  const rule =
    standard.rule === 'lowest-judged-key-question'
      ? lowestJudgedKeyQuestionRule
      : standard.caseType === 'oocd' && options.oocdRule === 'desistance-first'
        ? desistanceFirstRule
        : lowestKeyQuestionRule;
  const { rating, drivenBy } = rule(keyQuestions);
  return {
    id: standard.id,
    kind: 'case-based',
    rating,
    smallSample: drivenBy !== null && drivenBy.applicable <= options.smallSampleMaxCases,
    drivenBy: drivenBy?.id ?? null,
    keyQuestions: keyQuestions.map(({ result }) => result),
  };
}

// 004 ¶3.22: proposed by the lead inspector as a single judgement, verified by the panel.
function rateQualitative(standard: QualitativeStandard, input: RatingsInput): StandardResult {
  return {
    id: standard.id,
    kind: 'qualitative',
    rating: input.qualitative[standard.id] ?? null,
    smallSample: false,
    drivenBy: null,
    keyQuestions: [],
  };
}

/** `input` is expected to have passed ratingsInputSchema. */
export function computeRatings(input: RatingsInput, options: RatingsOptions = {}): RatingsResult {
  const settings: Required<RatingsOptions> = {
    standards: options.standards ?? RATINGS_DEFAULTS.standards,
    bands: options.bands ?? RATINGS_DEFAULTS.bands,
    thresholdTables: options.thresholdTables ?? RATINGS_DEFAULTS.thresholdTables,
    oocdRule: options.oocdRule ?? RATINGS_DEFAULTS.oocdRule,
    smallSampleMaxCases: options.smallSampleMaxCases ?? RATINGS_DEFAULTS.smallSampleMaxCases,
  };
  const tally = tallyKeyQuestions(input.cases, settings.standards, settings.bands);
  // 004 ¶3.15: resettlement (2.5) is rated only with at least five custody cases, and then counts (13
  // standards instead of 12), rated yet or not; a rating given without them does not count.
  const inScope = standardsInScope(settings.standards, resettlementInScope(input.custodyCases ?? 0));
  const standards = inScope.map((standard) =>
    standard.kind === 'case-based'
      ? rateCaseBased(standard, tally, settings)
      : rateQualitative(standard, input),
  );
  return summariseRatings(standards, thresholdTableFor(standards.length, settings.thresholdTables));
}
