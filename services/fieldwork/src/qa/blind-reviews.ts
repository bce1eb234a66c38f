// The blind pairs of an inspection, as the domain's agreement measure takes them (qa/agreement.ts): the
// assessor's key-question judgements as first submitted (round 1, before any return could show them the
// reviewer's view) against the judgement that counts of the reviewer the case is with (domain
// qa/blind-judgement.ts), recorded before the answers were shown to them. Refused once the inspection's case
// data is purged: the assessor's side is gone.
import { countingBlindJudgement, type BlindReview } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import type { PurgeRefusal } from './assessment-snapshot.ts';
import { domainReviewOf } from './review-record.ts';
import { reviewedVersionsOf } from './reviewed-versions.ts';

export async function blindReviewsOf(
  db: FieldworkDb,
  inspectionId: string,
  refusal: PurgeRefusal,
): Promise<BlindReview[]> {
  const firsts = await reviewedVersionsOf(db, inspectionId, 'first', refusal);
  const judged = await db.blindJudgement.findMany({
    where: { taskId: { in: firsts.map(({ review }) => review.taskId) } },
  });
  return firsts.flatMap(({ review, judgements }) => {
    const reviewer = countingBlindJudgement(
      domainReviewOf(review),
      judged.filter((judgement) => judgement.taskId === review.taskId),
    );
    if (!reviewer) return [];
    return [
      {
        caseRef: review.task.caseRef,
        assessorId: review.assessorId,
        assessor: judgements(),
        reviewer: reviewer.judgements as Record<string, boolean | null>,
      },
    ];
  });
}
