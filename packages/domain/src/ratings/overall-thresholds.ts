// Composite score → overall rating. The seeds say the bands shift between 12 and 13 standards but do not
// give them (004 ¶3.15), so the tables are data chosen per framework version (docs/domain.md §5).
import type { Rating } from './rating.ts';

export interface OverallBand {
  rating: Rating;
  /** Inclusive score range. */
  minScore: number;
  maxScore: number;
}

export interface OverallThresholdTable {
  id: string;
  standardCount: number;
  confirmedFromPrimarySource: boolean;
  source: string;
  /** Lowest first; contiguous from 0 to 3 × standardCount. */
  bands: readonly OverallBand[];
}

// Decision (docs/domain.md §5): defaults for the 2020 framework; pass other tables to computeRatings to change them.
export const OVERALL_THRESHOLDS: readonly OverallThresholdTable[] = [
  {
    id: 'yjs-2020-12-standards',
    standardCount: 12,
    confirmedFromPrimarySource: true,
    source: "HMIP's published youth inspection reports (score out of 36)",
    bands: [
      { rating: 'Inadequate', minScore: 0, maxScore: 6 },
      { rating: 'Requires improvement', minScore: 7, maxScore: 18 },
      { rating: 'Good', minScore: 19, maxScore: 30 },
      { rating: 'Outstanding', minScore: 31, maxScore: 36 },
    ],
  },
  {
    id: 'yjs-2020-13-standards',
    standardCount: 13,
    confirmedFromPrimarySource: false,
    source:
      'Decision (docs/domain.md §5): the 12-standard bands widened for a score out of 39; not confirmed',
    bands: [
      { rating: 'Inadequate', minScore: 0, maxScore: 6 },
      { rating: 'Requires improvement', minScore: 7, maxScore: 19 },
      { rating: 'Good', minScore: 20, maxScore: 32 },
      { rating: 'Outstanding', minScore: 33, maxScore: 39 },
    ],
  },
];

export function thresholdTableFor(
  standardCount: number,
  tables: readonly OverallThresholdTable[] = OVERALL_THRESHOLDS,
): OverallThresholdTable {
  const table = tables.find((candidate) => candidate.standardCount === standardCount);
  if (!table) throw new RangeError(`no overall threshold table for ${standardCount} standards`);
  return table;
}

export function overallRatingFor(score: number, table: OverallThresholdTable): Rating {
  const band = table.bands.find((candidate) => score >= candidate.minScore && score <= candidate.maxScore);
  if (!band) throw new RangeError(`score ${score} is outside the bands of ${table.id}`);
  return band.rating;
}
