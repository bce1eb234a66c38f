// An inspection's reviewed cases as the live standings take them (domain LiveCase): the key-question
// judgements of each case's latest submitted version, its disposal group, and its review state (the domain
// decides which states count as standing). Refused once the inspection's case data is purged: the judgements
// were read from the answers it removed.
import type { LiveCase, DisposalType, ReviewState } from '@yji/domain';
import { sideOf } from '@yji/domain';
import type { FieldworkDb } from '../db.ts';
import { disposalTypeOf } from '../tasks/stored-task.ts';
import type { PurgeRefusal } from './assessment-snapshot.ts';
import { reviewedVersionsOf } from './reviewed-versions.ts';

export async function liveCasesOf(
  db: FieldworkDb,
  inspectionId: string,
  refusal: PurgeRefusal,
): Promise<LiveCase[]> {
  const latests = await reviewedVersionsOf(db, inspectionId, 'latest', refusal);
  return latests.map(({ review: { task, state }, judgements }) => ({
    id: task.id,
    type: sideOf(disposalTypeOf(task) as DisposalType),
    judgements: judgements(),
    reviewState: state as ReviewState,
  }));
}
