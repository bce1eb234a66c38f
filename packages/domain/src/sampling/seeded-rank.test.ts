import { describe, expect, it } from 'vitest';
import { hashString, inLotteryOrder, seededRanker } from './seeded-rank.ts';

describe('seeded lottery', () => {
  it('gives fixed numbers, so a recorded seed redraws the same sample on any machine', () => {
    // Pinned values: a change here changes every sample ever drawn. cyrb53('') is the published reference value.
    expect(hashString('')).toBe(3338908027751811);
    expect(seededRanker('inspection-2025')('C0001')).toBe(575180807828884);
  });

  it('orders by case id and seed, not by the order given', () => {
    const cases = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((caseId) => ({ caseId }));
    const forward = inLotteryOrder(cases, 'seed-a');
    expect(inLotteryOrder([...cases].reverse(), 'seed-a')).toEqual(forward);
    expect(inLotteryOrder(cases, 'seed-b')).not.toEqual(forward);
  });
});
