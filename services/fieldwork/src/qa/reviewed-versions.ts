// An inspection's reviewed cases, each with one of its submitted versions, as the QA figures read them: the
// agreement measure the first (round 1, before any return could show the assessor the reviewer's view), the
// live standings the latest. A case with no such version yet is left out. The version's judgements are read
// only for a case the figure takes (the agreement takes only those judged blind), and refused once the
// inspection's case data is purged.
import type { FieldworkDb } from '../db.ts';
import type { CaseReview, CaseTask } from '../generated/prisma/client.ts';
import { inspectionOfCase } from '../inspection/inspection-settings.ts';
import { surroundingsFrom } from '../tasks/stored-task.ts';
import { keptJudgementsOf, type PurgeRefusal } from './assessment-snapshot.ts';

/** Which of a case's submitted versions is read. */
const VERSION_READ = {
  first: { where: { round: 1 } },
  latest: { orderBy: { round: 'desc' }, take: 1 },
} as const;

export interface ReviewedVersion {
  review: CaseReview & { task: CaseTask };
  /** The version's key-question judgements under the surroundings it was assessed in (keptJudgementsOf). */
  judgements: () => Record<string, boolean | null>;
}

export async function reviewedVersionsOf(
  db: FieldworkDb,
  inspectionId: string,
  which: keyof typeof VERSION_READ,
  refusal: PurgeRefusal,
): Promise<ReviewedVersion[]> {
  const reviews = await db.caseReview.findMany({
    where: { inspectionId },
    include: { task: { include: { versions: VERSION_READ[which], caseManagerInterview: true } } },
  });
  const inspection = await inspectionOfCase(db, inspectionId);
  return reviews.flatMap((review) => {
    const { task } = review;
    const version = task.versions[0];
    if (!version) return [];
    const judgements = () =>
      keptJudgementsOf(task, version, surroundingsFrom(inspection, task.caseManagerInterview), refusal);
    return [{ review, judgements }];
  });
}
