import { describe, expect, it } from 'vitest';
import { OVERALL_THRESHOLDS, overallRatingFor, thresholdTableFor } from './overall-thresholds.ts';

describe('overall threshold tables (docs/domain.md §5)', () => {
  it.each(OVERALL_THRESHOLDS.map((table) => [table.id, table] as const))(
    '%s covers every score from 0 to 3 × standards, lowest band first',
    (_id, table) => {
      let next = 0;
      for (const band of table.bands) {
        expect(band.minScore).toBe(next);
        expect(band.maxScore).toBeGreaterThanOrEqual(band.minScore);
        next = band.maxScore + 1;
      }
      expect(next - 1).toBe(3 * table.standardCount);
    },
  );

  it.each([
    [12, 6, 'Inadequate'],
    [12, 7, 'Requires improvement'],
    [12, 18, 'Requires improvement'],
    [12, 19, 'Good'],
    [12, 30, 'Good'],
    [12, 31, 'Outstanding'],
    [13, 19, 'Requires improvement'],
    [13, 20, 'Good'],
    [13, 32, 'Good'],
    [13, 33, 'Outstanding'],
  ] as const)('%i standards, score %i → %s', (standardCount, score, rating) => {
    expect(overallRatingFor(score, thresholdTableFor(standardCount))).toBe(rating);
  });

  it('marks the 13-standard table as not confirmed from a primary source', () => {
    expect(thresholdTableFor(12).confirmedFromPrimarySource).toBe(true);
    expect(thresholdTableFor(13).confirmedFromPrimarySource).toBe(false);
  });

  it('refuses a standard count or score it has no band for', () => {
    expect(() => thresholdTableFor(11)).toThrow(RangeError);
    expect(() => overallRatingFor(37, thresholdTableFor(12))).toThrow(RangeError);
  });
});
