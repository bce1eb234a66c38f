// A task and the caller's roles on its inspection's team in one statement: for the routes that change a
// task (the draft save is an inspector's most frequent request), and with everything its reader sees for
// GET one task. Through Prisma's query builder the read was eight statements besides the audit (issue 12,
// cause 3); as raw SQL through the same client it is one round trip.
import type { FieldworkDb } from '../db.ts';
import type {
  CaseManagerInterview,
  CaseReview,
  CaseTask,
  ExclusionFlag,
  Interview,
  Prisma,
} from '../generated/prisma/client.ts';

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
  interview: Interview | null;
  caseManagerInterview: CaseManagerInterview | null;
  exclusionFlag: ExclusionFlag | null;
  review: CaseReview | null;
}

/** Dates inside to_jsonb: a date column as YYYY-MM-DD, a timestamp column without a zone (stored as UTC). */
const asDate = (value: unknown) =>
  typeof value === 'string'
    ? new Date(/T.*(Z|[+-]\d\d:\d\d)$|^\d{4}-\d\d-\d\d$/.test(value) ? value : `${value}Z`)
    : null;

function withDates<T>(row: Record<string, unknown> | null, fields: string[]): T | null {
  if (!row) return null;
  const copy = { ...row };
  for (const field of fields) copy[field] = asDate(copy[field]);
  return copy as T;
}

/**
 * Everything the reader of a task sees, with the caller's team roles and the inspection's settings (for
 * the rules); null when there is no such task.
 */
export async function readerTask(
  db: Reader,
  taskId: string,
  userId: string,
): Promise<{
  task: ReaderTask;
  teamRoles: string[];
  settings: { country: string | null; programme: unknown } | null;
} | null> {
  type Row = CaseTask & {
    teamRoles: string[];
    interview: Record<string, unknown> | null;
    caseManagerInterview: Record<string, unknown> | null;
    exclusionFlag: Record<string, unknown> | null;
    review: Record<string, unknown> | null;
    settings: { country: string | null; programme: unknown } | null;
  };
  const [row] = await db.$queryRawUnsafe<Row[]>(
    `SELECT t.*, ${TEAM_ROLES},
            to_jsonb(i) AS interview, to_jsonb(c) AS "caseManagerInterview", to_jsonb(x) AS "exclusionFlag",
            to_jsonb(r) AS review, CASE WHEN s IS NULL THEN NULL ELSE
              jsonb_build_object('country', s.country, 'programme', s.programme) END AS settings
       FROM "CaseTask" t
       LEFT JOIN "Interview" i ON i."taskId" = t.id
       LEFT JOIN "CaseManagerInterview" c ON c."taskId" = t.id
       LEFT JOIN "ExclusionFlag" x ON x."taskId" = t.id
       LEFT JOIN "CaseReview" r ON r."taskId" = t.id
       LEFT JOIN "InspectionSettings" s ON s."inspectionId" = t."inspectionId"
      WHERE t.id = $1::uuid`,
    taskId,
    userId,
  );
  if (!row) return null;
  const { teamRoles, settings, interview, caseManagerInterview, exclusionFlag, review, ...task } = row;
  return {
    teamRoles,
    settings,
    task: {
      ...task,
      interview: withDates<Interview>(interview, ['date', 'updatedAt']),
      caseManagerInterview: withDates<CaseManagerInterview>(caseManagerInterview, ['date', 'updatedAt']),
      exclusionFlag: withDates<ExclusionFlag>(exclusionFlag, ['at']),
      review: withDates<CaseReview>(review, ['waitingSince', 'claimedAt', 'updatedAt']),
    },
  };
}
