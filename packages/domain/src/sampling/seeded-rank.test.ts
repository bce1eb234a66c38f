import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashString, inLotteryOrder } from './seeded-rank.ts';

const ids = (cases: readonly { caseId: string }[]) => cases.map(({ caseId }) => caseId);

describe('seeded lottery', () => {
  it('gives fixed numbers, so a recorded seed redraws the same sample on any machine', () => {
    // Pinned values: a change here changes every sample ever drawn. cyrb53('') is the published reference value.
    expect(hashString('')).toBe(3338908027751811);
    expect(hashString('C0001', hashString('inspection-2025') >>> 0)).toBe(575180807828884);
  });

  it('orders by case id and seed, not by the order given', () => {
    const cases = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((caseId) => ({ caseId }));
    const forward = inLotteryOrder(cases, 'seed-a');
    expect(inLotteryOrder([...cases].reverse(), 'seed-a')).toEqual(forward);
    expect(inLotteryOrder(cases, 'seed-b')).not.toEqual(forward);
  });

  it('with a limit, keeps the first cases of the full order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 40 }),
        fc.nat(45),
        fc.string(),
        (caseIds, limit, seed) => {
          const cases = caseIds.map((caseId) => ({ caseId }));
          expect(ids(inLotteryOrder(cases, seed, limit))).toEqual(
            ids(inLotteryOrder(cases, seed)).slice(0, limit),
          );
        },
      ),
    );
  });
});
