// From standard ratings to the composite score and overall rating (004 ¶3.15, ¶3.21).
import { MAX_RATING_SCORE, RATING_SCORES } from './rating.ts';
import { overallRatingFor } from './overall-thresholds.ts';
import type { OverallThresholdTable } from './overall-thresholds.ts';
import type { RatingsResult, StandardResult } from './ratings-result.ts';

/** `table` must be the one for standards.length standards. */
export function summariseRatings(standards: StandardResult[], table: OverallThresholdTable): RatingsResult {
  const missing = standards.filter(({ rating }) => rating === null).map(({ id }) => id);
  const score =
    missing.length > 0
      ? null
      : standards.reduce((sum, { rating }) => sum + (rating ? RATING_SCORES[rating] : 0), 0);
  return {
    standards,
    score,
    maxScore: MAX_RATING_SCORE * standards.length,
    overall: score === null ? null : overallRatingFor(score, table),
    thresholds: table,
    missing,
  };
}
