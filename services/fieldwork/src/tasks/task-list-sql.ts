// One page of an assessor's task list in one statement: only the columns a list line shows (and whether its
// reminder has come, as recorded when the case workflow's timer fired: record-deadline-event.ts), only tasks on
// inspections whose team still has the caller as an assessor, keyset-paged. The list used to load whole rows
// (facts, answers, notes) of every task in two statements (issue 12, cause 4). A prepared statement sent
// past Prisma (@yji/db direct-sql.ts), whose rows are the list's lines as the answer shows them: the due
// time written as JSON writes it by PostgreSQL, not parsed into a Date and written out again for each line.
// The lines name cases, so the statement also appends the read's audit entry (`tasks.listed`: who, and the
// inspection when the list is of one of the caller's), the read and its record one round trip as a task's is.
import type { z } from 'zod';
import { ASSESSOR_ROLES, type TaskState, type TaskSummary } from '@yji/contracts';
import { auditInsertSql, isoTimestampSql, preparedStatement, type AuditActor } from '@yji/db';
import type { FieldworkDb } from '../db.ts';
import { REMINDED } from './reminded-sql.ts';

/** A line of the list; the answer's schema checks each one on its way out (states included). */
export type TaskListLine = z.input<typeof TaskSummary>;

export interface TaskPageQuery {
  reader: AuditActor;
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

/** The inspection a list of one is of, when the caller assesses on its team: nobody reads another team's. */
const LIST_AUDIT = auditInsertSql({
  firstParam: 7,
  from: '(SELECT 1) AS listing',
  inspectionIdSql: `(SELECT m."inspectionId" FROM "TeamMembership" m
                      WHERE m."inspectionId" = $6::uuid AND m."userId" = $1 AND m.role = ANY($2::text[]) LIMIT 1)`,
});

const TASK_PAGE = preparedStatement(
  'fieldwork.task-page',
  `WITH audited AS (${LIST_AUDIT.sql})
   SELECT t.id AS "taskId", t."inspectionId", t."caseRef", t."frameworkId", t.state, t.version,
          ${isoTimestampSql('t."dueAt"')} AS "dueAt", r.state AS "reviewState",
          ${REMINDED} AS reminded
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
): Promise<{ lines: TaskListLine[]; next: string | null }> {
  const { reader } = query;
  const lines = await db.sql.rows<TaskListLine>(TASK_PAGE, [
    reader.userId,
    [...ASSESSOR_ROLES],
    query.state ?? null,
    query.after ?? null,
    query.limit + 1,
    query.inspectionId ?? null,
    ...LIST_AUDIT.paramsOf({
      actor: reader,
      action: 'tasks.listed',
      entityType: 'assessor',
      entityId: reader.userId,
    }),
  ]);
  const more = lines.length > query.limit;
  const page = more ? lines.slice(0, query.limit) : lines;
  return { lines: page, next: more ? page.at(-1)!.taskId : null };
}
