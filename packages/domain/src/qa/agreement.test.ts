import { describe, expect, it } from 'vitest';
import { measureAgreement } from './agreement.ts';
import type { BlindReview } from './agreement.ts';

/** Blind reviews of one assessor's cases on key question 2.1.1, from [assessor, reviewer] judgements. */
function reviews(assessorId: string, pairs: Pair[]): BlindReview[] {
  return pairs.map(([assessor, reviewer], index) => ({
    caseRef: `${assessorId}-C${index}`,
    assessorId,
    assessor: { '2.1.1': assessor },
    reviewer: { '2.1.1': reviewer },
  }));
}

type Pair = [assessor: boolean | null, reviewer: boolean | null];

const repeat = (count: number, pair: Pair): Pair[] => Array.from({ length: count }, () => pair);

describe('measureAgreement (docs/domain.md §6 step 4)', () => {
  it('per key question, assessor and inspection: pairs, percent agreement and kappa', () => {
    // The two-readers example of kappa.test.ts split across two assessors: κ 0.40 over all 50.
    const all = [
      ...reviews('inspector-1', [...repeat(20, [true, true]), ...repeat(5, [true, false])]),
      ...reviews('inspector-2', [...repeat(10, [false, true]), ...repeat(15, [false, false])]),
    ];
    const report = measureAgreement(all);
    expect(report.inspection).toMatchObject({
      id: 'inspection',
      pairs: 50,
      agreements: 35,
      percentAgreement: 70,
      counts: { bothYes: 20, firstYesSecondNo: 5, firstNoSecondYes: 10, bothNo: 15 },
      unpaired: 0,
    });
    expect(report.inspection.kappa.defined && report.inspection.kappa.value).toBeCloseTo(0.4, 12);
    expect(report.byKeyQuestion.map(({ id, pairs }) => [id, pairs])).toEqual([['2.1.1', 50]]);
    expect(report.byAssessor.map(({ id, pairs, percentAgreement }) => [id, pairs, percentAgreement])).toEqual(
      [
        ['inspector-1', 25, 80],
        ['inspector-2', 25, 60],
      ],
    );
    // inspector-1's assessor always said yes: kappa is 0, not undefined; the reviewer varied.
    expect(report.byAssessor[0]?.kappa).toMatchObject({ defined: true, value: 0 });
  });

  it('says kappa is not defined when every pair gave the one same answer', () => {
    const report = measureAgreement(reviews('inspector-1', repeat(6, [true, true])));
    expect(report.inspection).toMatchObject({
      pairs: 6,
      percentAgreement: 100,
      kappa: { defined: false, reason: 'chance-agreement-is-one' },
    });
  });

  it('counts a key question judged by one and found not applicable by the other apart from the pairs', () => {
    const report = measureAgreement([
      ...reviews('inspector-1', [
        [true, null],
        [null, false],
        [null, null],
        [true, true],
        [false, false],
      ]),
      { caseRef: 'X', assessorId: 'inspector-1', assessor: { '2.1.2': true }, reviewer: {} },
    ]);
    expect(report.inspection).toMatchObject({ pairs: 2, unpaired: 3, percentAgreement: 100 });
    expect(report.byKeyQuestion.map(({ id, pairs, unpaired }) => [id, pairs, unpaired])).toEqual([
      ['2.1.1', 2, 2],
      ['2.1.2', 0, 1],
    ]);
    expect(report.byKeyQuestion[1]).toMatchObject({ percentAgreement: null, kappa: { reason: 'no-pairs' } });
  });

  it('reports nothing to compare without blind reviews', () => {
    expect(measureAgreement([])).toMatchObject({
      byKeyQuestion: [],
      byAssessor: [],
      inspection: { pairs: 0, percentAgreement: null, kappa: { defined: false, reason: 'no-pairs' } },
    });
  });
});
