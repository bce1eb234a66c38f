import { describe, expect, it } from 'vitest';
import { bandForProportion, displayPercent } from '../rating-bands.ts';
import type { RatingBand } from '../rating-bands.ts';
import type { KeyQuestionResult } from '../ratings-result.ts';
import { keyQuestionStanding } from './band-distance.ts';

function result(yes: number, applicable: number, bands?: readonly RatingBand[]): KeyQuestionResult {
  const rated = applicable > 0;
  return {
    id: '2.1.1',
    yes,
    applicable,
    percent: rated ? displayPercent(yes, applicable) : null,
    band: rated ? bandForProportion(yes, applicable, bands) : null,
  };
}

describe('keyQuestionStanding (bands: 004 ¶3.23)', () => {
  it('7 yes of 10 is Good: 5 more yes make Outstanding (12 of 15, 80%); 1 more no makes Requires improvement', () => {
    expect(keyQuestionStanding(result(7, 10))).toEqual({
      id: '2.1.1',
      yes: 7,
      applicable: 10,
      share: 0.7,
      percent: 70,
      band: 'Good',
      toRise: { cases: 5, band: 'Outstanding' },
      toFall: { cases: 1, band: 'Requires improvement' },
    });
  });

  it('keeps the share unrounded: 39 of 49 shows as 80% but is Good, one yes from Outstanding', () => {
    expect(keyQuestionStanding(result(39, 49))).toMatchObject({
      percent: 80,
      band: 'Good',
      share: 39 / 49,
      toRise: { cases: 1, band: 'Outstanding' },
    });
  });

  it('has nothing to rise to at the top and nothing to fall to at the bottom', () => {
    expect(keyQuestionStanding(result(4, 5))).toMatchObject({
      band: 'Outstanding',
      toRise: null,
      toFall: { cases: 1, band: 'Good' },
    });
    expect(keyQuestionStanding(result(0, 3))).toMatchObject({
      band: 'Inadequate',
      toRise: { cases: 3, band: 'Requires improvement' },
      toFall: null,
    });
  });

  it('has no band, share or distance without an applicable case', () => {
    expect(keyQuestionStanding(result(0, 0))).toMatchObject({
      band: null,
      share: null,
      toRise: null,
      toFall: null,
    });
  });

  it('takes the framework’s bands, and says when no number of yes can reach the next', () => {
    const allOrNothing: RatingBand[] = [
      { rating: 'Outstanding', minPercent: 100 },
      { rating: 'Inadequate', minPercent: 0 },
    ];
    expect(keyQuestionStanding(result(9, 10, allOrNothing), allOrNothing)).toMatchObject({
      band: 'Inadequate',
      toRise: null,
      toFall: null,
    });
    expect(keyQuestionStanding(result(10, 10, allOrNothing), allOrNothing)).toMatchObject({
      toFall: { cases: 1, band: 'Inadequate' },
    });
  });

  it('counts far, in few steps: 0 yes of 10,000 needs 10,000 yes to reach 50%', () => {
    expect(keyQuestionStanding(result(0, 10_000)).toRise).toEqual({
      cases: 10_000,
      band: 'Requires improvement',
    });
  });
});
