// How far each claimed review's deadline timers have come since its claim (the review deadline workflow's
// entries on the review's timeline: record-review-deadline.ts): its reviewer reminded, or the review overdue
// and the lead inspector told. The reviewer's queue and the lead's QA progress show it; a review released,
// moved on or claimed again starts afresh, as its timers do.
import type { ReviewDeadline } from '@yji/contracts';
import type { FieldworkDb } from '../db.ts';
import type { CaseReview } from '../generated/prisma/client.ts';

const MARKS = { 'reminder-due': 'reminded', overdue: 'overdue' } as const;

/** Each claimed review's deadline reached so far, by task id; a review absent has reached none. */
export async function reviewDeadlines(
  db: FieldworkDb,
  reviews: readonly Pick<CaseReview, 'taskId' | 'state' | 'claimedAt'>[],
): Promise<Map<string, ReviewDeadline>> {
  const claimed = new Map(
    reviews.flatMap((review) =>
      review.state === 'in-review' && review.claimedAt ? [[review.taskId, review.claimedAt] as const] : [],
    ),
  );
  const marks = new Map<string, ReviewDeadline>();
  if (!claimed.size) return marks;
  const entries = await db.reviewEntry.findMany({
    where: { taskId: { in: [...claimed.keys()] }, move: { in: Object.keys(MARKS) } },
    select: { taskId: true, move: true, at: true },
  });
  for (const { taskId, move, at } of entries) {
    if (at < claimed.get(taskId)!) continue;
    const mark = MARKS[move as keyof typeof MARKS];
    if (mark === 'overdue' || !marks.has(taskId)) marks.set(taskId, mark);
  }
  return marks;
}
