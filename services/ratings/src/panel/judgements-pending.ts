// The ratings rest on the whole sample, as quality assurance now approves it, or are not approved: the cases
// quality assurance approved (the fieldwork service's word, asked at approval) must each have reached this
// service's CaseJudgement at the version approved, and the approved cases since reopened for correction must
// each have been withdrawn here. One missing (its assessment.approved event still on its way, parked after
// failed deliveries, or refused) would leave the figures, the published case-judgements.csv and namesCase on
// part of the sample; one still counted (its assessment.reopened event on its way) would rest them on a
// judgement quality assurance no longer approves; either with nothing to show it.
import { getApprovedCases, problem, type ApprovedCases } from '@yji/contracts';
import type { RawSql } from '@yji/db';
import { CommandRejected, sendCommand, type NatsConnection } from '@yji/messaging';

/**
 * How long the approval waits for the fieldwork service, and the panel pack too: well inside the command's
 * own reply time.
 */
const APPROVED_CASES_WAIT_MS = 3_000;

/** The fieldwork service's approved cases; a service that does not answer is busy (the approval is retried). */
export async function approvedCasesOf(nc: NatsConnection, inspectionId: string): Promise<ApprovedCases> {
  try {
    return await sendCommand(nc, getApprovedCases, { inspectionId }, { timeoutMs: APPROVED_CASES_WAIT_MS });
  } catch (error) {
    if (error instanceof CommandRejected) throw error;
    throw new CommandRejected(problem('service-busy'));
  }
}

/**
 * How many approved cases are not held current here at their approved version, and reopened ones are still
 * held current at the version reopened or before: what the approval refuses while it is above 0, and what the
 * panel pack shows the panel before. A reopened case is named by the fieldwork service, not found by its
 * absence from the approved ones: that would also take in cases held here that the fieldwork service does not
 * know.
 */
export async function countJudgementsPending(
  db: RawSql,
  inspectionId: string,
  { cases, reopened }: ApprovedCases,
): Promise<number> {
  if (cases.length === 0 && reopened.length === 0) return 0;
  const [counted] = await db.$queryRawUnsafe<{ pending: number }[]>(
    `SELECT (SELECT count(*)::int
               FROM unnest($2::uuid[], $3::int[]) AS approved("taskId", version)
              WHERE NOT EXISTS (
                SELECT 1 FROM "CaseJudgement" j
                 WHERE j."taskId" = approved."taskId" AND j."inspectionId" = $1::uuid
                   AND j."reopenedAt" IS NULL AND j.version >= approved.version))
          + (SELECT count(*)::int
               FROM unnest($4::uuid[], $5::int[]) AS reopened("taskId", version)
              WHERE EXISTS (
                SELECT 1 FROM "CaseJudgement" j
                 WHERE j."taskId" = reopened."taskId" AND j."inspectionId" = $1::uuid
                   AND j."reopenedAt" IS NULL AND j.version <= reopened.version)) AS pending`,
    inspectionId,
    cases.map(({ taskId }) => taskId),
    cases.map(({ version }) => version),
    reopened.map(({ taskId }) => taskId),
    reopened.map(({ version }) => version),
  );
  return counted?.pending ?? 0;
}

/**
 * Refuses judgements-pending while an approved case is not held current here at its approved version, or a
 * reopened one still is.
 */
export async function refuseIfJudgementsPending(
  tx: RawSql,
  inspectionId: string,
  approved: ApprovedCases,
): Promise<void> {
  const pending = await countJudgementsPending(tx, inspectionId, approved);
  if (pending > 0) throw new CommandRejected(problem('judgements-pending', { cases: pending }));
}
