import { describe, expect, it } from 'vitest';
import { countingBlindJudgement } from './blind-judgement.ts';
import { newCaseReview, type CaseReview } from './review-states.ts';

const blindReview = (reviewerId: string | null): CaseReview => ({
  ...newCaseReview('inspector-1'),
  state: reviewerId ? 'in-review' : 'awaiting-qa',
  reviewerId,
  selection: { selected: true, reason: 'seeded-draw', blind: true },
});
const byQa1 = { reviewerId: 'qa-1', judgements: { '2.1.1': true } };
const byQa2 = { reviewerId: 'qa-2', judgements: { '2.1.1': false } };

describe('a blind judgement is its reviewer’s, not the case’s', () => {
  it('counts only while the case is with the reviewer who recorded it', () => {
    expect(countingBlindJudgement(blindReview('qa-1'), [byQa1])).toBe(byQa1);
    expect(countingBlindJudgement(blindReview('qa-2'), [byQa1, byQa2])).toBe(byQa2);
  });

  it('leaves the next reviewer of a released or reassigned case to judge it blind themselves', () => {
    expect(countingBlindJudgement(blindReview(null), [byQa1])).toBeNull();
    expect(countingBlindJudgement(blindReview('qa-2'), [byQa1])).toBeNull();
  });
});
