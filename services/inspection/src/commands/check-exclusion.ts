// Would excluding this case be accepted? Asked by the inspection workflow before it withdraws the case's
// assessment in fieldwork, since a withdrawal cannot be undone. Reads only; the same rule as exclude-case.
import { checkExclusion, problem } from '@yji/contracts';
import { replaceExcludedCase } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { requireSample, inspectionCommand } from './decision-support.ts';

export const checkExclusionHandler = inspectionCommand(checkExclusion, async (db, command) => {
  const { inspectionId, caseRef, reason } = command;
  const sample = await requireSample(db, inspectionId);
  // Already excluded (a retried decision): the exclusion command answers it again as it did.
  if (sample.result.excluded.some((entry) => entry.caseId === caseRef)) return { accepted: true as const };
  const outcome = replaceExcludedCase(sample.result, { caseId: caseRef, reason });
  if (!outcome.ok) throw new CommandRejected(problem(outcome.error.code, { reason: outcome.error.message }));
  return { accepted: true as const };
});
