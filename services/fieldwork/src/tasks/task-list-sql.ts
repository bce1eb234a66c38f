// One page of an assessor's task list in one statement: only the columns a list line shows, only tasks on
// inspections whose team still has the caller as an assessor, keyset-paged. The list used to load whole rows
// (facts, answers, notes) of every task in two statements (issue 12, cause 4). A prepared statement sent
// past Prisma (@yji/db direct-sql.ts).
import { ASSESSOR_ROLES, type TaskState } from '@yji/contracts';
import { preparedStatement } from '@yji/db';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask } from '../generated/prisma/client.ts';

export type TaskListRow = Pick<
  CaseTask,
  'id' | 'inspectionId' | 'caseRef' | 'frameworkId' | 'state' | 'dueAt' | 'version'
> & { review: { state: string } | null };

export interface TaskPageQuery {
  assigneeId: string;
  state?: TaskState | undefined;
  inspectionId?: string | undefined;
  limit: number;
  /** The id of the last task of the page before. */
  after?: string | undefined;
}

/**
 * Soonest due first, tasks with no due date last, then by case reference and id so the order is total.
 * The same expression orders the rows and compares them with the `after` task's place: a cursor naming a
 * task that is not the caller's (or no longer exists) gives an empty page.
 */
const PLACE = `COALESCE(t."dueAt", 'infinity'::timestamp), t."caseRef", t.id`;

const TASK_PAGE = preparedStatement(
  'fieldwork.task-page',
  `SELECT t.id, t."inspectionId", t."caseRef", t."frameworkId", t.state, t."dueAt", t.version,
          r.state AS "reviewState"
     FROM "CaseTask" t LEFT JOIN "CaseReview" r ON r."taskId" = t.id
    WHERE t."assigneeId" = $1
      AND EXISTS (SELECT 1 FROM "TeamMembership" m
                   WHERE m."inspectionId" = t."inspectionId" AND m."userId" = $1 AND m.role = ANY($2::text[]))
      AND ($3::text IS NULL OR t.state = $3::text)
      AND ($6::uuid IS NULL OR t."inspectionId" = $6::uuid)
      AND ($4::uuid IS NULL OR (${PLACE}) > (
            SELECT ${PLACE} FROM "CaseTask" t WHERE t.id = $4::uuid AND t."assigneeId" = $1))
    ORDER BY ${PLACE}
    LIMIT $5::int`,
);

export async function taskPage(
  db: FieldworkDb,
  query: TaskPageQuery,
): Promise<{ rows: TaskListRow[]; next: string | null }> {
  const found = await db.sql.rows<Omit<TaskListRow, 'review'> & { reviewState: string | null }>(TASK_PAGE, [
    query.assigneeId,
    [...ASSESSOR_ROLES],
    query.state ?? null,
    query.after ?? null,
    query.limit + 1,
    query.inspectionId ?? null,
  ]);
  const rows = found.map(({ reviewState, ...row }) => ({
    ...row,
    review: reviewState === null ? null : { state: reviewState },
  }));
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  return { rows: page, next: more ? page.at(-1)!.id : null };
}
