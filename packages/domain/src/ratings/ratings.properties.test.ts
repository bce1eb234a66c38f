// Properties the rating rules must keep whatever the figures.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandForProportion } from './rating-bands.ts';
import { computeRatings } from './compute-ratings.ts';
import { OOCD_RULES } from './standard-rules.ts';
import { OVERALL_THRESHOLDS, overallRatingFor } from './overall-thresholds.ts';
import { applyPanelAdjustments } from './panel-adjustments.ts';
import { RATINGS, ratingRank } from './rating.ts';
import type { Rating } from './rating.ts';
import type { RatingsCase, RatingsInput } from './ratings-input-schema.ts';

const rank = (rating: Rating | null) => (rating === null ? -1 : ratingRank(rating));

const judgement = fc.constantFrom(true, false, null);
const oocdCase = fc.record({
  '3.1.1': judgement,
  '3.1.2': judgement,
  '3.1.3': judgement,
});
const oocdInput = fc.array(oocdCase, { minLength: 1, maxLength: 30 }).map((judgementsList): RatingsInput => ({
  cases: judgementsList.map((judgements, index): RatingsCase => ({
    id: `C${index}`,
    type: 'oocd',
    judgements,
  })),
  qualitative: {},
}));

describe('rating properties', () => {
  it('one more yes never lowers a key question band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), (applicable, seed) => {
        const yes = seed % applicable;
        expect(ratingRank(bandForProportion(yes + 1, applicable))).toBeGreaterThanOrEqual(
          ratingRank(bandForProportion(yes, applicable)),
        );
      }),
    );
  });

  it('turning a no into a yes never lowers a standard rating, under either OOCD rule', () => {
    fc.assert(
      fc.property(
        oocdInput,
        fc.nat(),
        fc.nat(2),
        fc.constantFrom(...OOCD_RULES),
        (input, caseSeed, keySeed, oocdRule) => {
          const target = input.cases[caseSeed % input.cases.length] as RatingsCase;
          const keyQuestionId = `3.1.${keySeed + 1}`;
          fc.pre(target.judgements[keyQuestionId] === false);
          const improved: RatingsInput = {
            ...input,
            cases: input.cases.map((c) =>
              c === target ? { ...c, judgements: { ...c.judgements, [keyQuestionId]: true } } : c,
            ),
          };
          const before = computeRatings(input, { oocdRule }).standards.find(({ id }) => id === '3.1');
          const after = computeRatings(improved, { oocdRule }).standards.find(({ id }) => id === '3.1');
          expect(rank(after?.rating ?? null)).toBeGreaterThanOrEqual(rank(before?.rating ?? null));
        },
      ),
    );
  });

  it('the overall rating is monotone in the composite score', () => {
    for (const table of OVERALL_THRESHOLDS) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 3 * table.standardCount - 1 }), (score) => {
          expect(ratingRank(overallRatingFor(score + 1, table))).toBeGreaterThanOrEqual(
            ratingRank(overallRatingFor(score, table)),
          );
        }),
      );
    }
  });

  it('raising any one standard adds one to the score and never lowers the overall rating', () => {
    const unrated = computeRatings({ cases: [], qualitative: {} });
    const decide = (ratings: Rating[]) => {
      const outcome = applyPanelAdjustments(
        unrated,
        unrated.standards.map(({ id }, index) => ({
          standardId: id,
          to: ratings[index] as Rating,
          rationale: 'test',
        })),
      );
      if (!outcome.ok) throw new Error(outcome.errors.join('; '));
      return outcome.adjusted;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RATINGS), { minLength: 12, maxLength: 12 }),
        fc.nat(11),
        (ratings, raised) => {
          const current = ratings[raised] as Rating;
          fc.pre(current !== 'Outstanding');
          const before = decide(ratings);
          const after = decide(ratings.with(raised, RATINGS[ratingRank(current) + 1] as Rating));
          expect(after.score).toBe((before.score as number) + 1);
          expect(rank(after.overall)).toBeGreaterThanOrEqual(rank(before.overall));
        },
      ),
    );
  });
});
