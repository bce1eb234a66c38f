import { describe, expect, it } from 'vitest';
import { cohensKappa } from './kappa.ts';

describe('Cohen’s kappa against published worked examples', () => {
  it('Bonett’s statpsych ci.kappa example, computed by Fleiss & Paik (2003): κ 0.676, SE 0.0734, 95% CI 0.532–0.820', () => {
    // statpsych (D. G. Bonett), ci.kappa reference page: ci.kappa(.05, f00 = 31, f01 = 12, f10 = 4, f11 = 58)
    // returns "Cohen kappa: 0.6756757 0.07344761 0.5317210 0.8196303" (estimate, SE, lower, upper), citing
    // Fleiss JL, Paik MC (2003), Statistical Methods for Rates and Proportions, 3rd ed.
    // https://dgbonett.github.io/statpsych/reference/ci.kappa.html. Rating 1 is read as yes.
    const kappa = cohensKappa({ bothYes: 58, firstYesSecondNo: 4, firstNoSecondYes: 12, bothNo: 31 });
    expect(kappa.defined).toBe(true);
    if (!kappa.defined) return;
    expect(kappa.value).toBeCloseTo(0.6756757, 7);
    expect(kappa.standardError).toBeCloseTo(0.07344761, 8);
    expect(kappa.ci95.lower).toBeCloseTo(0.531721, 6);
    expect(kappa.ci95.upper).toBeCloseTo(0.8196303, 7);
  });

  it('the two-readers, 50-grant-proposals example: observed 0.70, chance 0.50, κ 0.40', () => {
    // Wikipedia, "Cohen's kappa", simple example (also worked at howcodex.com/statistics/cohen_kappa_coefficient.htm):
    // readers A and B; both yes 20, A yes B no 5, A no B yes 10, both no 15.
    const kappa = cohensKappa({ bothYes: 20, firstYesSecondNo: 5, firstNoSecondYes: 10, bothNo: 15 });
    expect(kappa).toMatchObject({ defined: true });
    if (kappa.defined) expect(kappa.value).toBeCloseTo(0.4, 12);
  });
});

describe('cohensKappa', () => {
  it('is not defined without pairs', () => {
    expect(cohensKappa({ bothYes: 0, firstYesSecondNo: 0, firstNoSecondYes: 0, bothNo: 0 })).toEqual({
      defined: false,
      reason: 'no-pairs',
    });
  });

  it('is not defined when everyone gave the one same answer: chance agreement is 1', () => {
    for (const counts of [
      { bothYes: 12, firstYesSecondNo: 0, firstNoSecondYes: 0, bothNo: 0 },
      { bothYes: 0, firstYesSecondNo: 0, firstNoSecondYes: 0, bothNo: 3 },
    ]) {
      expect(cohensKappa(counts)).toEqual({ defined: false, reason: 'chance-agreement-is-one' });
    }
  });

  it('is 1 with no spread for complete agreement on both answers', () => {
    expect(cohensKappa({ bothYes: 7, firstYesSecondNo: 0, firstNoSecondYes: 0, bothNo: 3 })).toEqual({
      defined: true,
      value: 1,
      standardError: 0,
      ci95: { lower: 1, upper: 1 },
    });
  });

  it('is 0 when one rater always says yes and the other does not', () => {
    const kappa = cohensKappa({ bothYes: 6, firstYesSecondNo: 4, firstNoSecondYes: 0, bothNo: 0 });
    expect(kappa).toMatchObject({ defined: true, value: 0 });
  });

  it('keeps the interval inside κ’s range', () => {
    // Ten pairs, one disagreement: the Wald interval reaches past 1 before it is cut.
    const kappa = cohensKappa({ bothYes: 5, firstYesSecondNo: 1, firstNoSecondYes: 0, bothNo: 4 });
    expect(kappa.defined && kappa.ci95.upper).toBe(1);
    expect(kappa.defined && kappa.value + 1.96 * kappa.standardError).toBeGreaterThan(1);
  });
});
