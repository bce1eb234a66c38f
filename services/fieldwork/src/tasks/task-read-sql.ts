// A task and the caller's roles on its inspection's team in one statement, for the routes that change a
// task (the draft save is an inspector's most frequent request). Through Prisma's query builder it was two
// statements (issue 12, cause 3); as raw SQL through the same client it is one round trip.
import type { FieldworkDb } from '../db.ts';
import type { CaseTask, Prisma } from '../generated/prisma/client.ts';

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
