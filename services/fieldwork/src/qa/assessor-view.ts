// What the assessor sees of QA on their own task: the review's state, and while a returned case is with them
// the reviewer's reason and per-question comments, shown beside the questions as they revise.
import type { z } from 'zod';
import { ReviewState, type ReviewForAssessor } from '@yji/contracts';
import type { CaseReview } from '../generated/prisma/client.ts';
import type { LastReturn } from '../tasks/task-read-sql.ts';

export function reviewForAssessor(
  review: CaseReview | null,
  lastReturn: LastReturn | null,
): z.input<typeof ReviewForAssessor> | null {
  if (!review) return null;
  const state = ReviewState.parse(review.state);
  const returned =
    (state === 'returned' || state === 'revising') && lastReturn
      ? { reason: lastReturn.reason ?? '', comments: lastReturn.comments }
      : null;
  return { state, round: review.round, returned };
}
