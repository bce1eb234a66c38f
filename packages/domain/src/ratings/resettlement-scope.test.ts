// Resettlement (2.5) is rated only with at least five custody cases (004 ¶3.15), and then always counts.
import { describe, expect, it } from 'vitest';
import { resettlementInScope, standardsInScope } from './resettlement-scope.ts';
import { computeRatings } from './compute-ratings.ts';
import { RATED_STANDARDS_2020 } from './rated-standards.ts';

describe('resettlementInScope', () => {
  it('needs five custody cases', () => {
    expect(resettlementInScope(4)).toBe(false);
    expect(resettlementInScope(5)).toBe(true);
    expect(resettlementInScope(12)).toBe(true);
  });
});

describe('standardsInScope', () => {
  it('rates 13 standards with resettlement in scope and 12 without, whatever has been proposed', () => {
    const input = { cases: [], qualitative: {} };
    const withIt = computeRatings(input, { standards: standardsInScope(RATED_STANDARDS_2020, true) });
    const without = computeRatings(input, { standards: standardsInScope(RATED_STANDARDS_2020, false) });
    expect(withIt.standards).toHaveLength(13);
    expect(withIt.thresholds.standardCount).toBe(13);
    expect(withIt.missing).toContain('2.5');
    expect(without.standards.map(({ id }) => id)).not.toContain('2.5');
    expect(without.thresholds.standardCount).toBe(12);
  });
});
