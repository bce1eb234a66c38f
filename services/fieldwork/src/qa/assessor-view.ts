// What the assessor sees of QA on their own task: the review's state, and while a returned case is with them
// the reviewer's reason and per-question comments, shown beside the questions as they revise.
import type { z } from 'zod';
import { ReviewState, type ReviewForAssessor } from '@yji/contracts';
import type { FieldworkDb } from '../db.ts';
import type { CaseReview } from '../generated/prisma/client.ts';

export async function reviewForAssessor(
  db: FieldworkDb,
  review: CaseReview | null,
): Promise<z.input<typeof ReviewForAssessor> | null> {
  if (!review) return null;
  const state = ReviewState.parse(review.state);
  const lastReturn =
    state === 'returned' || state === 'revising'
      ? await db.reviewEntry.findFirst({
          where: { taskId: review.taskId, move: 'return' },
          orderBy: { at: 'desc' },
        })
      : null;
  return {
    state,
    round: review.round,
    returned: lastReturn
      ? { reason: lastReturn.reason ?? '', comments: lastReturn.comments as Record<string, string> }
      : null,
  };
}
