// The inspection's QA-approved cases (contracts fieldwork/qa-figures.ts getApprovedCases), with the draft
// version each approval published, and its approved cases reopened for correction and not approved again,
// with the version each reopening published: the ratings service compares them with the judgements it holds
// before the chair approves. Task ids and versions only; answered after the retention purge too (the versions
// stay).
import { getApprovedCases } from '@yji/contracts';
import { fieldworkCommand } from './task-for-command.ts';

interface ListedCase {
  taskId: string;
  version: number;
  approved: boolean;
}

/**
 * Both lists in one statement, so they are read at one moment: a case approved again between two reads would
 * be in neither. An approved case's version is its current round's; a reopened one's is the round its latest
 * correction reopened, the one before the round the correction's entry opened (qa/apply-review-move.ts). A
 * case never approved has no correction, so no version to join, and is in neither list.
 */
const LISTED_CASES = `
  SELECT r."taskId", v."draftVersion" AS version, r.state = 'approved' AS approved
    FROM "CaseReview" r
    LEFT JOIN LATERAL (
      SELECT max(e.round) - 1 AS round
        FROM "ReviewEntry" e
       WHERE e."taskId" = r."taskId" AND e.move = 'correct') reopened ON true
    JOIN "AssessmentVersion" v
      ON v."taskId" = r."taskId"
     AND v.round = CASE WHEN r.state = 'approved' THEN r.round ELSE reopened.round END
   WHERE r."inspectionId" = $1::uuid
   ORDER BY r."taskId"`;

export const getApprovedCasesHandler = fieldworkCommand(getApprovedCases, async (db, { inspectionId }) => {
  const rows = await db.$queryRawUnsafe<ListedCase[]>(LISTED_CASES, inspectionId);
  const listed = (approved: boolean) =>
    rows.filter((row) => row.approved === approved).map(({ taskId, version }) => ({ taskId, version }));
  return { cases: listed(true), reopened: listed(false) };
});
