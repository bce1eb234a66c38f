// The lead's progress from this service's own tables, and the read's audit entry, in one statement (issue
// 12, cause 1: it was a Temporal Query per read). Every confirmed case still in the sample (SampledCase),
// as the fieldwork service last announced its task (CaseProgress, consumers/case-progress.ts); a case not
// heard of yet is unassigned, as the inspection workflow shows a case it has started and not heard from.
// A prepared statement sent past Prisma (@yji/db direct-sql.ts), whose rows are the cases as the answer
// shows them (the due time written by PostgreSQL).
import type { CaseProgressView, ProgressView } from '@yji/contracts';
import { auditInsertSql, isoTimestampSql, preparedStatement, type AuditActor } from '@yji/db';
import { summariseProgress } from '@yji/workflows';
import type { InspectionDb } from '../db.ts';

const PROGRESS_AUDIT = auditInsertSql({
  firstParam: 2,
  from: '(SELECT $1::uuid AS id) i',
  inspectionIdSql: 'i.id',
});

const PROGRESS = preparedStatement(
  'inspection.progress',
  `WITH audited AS (${PROGRESS_AUDIT.sql})
   SELECT s."taskId", s."caseRef", COALESCE(p.state, 'unassigned') AS state, p."assigneeId",
          ${isoTimestampSql(`p."dueAt" AT TIME ZONE 'UTC'`)} AS "dueAt",
          COALESCE(p.overdue, false) AS overdue
     FROM "SampledCase" s LEFT JOIN "CaseProgress" p ON p."taskId" = s."taskId"
    WHERE s."inspectionId" = $1::uuid AND s."withdrawnAt" IS NULL
    ORDER BY s."caseRef"`,
);

/** Where every case of inspection `inspectionId` stands, with the totals; audited as read by `actor`. */
export async function readProgress(
  db: InspectionDb,
  inspectionId: string,
  actor: AuditActor,
): Promise<ProgressView> {
  const cases = await db.sql.rows<CaseProgressView>(PROGRESS, [
    inspectionId,
    ...PROGRESS_AUDIT.paramsOf({
      actor,
      action: 'progress.read',
      entityType: 'inspection',
      entityId: inspectionId,
    }),
  ]);
  return summariseProgress(cases);
}
