// The blind pairs of an inspection, as the domain's agreement measure takes them (qa/agreement.ts): the
// assessor's key-question judgements as first submitted (round 1, before any return could show them the
// reviewer's view) against the reviewer's own, recorded before the answers were shown.
import type { BlindReview } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import { inspectionOfCase } from '../inspection/inspection-settings.ts';
import { surroundingsFrom } from '../tasks/stored-task.ts';
import { judgementsOf } from './assessment-snapshot.ts';

export async function blindReviewsOf(db: FieldworkDb, inspectionId: string): Promise<BlindReview[]> {
  const reviews = await db.caseReview.findMany({
    where: { inspectionId },
    include: { task: { include: { versions: { where: { round: 1 } }, caseManagerInterview: true } } },
  });
  const inspection = await inspectionOfCase(db, inspectionId);
  const judged = await db.blindJudgement.findMany({
    where: { taskId: { in: reviews.map((review) => review.taskId) } },
  });
  const byTask = new Map(judged.map((judgement) => [judgement.taskId, judgement]));
  return reviews.flatMap(({ task, assessorId, taskId }) => {
    const reviewer = byTask.get(taskId);
    const first = task.versions[0];
    if (!reviewer || !first) return [];
    return [
      {
        caseRef: task.caseRef,
        assessorId,
        assessor: judgementsOf(task, first, surroundingsFrom(inspection, task.caseManagerInterview)),
        reviewer: reviewer.judgements as Record<string, boolean | null>,
      },
    ];
  });
}
