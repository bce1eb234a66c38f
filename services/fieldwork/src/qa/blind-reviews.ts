// The blind pairs of an inspection, as the domain's agreement measure takes them (qa/agreement.ts): the
// assessor's key-question judgements as first submitted (round 1, before any return could show them the
// reviewer's view) against the judgement that counts of the reviewer the case is with (domain
// qa/blind-judgement.ts), recorded before the answers were shown to them. Refused once the inspection's case
// data is purged: the assessor's side is gone.
import { countingBlindJudgement, type BlindReview } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import { inspectionOfCase } from '../inspection/inspection-settings.ts';
import { surroundingsFrom } from '../tasks/stored-task.ts';
import { keptJudgementsOf, type PurgeRefusal } from './assessment-snapshot.ts';
import { domainReviewOf } from './review-record.ts';

export async function blindReviewsOf(
  db: FieldworkDb,
  inspectionId: string,
  refusal: PurgeRefusal,
): Promise<BlindReview[]> {
  const reviews = await db.caseReview.findMany({
    where: { inspectionId },
    include: { task: { include: { versions: { where: { round: 1 } }, caseManagerInterview: true } } },
  });
  const inspection = await inspectionOfCase(db, inspectionId);
  const judged = await db.blindJudgement.findMany({
    where: { taskId: { in: reviews.map((review) => review.taskId) } },
  });
  return reviews.flatMap((review) => {
    const { task, assessorId, taskId } = review;
    const reviewer = countingBlindJudgement(
      domainReviewOf(review),
      judged.filter((judgement) => judgement.taskId === taskId),
    );
    const first = task.versions[0];
    if (!reviewer || !first) return [];
    const surroundings = surroundingsFrom(inspection, task.caseManagerInterview);
    return [
      {
        caseRef: task.caseRef,
        assessorId,
        assessor: keptJudgementsOf(task, first, surroundings, refusal),
        reviewer: reviewer.judgements as Record<string, boolean | null>,
      },
    ];
  });
}
