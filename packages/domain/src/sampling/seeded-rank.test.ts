import { describe, expect, it } from 'vitest';
import { hashString, inLotteryOrder } from './seeded-rank.ts';

const lotteryNumber = (seed: string, caseId: string) => hashString(caseId, hashString(seed) >>> 0) >>> 0;

describe('seeded lottery', () => {
  it('gives fixed numbers, so a recorded seed redraws the same sample on any machine', () => {
    // Pinned values: a change here changes every sample ever drawn. cyrb53('') is the published reference value.
    expect(hashString('')).toBe(3338908027751811);
    expect(lotteryNumber('inspection-2025', 'C0001')).toBe(575180807828884 % 2 ** 32);
  });

  it('puts cases with equal lottery numbers in case id order, and refuses a repeated id', () => {
    // C19015 and C68824 draw the same 32-bit number for the seed 'tie' (found by search).
    expect(lotteryNumber('tie', 'C19015')).toBe(lotteryNumber('tie', 'C68824'));
    const tied = [{ caseId: 'C68824' }, { caseId: 'C5' }, { caseId: 'C19015' }];
    const ids = (cases: { caseId: string }[]) => cases.map(({ caseId }) => caseId);
    const ordered = ids(inLotteryOrder(tied, 'tie'));
    expect(ordered.indexOf('C68824')).toBe(ordered.indexOf('C19015') + 1);
    expect(ids(inLotteryOrder([...tied].reverse(), 'tie'))).toEqual(ordered);
    expect(() => inLotteryOrder([...tied, { caseId: 'C5' }], 'tie')).toThrow(RangeError);
  });

  it('orders by case id and seed, not by the order given', () => {
    const cases = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((caseId) => ({ caseId }));
    const forward = inLotteryOrder(cases, 'seed-a');
    expect(inLotteryOrder([...cases].reverse(), 'seed-a')).toEqual(forward);
    expect(inLotteryOrder(cases, 'seed-b')).not.toEqual(forward);
  });
});
