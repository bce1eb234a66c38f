// The long-list facts of one sampled case, for its fieldwork task.
import { problem, type CaseFacts, getCaseFacts } from '@yji/contracts';
import { fromDateColumn } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { inspectionCommand } from './decision-support.ts';

export const getCaseFactsHandler = inspectionCommand(getCaseFacts, async (db, { inspectionId, caseRef }) => {
  const sampled = await db.sampledCase.findUnique({
    where: { inspectionId_caseRef: { inspectionId, caseRef } },
  });
  const sample = sampled && (await db.sample.findUnique({ where: { inspectionId } }));
  const row =
    sample &&
    (await db.longListCase.findUnique({
      where: { longListId_caseRef: { longListId: sample.longListId, caseRef } },
    }));
  if (!row) throw new CommandRejected(problem('not-sampled'));
  return {
    disposalType: row.disposalType,
    disposalStart: fromDateColumn(row.disposalStart),
    caseManager: row.caseManager,
    gender: row.gender,
    ethnicity: row.ethnicity,
    safetyWellbeing: row.safetyWellbeing as CaseFacts['safetyWellbeing'],
    riskOfSeriousHarm: row.riskOfSeriousHarm as CaseFacts['riskOfSeriousHarm'],
  };
});
