// Long lists: staged on upload, made current by the workflow, read back as the domain's LongListCase.
import { randomUUID } from 'node:crypto';
import { fromDateColumn } from '@yji/db';
import type { LongListCase, DisposalType, ClassificationLevel } from '@yji/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import type { InspectionDb } from '../db.ts';
import type { StagingBatch } from './long-list-staging-batches.ts';

type Tx = Prisma.TransactionClient | InspectionDb;

/**
 * Stages a long list read into batches (long-list-staging-batches.ts): the list, then its cases one batch a
 * statement, not one long transaction (a 100,000-row list used to outlast the transaction time limit and
 * hold a connection and the relay's locks meanwhile). A staged list is seen by nothing until the workflow
 * activates it, so a list half staged when the process stops is harmless; discardStagedLongList removes
 * one that is refused, discardAbandonedLongLists one never activated (half staged, or its decision never
 * taken).
 */
export async function stageLongList(
  db: InspectionDb,
  inspectionId: string,
  uploadedBy: string,
  { rows, batches }: { rows: number; batches: readonly StagingBatch[] },
) {
  const id = randomUUID();
  await db.longList.create({ data: { id, inspectionId, uploadedBy, rowCount: rows } });
  for (const { columns } of batches) {
    // Each column arrives as one text[] literal (STAGED_FIELDS order): a few strings to send, not one
    // parameter value per row.
    await db.$executeRawUnsafe(
      `INSERT INTO "LongListCase" ("longListId", "caseRef", "disposalType", "disposalStart", "caseManager",
         gender, ethnicity, "safetyWellbeing", "riskOfSeriousHarm")
       SELECT $1::uuid, * FROM unnest($2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::text[])`,
      id,
      ...columns,
    );
  }
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

/**
 * How long a staged list may wait to become current. Staging takes seconds and a lead's decision a few more
 * (or, with the worker down, until it is back): a list staged longer ago than this was abandoned — half
 * staged when the process stopped, or refused after its request had answered 202 — and is case data with no
 * use. Decision: an hour; a decision that reaches the workflow later still is refused (long list not found)
 * and the lead uploads again.
 */
export const STAGED_LIST_BOUND_MS = 60 * 60 * 1000;

/**
 * Removes the long lists staged before `before` and never activated, with their rows: of one inspection (at
 * its next upload), or of all (the service's periodic sweep). Answers how many lists went.
 */
export async function discardAbandonedLongLists(
  db: InspectionDb,
  { before, inspectionId }: { before: Date; inspectionId?: string },
): Promise<number> {
  const abandoned = await db.longList.findMany({
    where: { activatedAt: null, uploadedAt: { lt: before }, ...(inspectionId ? { inspectionId } : {}) },
    select: { id: true },
  });
  for (const { id } of abandoned) await discardStagedLongList(db, id);
  return abandoned.length;
}
