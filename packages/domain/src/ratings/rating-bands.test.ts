import { describe, expect, it } from 'vitest';
import { RATING_BANDS, bandForProportion, displayPercent } from './rating-bands.ts';

describe('key question bands (004 ¶3.23)', () => {
  it.each([
    [4, 5, 'Outstanding'], // 80%: "80%+"
    [10, 10, 'Outstanding'],
    [39, 49, 'Good'], // 79.6% shows as 80% but the unrounded fraction is below 80 (docs/domain.md §5)
    [13, 20, 'Good'], // exactly 65%
    [129, 199, 'Requires improvement'], // 64.8%
    [1, 2, 'Requires improvement'], // exactly 50%
    [49, 99, 'Inadequate'], // 49.49%
    [0, 3, 'Inadequate'],
  ] as const)('%i yes of %i applicable is %s', (yes, applicable, rating) => {
    expect(bandForProportion(yes, applicable)).toBe(rating);
  });

  it('shows whole percentages without changing the band', () => {
    expect(displayPercent(39, 49)).toBe(80);
    expect(bandForProportion(39, 49)).toBe('Good');
    expect(displayPercent(1, 3)).toBe(33);
  });

  it('refuses a proportion without applicable cases or with more yes than applicable', () => {
    expect(() => bandForProportion(0, 0)).toThrow(RangeError);
    expect(() => bandForProportion(3, 2)).toThrow(RangeError);
  });

  it('takes other bands as data', () => {
    const strict = [
      { rating: 'Outstanding', minPercent: 90 },
      { rating: 'Inadequate', minPercent: 0 },
    ] as const;
    expect(bandForProportion(4, 5, strict)).toBe('Inadequate');
    expect(RATING_BANDS.map(({ minPercent }) => minPercent)).toEqual([80, 65, 50, 0]);
  });
});
