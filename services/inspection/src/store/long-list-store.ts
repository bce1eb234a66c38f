// Long lists: staged on upload, made current by the workflow, read back as the domain's LongListCase.
import { randomUUID } from 'node:crypto';
import { fromDateColumn, toDateColumn } from '@yji/db';
import type { LongListCase, DisposalType, ClassificationLevel } from '@yji/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import type { InspectionDb } from '../db.ts';

type Tx = Prisma.TransactionClient | InspectionDb;

export async function stageLongList(
  tx: Tx,
  inspectionId: string,
  uploadedBy: string,
  cases: readonly LongListCase[],
) {
  const id = randomUUID();
  await tx.longList.create({ data: { id, inspectionId, uploadedBy, rowCount: cases.length } });
  await tx.longListCase.createMany({
    data: cases.map((entry) => ({
      longListId: id,
      caseRef: entry.caseId,
      disposalType: entry.disposalType,
      disposalStart: toDateColumn(entry.disposalStart),
      caseManager: entry.caseManager,
      gender: entry.gender,
      ethnicity: entry.ethnicity,
      safetyWellbeing: entry.safetyWellbeing,
      riskOfSeriousHarm: entry.riskOfSeriousHarm,
    })),
  });
  return id;
}

export async function activeLongList(tx: Tx, inspectionId: string) {
  return tx.longList.findFirst({
    where: { inspectionId, activatedAt: { not: null } },
    orderBy: { activatedAt: 'desc' },
  });
}

export async function longListCases(tx: Tx, longListId: string): Promise<LongListCase[]> {
  const rows = await tx.longListCase.findMany({ where: { longListId }, orderBy: { caseRef: 'asc' } });
  return rows.map((row) => ({
    caseId: row.caseRef,
    disposalType: row.disposalType as DisposalType,
    disposalStart: fromDateColumn(row.disposalStart),
    caseManager: row.caseManager,
    gender: row.gender,
    ethnicity: row.ethnicity,
    safetyWellbeing: row.safetyWellbeing as ClassificationLevel,
    riskOfSeriousHarm: row.riskOfSeriousHarm as ClassificationLevel,
  }));
}

/** Removes a staged list that never became current (its rows, then the list). */
export async function discardStagedLongList(db: InspectionDb, longListId: string) {
  await db.$transaction([
    db.longListCase.deleteMany({ where: { longListId } }),
    db.longList.deleteMany({ where: { id: longListId, activatedAt: null } }),
  ]);
}
