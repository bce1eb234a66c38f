import { describe, expect, it } from 'vitest';
import { applyPanelAdjustments } from './panel-adjustments.ts';
import { computeRatings } from './compute-ratings.ts';
import type { RatingsCase } from './ratings-input-schema.ts';

// Court cases all judged yes; OOCD cases judged yes on desistance only, so 3.1–3.3 lack safety and risk cases.
const cases: RatingsCase[] = [
  ...Array.from({ length: 6 }, (_, index) => ({
    id: `court-${index}`,
    type: 'court' as const,
    judgements: Object.fromEntries(
      ['1', '2', '3', '4'].flatMap((s) => ['1', '2', '3'].map((k) => [`2.${s}.${k}`, true])),
    ),
  })),
  ...Array.from({ length: 4 }, (_, index) => ({
    id: `oocd-${index}`,
    type: 'oocd' as const,
    judgements: { '3.1.1': index > 0, '3.2.1': true, '3.3.1': true },
  })),
];
const ratings = computeRatings({
  cases,
  qualitative: { '1.1': 'Good', '1.2': 'Good', '1.3': 'Requires improvement', '1.4': 'Good', '3.4': 'Good' },
});

describe('applyPanelAdjustments (004 ¶3.31)', () => {
  it('starts from standards the panel must decide', () => {
    expect(ratings.missing).toEqual(['3.1', '3.2', '3.3']);
    expect(ratings.overall).toBeNull();
  });

  it('records each move with its rationale, keeps the original and recomputes the overall rating', () => {
    const outcome = applyPanelAdjustments(ratings, [
      {
        standardId: '3.1',
        to: 'Requires improvement',
        rationale: 'Desistance 3 of 4; no medium or high risk cases.',
      },
      { standardId: '3.2', to: 'Good', rationale: 'Plans seen in all four cases.' },
      { standardId: '3.3', to: 'Good', rationale: 'Delivery evidence from interviews.' },
      { standardId: '2.1', to: 'Good', rationale: '  Wider evidence of weak assessment in custody cases.  ' },
    ]);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.original).toBe(ratings);
    expect(ratings.standards.find(({ id }) => id === '2.1')?.rating).toBe('Outstanding');
    expect(outcome.adjustments).toEqual([
      {
        standardId: '2.1',
        from: 'Outstanding',
        to: 'Good',
        direction: 'down',
        rationale: 'Wider evidence of weak assessment in custody cases.',
      },
      {
        standardId: '3.1',
        from: null,
        to: 'Requires improvement',
        direction: 'decided',
        rationale: 'Desistance 3 of 4; no medium or high risk cases.',
      },
      {
        standardId: '3.2',
        from: null,
        to: 'Good',
        direction: 'decided',
        rationale: 'Plans seen in all four cases.',
      },
      {
        standardId: '3.3',
        from: null,
        to: 'Good',
        direction: 'decided',
        rationale: 'Delivery evidence from interviews.',
      },
    ]);
    // 1.x: 2+2+1+2, 2.1–2.4: 2+3+3+3, 3.1–3.4: 1+2+2+2 = 25 of 36.
    expect(outcome.adjusted).toMatchObject({ missing: [], score: 25, maxScore: 36, overall: 'Good' });
  });

  it('moves a rating up', () => {
    const outcome = applyPanelAdjustments(ratings, [
      { standardId: '1.3', to: 'Good', rationale: 'New partnership data.' },
    ]);
    expect(outcome.ok && outcome.adjustments[0]?.direction).toBe('up');
  });

  it.each([
    [{ standardId: '1.1', to: 'Outstanding', rationale: '   ' }, 'adjustment 1: a rationale is required'],
    [{ standardId: '2.5', to: 'Good', rationale: 'x' }, 'adjustment 1: standard 2.5 is not rated'],
    [{ standardId: '1.1', to: 'Good', rationale: 'x' }, 'adjustment 1: rating unchanged'],
  ])('refuses %o', (adjustment, error) => {
    expect(applyPanelAdjustments(ratings, [adjustment as never])).toEqual({ ok: false, errors: [error] });
  });

  it('refuses two adjustments of one standard', () => {
    const twice = { standardId: '1.1', to: 'Outstanding', rationale: 'x' } as const;
    expect(applyPanelAdjustments(ratings, [twice, twice])).toEqual({
      ok: false,
      errors: ['adjustment 2: standard 1.1 adjusted twice'],
    });
  });
});
