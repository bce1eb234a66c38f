// The four-point rating scale used for every standard and for the overall rating (004 foreword, ¶3.23).
import { z } from 'zod';

/** Lowest first, so a rating's index is its rank. */
export const RATINGS = ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'] as const;

export type Rating = (typeof RATINGS)[number];

export const ratingSchema = z.enum(RATINGS);

// Composite score per standard (004 ¶3.15, ¶3.21; docs/domain.md §5): Inadequate 0 … Outstanding 3.
export const RATING_SCORES: Readonly<Record<Rating, number>> = {
  Inadequate: 0,
  'Requires improvement': 1,
  Good: 2,
  Outstanding: 3,
};

export const MAX_RATING_SCORE = RATING_SCORES.Outstanding;

export function ratingRank(rating: Rating): number {
  return RATINGS.indexOf(rating);
}
