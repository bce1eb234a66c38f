import { describe, expect, it } from 'vitest';
import type { CaseAssessmentState } from '@yji/contracts';
import { summariseProgress } from './progress.ts';

const entry = (
  caseRef: string,
  state: CaseAssessmentState['state'],
  overdue: boolean,
): CaseAssessmentState => ({
  taskId: `00000000-0000-4000-8000-0000000000${caseRef.slice(-2)}`,
  caseRef,
  state,
  assigneeId: 'inspector-1',
  dueAt: '2026-12-16T00:00:00.000Z',
  overdue,
  lastRefusal: null,
});

describe('summariseProgress', () => {
  it('neither shows nor counts a submitted case as overdue, though its deadline passed before submission', () => {
    const progress = summariseProgress([
      entry('C0001', 'submitted', true),
      entry('C0002', 'in-progress', true),
      entry('C0003', 'assigned', false),
    ]);
    expect(progress.totals.overdue).toBe(1);
    expect(progress.cases.map(({ caseRef, overdue }) => [caseRef, overdue])).toEqual([
      ['C0001', false],
      ['C0002', true],
      ['C0003', false],
    ]);
  });

  it('leaves withdrawn cases out of the list and the totals', () => {
    const progress = summariseProgress([entry('C0001', 'withdrawn', true), entry('C0002', 'assigned', true)]);
    expect(progress.cases.map((c) => c.caseRef)).toEqual(['C0002']);
    expect(progress.totals).toEqual({ cases: 1, byState: { assigned: 1 }, overdue: 1, allSubmitted: false });
  });
});
