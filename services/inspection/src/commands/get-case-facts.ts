// The long-list facts of one sampled case, for its fieldwork task.
import { problem, type getCaseFacts } from '@yji/contracts';
import { fromDateColumn } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import type { InspectionDb } from '../db.ts';
import type { Reply, Request } from './decision-support.ts';

export async function handleGetCaseFacts(
  db: InspectionDb,
  { inspectionId, caseRef }: Request<typeof getCaseFacts>,
): Promise<Reply<typeof getCaseFacts>> {
  const sampled = await db.sampledCase.findUnique({
    where: { inspectionId_caseRef: { inspectionId, caseRef } },
  });
  const sample = sampled && (await db.sample.findUnique({ where: { inspectionId } }));
  const row =
    sample &&
    (await db.longListCase.findUnique({
      where: { longListId_caseRef: { longListId: sample.longListId, caseRef } },
    }));
  if (!row) throw new CommandRejected(problem('not-sampled', { caseRef }));
  return {
    disposalType: row.disposalType,
    disposalStart: fromDateColumn(row.disposalStart),
    caseManager: row.caseManager,
    gender: row.gender,
    ethnicity: row.ethnicity,
    safetyWellbeing: row.safetyWellbeing as Reply<typeof getCaseFacts>['safetyWellbeing'],
    riskOfSeriousHarm: row.riskOfSeriousHarm as Reply<typeof getCaseFacts>['riskOfSeriousHarm'],
  };
}
