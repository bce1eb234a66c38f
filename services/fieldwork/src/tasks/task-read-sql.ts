// A task read in one statement: the row, the caller's roles on its inspection's team, and (for the reader's
// view) its interview, exclusion flag, review and the review's last return. Reading one task was five
// statements through Prisma's query builder and the service's largest CPU cost (issue 12, cause 3); as raw
// SQL through the same Prisma client it is one round trip with no query planning in JavaScript.
import type { FieldworkDb } from '../db.ts';
import type { CaseTask, ExclusionFlag, Interview, Prisma } from '../generated/prisma/client.ts';

type Reader = FieldworkDb | Prisma.TransactionClient;

/** The roles `userId` holds on the task's inspection team, as a text[] column. */
const TEAM_ROLES = `ARRAY(SELECT m.role FROM "TeamMembership" m
   WHERE m."inspectionId" = t."inspectionId" AND m."userId" = $2) AS "teamRoles"`;

export interface TaskWithTeamRoles {
  task: CaseTask;
  /** The caller's roles on the inspection's team (not yet matched against their token). */
  teamRoles: string[];
}

/** The task row and the caller's team roles; null when there is no such task. */
export async function taskWithTeamRoles(
  db: Reader,
  taskId: string,
  userId: string,
): Promise<TaskWithTeamRoles | null> {
  const [row] = await db.$queryRawUnsafe<(CaseTask & { teamRoles: string[] })[]>(
    `SELECT t.*, ${TEAM_ROLES} FROM "CaseTask" t WHERE t.id = $1::uuid`,
    taskId,
    userId,
  );
  if (!row) return null;
  const { teamRoles, ...task } = row;
  return { task, teamRoles };
}

export interface ReaderTask extends CaseTask {
  interview: Omit<Interview, 'taskId'> | null;
  exclusionFlag: Omit<ExclusionFlag, 'taskId'> | null;
  review: { state: string; round: number } | null;
  /** The review's last return while the case is back with its assessor (returned or revising). */
  lastReturn: { reason: string | null; comments: unknown } | null;
}

interface ReaderRow extends CaseTask {
  teamRoles: string[];
  interviewDate: Date | null;
  interviewWithWhom: string | null;
  interviewNotes: string | null;
  interviewRecordedBy: string | null;
  interviewUpdatedAt: Date | null;
  exclusionReason: string | null;
  exclusionFlaggedBy: string | null;
  exclusionAt: Date | null;
  reviewState: string | null;
  reviewRound: number | null;
  returnReason: string | null;
  returnComments: unknown;
  returned: boolean;
}

/** Everything the task's reader sees, with the caller's team roles; null when there is no such task. */
export async function readerTask(
  db: Reader,
  taskId: string,
  userId: string,
): Promise<{ task: ReaderTask; teamRoles: string[] } | null> {
  const [row] = await db.$queryRawUnsafe<ReaderRow[]>(
    `SELECT t.*, ${TEAM_ROLES},
            i.date AS "interviewDate", i."withWhom" AS "interviewWithWhom", i.notes AS "interviewNotes",
            i."recordedBy" AS "interviewRecordedBy", i."updatedAt" AS "interviewUpdatedAt",
            x.reason AS "exclusionReason", x."flaggedBy" AS "exclusionFlaggedBy", x.at AS "exclusionAt",
            r.state AS "reviewState", r.round AS "reviewRound",
            e.id IS NOT NULL AS returned, e.reason AS "returnReason", e.comments AS "returnComments"
       FROM "CaseTask" t
       LEFT JOIN "Interview" i ON i."taskId" = t.id
       LEFT JOIN "ExclusionFlag" x ON x."taskId" = t.id
       LEFT JOIN "CaseReview" r ON r."taskId" = t.id
       LEFT JOIN LATERAL (
         SELECT id, reason, comments FROM "ReviewEntry"
          WHERE "taskId" = t.id AND move = 'return' AND r.state IN ('returned', 'revising')
          ORDER BY at DESC LIMIT 1) e ON true
      WHERE t.id = $1::uuid`,
    taskId,
    userId,
  );
  if (!row) return null;
  const {
    teamRoles,
    interviewDate,
    interviewWithWhom,
    interviewNotes,
    interviewRecordedBy,
    interviewUpdatedAt,
    exclusionReason,
    exclusionFlaggedBy,
    exclusionAt,
    reviewState,
    reviewRound,
    returned,
    returnReason,
    returnComments,
    ...task
  } = row;
  return {
    teamRoles,
    task: {
      ...task,
      interview: interviewDate && {
        date: interviewDate,
        withWhom: interviewWithWhom!,
        notes: interviewNotes!,
        recordedBy: interviewRecordedBy!,
        updatedAt: interviewUpdatedAt!,
      },
      exclusionFlag: exclusionAt && {
        reason: exclusionReason!,
        flaggedBy: exclusionFlaggedBy!,
        at: exclusionAt,
      },
      review: reviewState === null ? null : { state: reviewState, round: reviewRound! },
      lastReturn: returned ? { reason: returnReason, comments: returnComments } : null,
    },
  };
}
