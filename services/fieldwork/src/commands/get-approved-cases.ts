// The inspection's QA-approved cases (contracts fieldwork/qa-figures.ts getApprovedCases), with the draft
// version each approval published: the ratings service compares them with the judgements it holds before the
// chair approves. Task ids and versions only; answered after the retention purge too (the versions stay).
import { getApprovedCases } from '@yji/contracts';
import { fieldworkCommand } from './task-for-command.ts';

export const getApprovedCasesHandler = fieldworkCommand(getApprovedCases, async (db, { inspectionId }) => ({
  cases: await db.$queryRawUnsafe<{ taskId: string; version: number }[]>(
    `SELECT r."taskId", v."draftVersion" AS version
       FROM "CaseReview" r
       JOIN "AssessmentVersion" v ON v."taskId" = r."taskId" AND v.round = r.round
      WHERE r."inspectionId" = $1::uuid AND r.state = 'approved'
      ORDER BY r."taskId"`,
    inspectionId,
  ),
}));
