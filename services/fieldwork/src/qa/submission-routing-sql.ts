// What routing a first submission reads, in one statement (issue 12: the submission's lock, the largest
// transaction of a case, read them through five Prisma queries): whether the case has a review already,
// the inspection's QA policy, whether the assessor sits on its team as a local assessor, whether the case
// has a safeguarding alert, and how many of the assessor's cases in the inspection QA has selected so far.
import type { RawSql } from '@yji/db';

export interface SubmissionRoutingFacts {
  reviewed: boolean;
  /** The QaSettings row's policy; null before the lead inspector sets one. */
  policy: unknown;
  localAssessor: boolean;
  safeguardingAlert: boolean;
  selectedSoFar: number;
}

export async function submissionRoutingFacts(
  tx: RawSql,
  task: { id: string; inspectionId: string },
  assessorId: string,
): Promise<SubmissionRoutingFacts> {
  const [facts] = await tx.$queryRawUnsafe<SubmissionRoutingFacts[]>(
    `SELECT EXISTS (SELECT 1 FROM "CaseReview" WHERE "taskId" = $1::uuid) AS reviewed,
            (SELECT policy FROM "QaSettings" WHERE "inspectionId" = $2::uuid) AS policy,
            EXISTS (SELECT 1 FROM "TeamMembership"
                     WHERE "inspectionId" = $2::uuid AND "userId" = $3 AND role = 'local-assessor')
              AS "localAssessor",
            EXISTS (SELECT 1 FROM "SafeguardingAlert" WHERE "taskId" = $1::uuid) AS "safeguardingAlert",
            (SELECT count(*)::int FROM "CaseReview"
              WHERE "inspectionId" = $2::uuid AND "assessorId" = $3 AND selection -> 'selected' = 'true'::jsonb)
              AS "selectedSoFar"`,
    task.id,
    task.inspectionId,
    assessorId,
  );
  return facts!;
}
