import { describe, expect, it } from 'vitest';
import { apportion } from './largest-remainder.ts';

const open = (weight: number) => ({ weight, capacity: Number.POSITIVE_INFINITY });

describe('apportion (largest remainder)', () => {
  it('gives the floors, then the left-over cases to the largest remainders', () => {
    // 7 × 0.6 = 4.2, 7 × 0.4 = 2.8
    expect(apportion(7, [open(0.6), open(0.4)])).toEqual([4, 3]);
    // 36 × (50, 30, 10, 10) / 100 = 18, 10.8, 3.6, 3.6: ties go to the earlier entry
    expect(apportion(36, [open(50), open(30), open(10), open(10)])).toEqual([18, 11, 4, 3]);
  });

  it('fills from the others when a group has too few', () => {
    expect(
      apportion(60, [
        { weight: 0.6, capacity: 10 },
        { weight: 0.4, capacity: 100 },
      ]),
    ).toEqual([10, 50]);
  });

  it('never gives more than the total capacity', () => {
    expect(
      apportion(60, [
        { weight: 0.6, capacity: 10 },
        { weight: 0.4, capacity: 5 },
      ]),
    ).toEqual([10, 5]);
  });

  it('shares by capacity when the groups left carry no weight', () => {
    expect(
      apportion(10, [
        { weight: 1, capacity: 4 },
        { weight: 0, capacity: 3 },
        { weight: 0, capacity: 9 },
      ]),
    ).toEqual([4, 2, 4]);
  });

  it('gives nothing to an empty group', () => {
    expect(apportion(5, [{ weight: 1, capacity: 0 }, open(1)])).toEqual([0, 5]);
  });
});
