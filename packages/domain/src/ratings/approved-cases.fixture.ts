// For tests that check a ratings panel against the domain: the ratings computeRatings gives the cases as
// their assessment-approved events carry them, before any qualitative standard is proposed.
import { computeRatings, type RatingsOptions } from './compute-ratings.ts';
import type { CaseType } from './rated-standards.ts';

export interface ApprovedCase {
  taskId: string;
  caseType: CaseType;
  judgements: Record<string, boolean | null>;
}

export function ratingsOfApprovedCases(approvals: readonly ApprovedCase[], options: RatingsOptions) {
  const cases = approvals.map(({ taskId, caseType, judgements }) => ({
    id: taskId,
    type: caseType,
    judgements,
  }));
  return computeRatings({ cases, qualitative: {} }, options);
}
