// An inspection's reviewed cases as the live standings take them (domain LiveCase): the key-question
// judgements of each case's latest submitted version, its disposal group, and its review state (the domain
// decides which states count as standing). Refused once the inspection's case data is purged: the judgements
// were read from the answers it removed.
import type { LiveCase, DisposalType, ReviewState } from '@yji/domain';
import { sideOf } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import { inspectionOfCase } from '../inspection/inspection-settings.ts';
import { disposalTypeOf, surroundingsFrom } from '../tasks/stored-task.ts';
import { keptJudgementsOf, type PurgeRefusal } from './assessment-snapshot.ts';

export async function liveCasesOf(
  db: FieldworkDb,
  inspectionId: string,
  refusal: PurgeRefusal,
): Promise<LiveCase[]> {
  const reviews = await db.caseReview.findMany({
    where: { inspectionId },
    include: {
      task: { include: { versions: { orderBy: { round: 'desc' }, take: 1 }, caseManagerInterview: true } },
    },
  });
  const inspection = await inspectionOfCase(db, inspectionId);
  return reviews.flatMap(({ task, state }) => {
    const latest = task.versions[0];
    if (!latest) return [];
    return [
      {
        id: task.id,
        type: sideOf(disposalTypeOf(task) as DisposalType),
        judgements: keptJudgementsOf(
          task,
          latest,
          surroundingsFrom(inspection, task.caseManagerInterview),
          refusal,
        ),
        reviewState: state as ReviewState,
      },
    ];
  });
}
