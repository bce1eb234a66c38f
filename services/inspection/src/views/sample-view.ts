// The sample as the lead inspector reads it: each case with its stratum and the reason it was picked, the
// reserve, what was ineligible and what was excluded. Reading the sample is reading case data, so the read
// is audited in the same transaction.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { problem, type SampleView } from '@yji/contracts';
import { appendAudit, purgedAt } from '@yji/db';
import { actorOf, HttpError } from '@yji/service-kit';
import type { InspectionDb } from '../db.ts';
import { loadSample } from '../store/sample-store.ts';

export async function readSampleView(
  db: InspectionDb,
  request: FastifyRequest,
  inspectionId: string,
): Promise<z.input<typeof SampleView>> {
  const sample = await db.$transaction(async (tx) => {
    const found = await loadSample(tx, inspectionId);
    if (found) {
      await appendAudit(tx, {
        actor: actorOf(request),
        action: 'sample.read',
        entityType: 'sample',
        entityId: inspectionId,
        inspectionId,
      });
    }
    return found && { ...found, purgedAt: await purgedAt(tx, inspectionId) };
  });
  if (!sample) throw new HttpError(problem('not-found', { what: 'sample' }));
  const { result } = sample;
  return {
    seed: sample.seed,
    confirmed: sample.confirmedAt !== null,
    selected: result.selected.map(({ caseId, stratum, side, reason }) => ({
      caseRef: caseId,
      stratum,
      side,
      reason,
    })),
    reserve: result.reserve.map(({ caseId, stratum }) => ({ caseRef: caseId, stratum })),
    ineligible: result.ineligible.map(({ caseId, reason }) => ({ caseRef: caseId, reason })),
    excluded: result.excluded.map(({ caseId, stratum, reason, replacedBy }) => ({
      caseRef: caseId,
      stratum,
      reason,
      replacedBy,
    })),
    summary: result.summary,
    warnings: result.warnings,
    purgedAt: sample.purgedAt,
  };
}
