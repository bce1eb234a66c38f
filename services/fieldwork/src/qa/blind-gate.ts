// In a blind review the reviewer records their own judgement of each key question before the assessor's
// answers are shown (the agreement figures rest on it). A judgement is the reviewer's who made it, and counts
// only while the case is with them (domain qa/blind-judgement.ts): until the case's reviewer has judged it,
// what any QA reviewer reads of the review withholds the answers; the case's own assessor and the lead
// inspector are not kept from them.
import { countingBlindJudgement } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import type { BlindJudgement, CaseReview, Prisma } from '../generated/prisma/client.ts';
import type { ReviewAccess } from './review-access.ts';
import { domainReviewOf, isBlind } from './review-record.ts';

/** The blind judgement that counts for the review as it stands; null when none does. */
export async function countingJudgementOf(
  db: FieldworkDb | Prisma.TransactionClient,
  review: CaseReview,
): Promise<BlindJudgement | null> {
  const recorded = await db.blindJudgement.findMany({ where: { taskId: review.taskId } });
  return countingBlindJudgement(domainReviewOf(review), recorded);
}

export function answersWithheld(access: ReviewAccess, counting: BlindJudgement | null): boolean {
  return (
    isBlind(access.task.review) &&
    counting?.reviewerId !== access.member.userId &&
    !access.own &&
    !access.lead
  );
}
