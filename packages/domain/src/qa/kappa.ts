// Cohen's kappa for two raters giving yes/no judgements on the same items (Cohen 1960, "A coefficient of
// agreement for nominal scales", Educational and Psychological Measurement 20, 37–46), with a 95% confidence
// interval.
//
// Standard error: the large-sample (non-null) standard error of Fleiss, Cohen & Everitt (1969), "Large sample
// standard errors of kappa and weighted kappa", Psychological Bulletin 72(5), 323–327, as given in Fleiss,
// Levin & Paik (2003), Statistical Methods for Rates and Proportions, 3rd ed., ch. 18:
//
//   Var(κ) = [ Σᵢ pᵢᵢ (1 − (pᵢ. + p.ᵢ)(1 − κ))² + (1 − κ)² Σᵢ≠ⱼ pᵢⱼ (p.ᵢ + pⱼ.)² − (κ − pₑ(1 − κ))² ]
//            / (n (1 − pₑ)²)
//
// It is the one derived without assuming κ = 0, so it is the one for an interval (the simpler
// √(pₒ(1 − pₒ) / (n(1 − pₑ)²)) of Cohen 1960 rests on contradictory assumptions, as the 1969 paper shows).
// The interval is κ ± z₀.₉₇₅ · SE (Wald), cut to κ's range [−1, 1] (decision: a bound outside it means
// nothing). With few pairs it is wide, and it should be read so.

/** Counts of paired judgements: the first rater's answer, then the second's. */
export interface PairedCounts {
  bothYes: number;
  firstYesSecondNo: number;
  firstNoSecondYes: number;
  bothNo: number;
}

export type Kappa =
  | { defined: true; value: number; standardError: number; ci95: { lower: number; upper: number } }
  /**
   * 'no-pairs': nothing to compare. 'chance-agreement-is-one': both raters gave one and the same answer to
   * every item, so agreement by chance is certain and κ = 0/0.
   */
  | { defined: false; reason: 'no-pairs' | 'chance-agreement-is-one' };

/** The 97.5th percentile of the standard normal distribution. */
const Z_975 = 1.959963984540054;

const clampToKappaRange = (value: number) => Math.min(1, Math.max(-1, value));

export function cohensKappa(counts: PairedCounts): Kappa {
  const n = counts.bothYes + counts.firstYesSecondNo + counts.firstNoSecondYes + counts.bothNo;
  if (n === 0) return { defined: false, reason: 'no-pairs' };
  // p[i][j]: share of items the first rater put in category i and the second in j (0 yes, 1 no).
  const p = [
    [counts.bothYes / n, counts.firstYesSecondNo / n],
    [counts.firstNoSecondYes / n, counts.bothNo / n],
  ] as const;
  const first = [p[0][0] + p[0][1], p[1][0] + p[1][1]] as const;
  const second = [p[0][0] + p[1][0], p[0][1] + p[1][1]] as const;
  const observed = p[0][0] + p[1][1];
  const chance = first[0] * second[0] + first[1] * second[1];
  // Chance agreement is 1 only when both margins sit wholly on the same answer; compare counts, not floats.
  const oneAnswerOnly =
    counts.firstYesSecondNo + counts.firstNoSecondYes === 0 && (counts.bothYes === 0 || counts.bothNo === 0);
  if (oneAnswerOnly) return { defined: false, reason: 'chance-agreement-is-one' };

  const kappa = (observed - chance) / (1 - chance);
  const diagonal =
    p[0][0] * (1 - (first[0] + second[0]) * (1 - kappa)) ** 2 +
    p[1][1] * (1 - (first[1] + second[1]) * (1 - kappa)) ** 2;
  const offDiagonal =
    (1 - kappa) ** 2 * (p[0][1] * (second[0] + first[1]) ** 2 + p[1][0] * (second[1] + first[0]) ** 2);
  const correction = (kappa - chance * (1 - kappa)) ** 2;
  // The numerator is a sum of squares less a square; rounding can leave it a hair below zero.
  const variance = Math.max(0, diagonal + offDiagonal - correction) / (n * (1 - chance) ** 2);
  const standardError = Math.sqrt(variance);
  return {
    defined: true,
    value: kappa,
    standardError,
    ci95: {
      lower: clampToKappaRange(kappa - Z_975 * standardError),
      upper: clampToKappaRange(kappa + Z_975 * standardError),
    },
  };
}
