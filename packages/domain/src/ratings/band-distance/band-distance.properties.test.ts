// The distance to a neighbouring band is exact: that many cases move the band, one fewer does not.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RATINGS, ratingRank } from '../rating.ts';
import { bandForProportion, displayPercent } from '../rating-bands.ts';
import { keyQuestionStanding } from './band-distance.ts';

const counts = fc
  .tuple(fc.integer({ min: 1, max: 2000 }), fc.nat())
  .map(([applicable, seed]) => ({ applicable, yes: seed % (applicable + 1) }));

function standing(yes: number, applicable: number) {
  const band = bandForProportion(yes, applicable);
  return keyQuestionStanding({ id: 'k', yes, applicable, percent: displayPercent(yes, applicable), band });
}

const rank = (yes: number, applicable: number) => ratingRank(bandForProportion(yes, applicable));

describe('band distance properties', () => {
  it('adding exactly toRise yes lifts the band; one fewer does not', () => {
    fc.assert(
      fc.property(counts, ({ yes, applicable }) => {
        const { toRise, band } = standing(yes, applicable);
        if (toRise === null) {
          expect(band).toBe(RATINGS.at(-1));
          return;
        }
        const { cases } = toRise;
        expect(bandForProportion(yes + cases, applicable + cases)).toBe(toRise.band);
        expect(rank(yes + cases, applicable + cases)).toBeGreaterThan(rank(yes, applicable));
        expect(rank(yes + cases - 1, applicable + cases - 1)).toBe(rank(yes, applicable));
      }),
    );
  });

  it('adding exactly toFall no drops the band; one fewer does not', () => {
    fc.assert(
      fc.property(counts, ({ yes, applicable }) => {
        const { toFall, band } = standing(yes, applicable);
        if (toFall === null) {
          expect(band).toBe(RATINGS[0]);
          return;
        }
        const { cases } = toFall;
        expect(bandForProportion(yes, applicable + cases)).toBe(toFall.band);
        expect(rank(yes, applicable + cases)).toBeLessThan(rank(yes, applicable));
        expect(rank(yes, applicable + cases - 1)).toBe(rank(yes, applicable));
      }),
    );
  });
});
