// The drawn sample is the domain's SampleResult, stored whole; these read and write it.
import type { SampleResult } from '@yji/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import type { InspectionDb } from '../db.ts';

type Tx = Prisma.TransactionClient | InspectionDb;

export async function loadSample(tx: Tx, inspectionId: string) {
  const row = await tx.sample.findUnique({ where: { inspectionId } });
  return row && { ...row, result: row.result as unknown as SampleResult };
}

export function sampleJson(result: SampleResult): Prisma.InputJsonValue {
  return result as unknown as Prisma.InputJsonValue;
}

export function sampleCounts(seed: string, result: SampleResult) {
  return {
    seed,
    selected: result.selected.length,
    reserve: result.reserve.length,
    ineligible: result.ineligible.length,
    excluded: result.excluded.length,
    custody: result.summary.custody,
  };
}
