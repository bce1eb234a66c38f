// What the assessor sees of QA on their own task: the review's state, and while a returned case is with them
// the reviewer's reason and per-question comments, shown beside the questions as they revise.
import type { z } from 'zod';
import { ReviewState, type ReviewForAssessor } from '@yji/contracts';
import type { ReaderTask } from '../tasks/task-read-sql.ts';

export function reviewForAssessor(task: ReaderTask): z.input<typeof ReviewForAssessor> | null {
  const { review, lastReturn } = task;
  if (!review) return null;
  const state = ReviewState.parse(review.state);
  const returnedNow = state === 'returned' || state === 'revising';
  return {
    state,
    round: review.round,
    returned:
      returnedNow && lastReturn
        ? { reason: lastReturn.reason ?? '', comments: lastReturn.comments as Record<string, string> }
        : null,
  };
}
