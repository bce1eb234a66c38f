// What the assessor sees of QA on their own task: the review's state, and while a case given back is with
// them why: the reviewer's reason and per-question comments for a return, the lead inspector's reason for a
// correction (a correction has no comments, and an earlier round's return is no longer the reason).
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
      ? {
          by: lastReturn.move === 'correct' ? ('correction' as const) : ('quality-assurance' as const),
          reason: lastReturn.reason ?? '',
          comments: lastReturn.move === 'correct' ? {} : lastReturn.comments,
        }
      : null;
  return { state, round: review.round, returned };
}
