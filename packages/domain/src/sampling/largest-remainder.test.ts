import { describe, expect, it } from 'vitest';
import { apportion } from './largest-remainder.ts';

const group = (weight: number, capacity = Number.POSITIVE_INFINITY) => ({ weight, capacity });

describe('apportion (largest remainder)', () => {
  it.each([
    {
      // 7 × 0.6 = 4.2, 7 × 0.4 = 2.8
      rule: 'gives the floors, then the left-over cases to the largest remainders',
      total: 7,
      groups: [group(0.6), group(0.4)],
      shares: [4, 3],
    },
    {
      // 36 × (50, 30, 10, 10) / 100 = 18, 10.8, 3.6, 3.6
      rule: 'gives a tied remainder to the earlier group',
      total: 36,
      groups: [group(50), group(30), group(10), group(10)],
      shares: [18, 11, 4, 3],
    },
    {
      rule: 'fills from the others when a group has too few',
      total: 60,
      groups: [group(0.6, 10), group(0.4, 100)],
      shares: [10, 50],
    },
    {
      rule: 'never gives more than the total capacity',
      total: 60,
      groups: [group(0.6, 10), group(0.4, 5)],
      shares: [10, 5],
    },
    {
      rule: 'shares by capacity when the groups left carry no weight',
      total: 10,
      groups: [group(1, 4), group(0, 3), group(0, 9)],
      shares: [4, 2, 4],
    },
    { rule: 'gives nothing to an empty group', total: 5, groups: [group(1, 0), group(1)], shares: [0, 5] },
  ])('$rule', ({ total, groups, shares }) => {
    expect(apportion(total, groups)).toEqual(shares);
  });
});
