// Key question bands: the share of applicable cases judged 'yes' gives the band (004 ¶3.23).
import type { Rating } from './rating.ts';

export interface RatingBand {
  rating: Rating;
  /** Inclusive lower bound, in percent of applicable cases judged 'yes'. */
  minPercent: number;
}

// 004 ¶3.23: 80%+ Outstanding, 65–79% Good, 50–64% Requires improvement, <50% Inadequate. Highest first.
export const RATING_BANDS: readonly RatingBand[] = [
  { rating: 'Outstanding', minPercent: 80 },
  { rating: 'Good', minPercent: 65 },
  { rating: 'Requires improvement', minPercent: 50 },
  { rating: 'Inadequate', minPercent: 0 },
];

/**
 * The band for `yes` of `applicable` cases (applicable > 0).
 * Decision (docs/domain.md §5): compare the unrounded fraction, so 79.6% is Good, not Outstanding.
 * Cross-multiplying keeps the comparison exact in integers (no 0.65 floating-point edge).
 */
export function bandForProportion(
  yes: number,
  applicable: number,
  bands: readonly RatingBand[] = RATING_BANDS,
): Rating {
  if (!(applicable > 0) || yes < 0 || yes > applicable) {
    throw new RangeError(`need 0 ≤ yes ≤ applicable and applicable > 0 (got ${yes} of ${applicable})`);
  }
  const band = bands.find((candidate) => yes * 100 >= candidate.minPercent * applicable);
  if (!band) throw new RangeError('the rating bands must include one with minPercent 0');
  return band.rating;
}

/** Decision (docs/domain.md §5): show whole percentages; the band is never taken from this rounded figure. */
export function displayPercent(yes: number, applicable: number): number {
  return Math.round((yes * 100) / applicable);
}
