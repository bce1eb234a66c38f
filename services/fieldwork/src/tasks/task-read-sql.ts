// A task and whether the caller may touch it in one statement: for the routes that change a task (the draft
// save is an inspector's most frequent request), and with everything its reader sees and the read's audit
// entry for GET one task. Through Prisma's query builder the read was eight statements and the audit a
// ninth (issue 12, cause 3); each is one prepared statement, sent past Prisma (@yji/db direct-sql.ts).
import { ASSESSOR_ROLES, type Actor, type Role } from '@yji/contracts';
import { auditInsertSql, preparedStatement } from '@yji/db';
import { TASK_ENTITY_TYPE, TASK_READ } from '../audit/audit-task.ts';
import type { FieldworkDb } from '../db.ts';
import { REMINDED } from './reminded-sql.ts';
import type {
  CaseManagerInterview,
  CaseReview,
  CaseTask,
  ExclusionFlag,
  Interview,
} from '../generated/prisma/client.ts';

const LEAD_ROLE = 'lead-inspector' satisfies Role;

/**
 * Who may touch a task, as two boolean columns over the task `t`: `own`, its assignee holding an assessor
 * role; `lead`, the inspection's lead inspector. A role counts when the caller holds it both in their token
 * ($3) and on the inspection's team (TeamMembership): an inspector's token does not open a local assessor's
 * seat. $2 is the caller, $4 the assessor roles, $5 the lead's role.
 */
const ACCESS = `
  (t."assigneeId" = $2 AND EXISTS (SELECT 1 FROM "TeamMembership" m
     WHERE m."inspectionId" = t."inspectionId" AND m."userId" = $2
       AND m.role = ANY($3::text[]) AND m.role = ANY($4::text[]))) AS own,
  EXISTS (SELECT 1 FROM "TeamMembership" m
     WHERE m."inspectionId" = t."inspectionId" AND m."userId" = $2
       AND m.role = ANY($3::text[]) AND m.role = $5) AS lead`;

const accessParams = (caller: Pick<Actor, 'userId' | 'roles'>) => [
  caller.userId,
  [...caller.roles],
  [...ASSESSOR_ROLES],
  LEAD_ROLE,
];

/** When the inspection of task `t` was purged under the retention policy (null: its case data is kept). */
const PURGED_AT = `(SELECT p."purgedAt" FROM "RetentionPurge" p WHERE p."inspectionId" = t."inspectionId")`;

export interface TaskAccess {
  /** The assignee, holding an assessor role in the token and in the inspection's team. */
  own: boolean;
  /** The inspection's lead inspector, by token and by team membership. */
  lead: boolean;
}

/** What a route that changes a task reads with it: the caller's access, and whether its data was purged. */
export interface TaskChangeAccess {
  access: TaskAccess;
  /** When the inspection's case data was purged (docs/retention.md); null while it is kept. */
  purgedAt: Date | null;
}

const TASK_WITH_ACCESS = preparedStatement(
  'fieldwork.task-with-access',
  `SELECT t.*, ${ACCESS}, ${PURGED_AT} AS "inspectionPurgedAt" FROM "CaseTask" t WHERE t.id = $1::uuid`,
);

/** The task row, what the caller may do with it and whether it was purged; null when there is no such task. */
export async function taskWithAccess(
  db: FieldworkDb,
  taskId: string,
  caller: Pick<Actor, 'userId' | 'roles'>,
): Promise<({ task: CaseTask } & TaskChangeAccess) | null> {
  type Row = CaseTask & TaskAccess & { inspectionPurgedAt: Date | null };
  const [row] = await db.sql.rows<Row>(TASK_WITH_ACCESS, [taskId, ...accessParams(caller)]);
  if (!row) return null;
  const { own, lead, inspectionPurgedAt, ...task } = row;
  return { task, access: { own, lead }, purgedAt: inspectionPurgedAt };
}

/** The inspection's settings as the rules read them (null: the service has not heard of it yet). */
type SettingsRow = { country: string | null; programme: unknown } | null;

/** The inspection's settings of task `t` as one JSON value (null without a row). */
const SETTINGS = `(SELECT jsonb_build_object('country', s.country, 'programme', s.programme)
    FROM "InspectionSettings" s WHERE s."inspectionId" = t."inspectionId")`;

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

const TASK_FOR_RULES = preparedStatement(
  'fieldwork.task-for-rules',
  `SELECT t.*, ${ACCESS}, ${PURGED_AT} AS "inspectionPurgedAt", ${SETTINGS} AS settings,
          (SELECT to_jsonb(c) FROM "CaseManagerInterview" c WHERE c."taskId" = t.id) AS "caseManagerInterview"
     FROM "CaseTask" t WHERE t.id = $1::uuid`,
);

/**
 * As `taskWithAccess`, with what the task's rules need besides its own columns: its inspection's settings
 * and its case manager interview, for the routes that check a draft or a submission against the rules.
 * One round trip instead of three (the save-draft path, issue 12).
 */
export async function taskForRules(
  db: FieldworkDb,
  taskId: string,
  caller: Pick<Actor, 'userId' | 'roles'>,
): Promise<
  | ({
      task: CaseTask;
      settings: SettingsRow;
      caseManagerInterview: CaseManagerInterview | null;
    } & TaskChangeAccess)
  | null
> {
  type Row = CaseTask &
    TaskAccess & {
      inspectionPurgedAt: Date | null;
      settings: SettingsRow;
      caseManagerInterview: Record<string, unknown> | null;
    };
  const [row] = await db.sql.rows<Row>(TASK_FOR_RULES, [taskId, ...accessParams(caller)]);
  if (!row) return null;
  const { own, lead, inspectionPurgedAt, settings, caseManagerInterview, ...task } = row;
  return {
    task,
    access: { own, lead },
    purgedAt: inspectionPurgedAt,
    settings,
    caseManagerInterview: withDates<CaseManagerInterview>(caseManagerInterview, ['date', 'updatedAt']),
  };
}

/** A task with the rows its reader sees besides its own columns (readerTask; task-views' toTaskDetail). */
export interface ReaderTask extends CaseTask {
  /** Whether the reminder for its current due date has come (reminded-sql.ts). */
  reminded: boolean;
  interview: Interview | null;
  caseManagerInterview: CaseManagerInterview | null;
  exclusionFlag: ExclusionFlag | null;
  review: CaseReview | null;
}

/** The review's latest move that gave the case back to its assessor: QA's return, or the lead's correction. */
export interface LastReturn {
  move: 'return' | 'correct';
  reason: string | null;
  comments: Record<string, string>;
}

const READ_AUDIT = auditInsertSql({
  firstParam: 6,
  from: 't',
  where: 't.own OR t.lead',
  inspectionIdSql: 't."inspectionId"',
});

const READER_TASK = preparedStatement(
  'fieldwork.reader-task',
  `WITH t AS (SELECT t.*, ${ACCESS} FROM "CaseTask" t WHERE t.id = $1::uuid),
        audited AS (${READ_AUDIT.sql})
   SELECT t.*, ${REMINDED} AS reminded,
          to_jsonb(i) AS interview, to_jsonb(c) AS "caseManagerInterview", to_jsonb(x) AS "exclusionFlag",
          to_jsonb(r) AS review, ${SETTINGS} AS settings,
          (SELECT jsonb_build_object('move', e.move, 'reason', e.reason, 'comments', e.comments)
             FROM "ReviewEntry" e
            WHERE e."taskId" = t.id AND e.move IN ('return', 'correct') ORDER BY e.at DESC LIMIT 1) AS "lastReturn"
     FROM t
     LEFT JOIN "Interview" i ON i."taskId" = t.id
     LEFT JOIN "CaseManagerInterview" c ON c."taskId" = t.id
     LEFT JOIN "ExclusionFlag" x ON x."taskId" = t.id
     LEFT JOIN "CaseReview" r ON r."taskId" = t.id`,
);

/**
 * Everything the reader of a task sees, what the caller may do with it, the inspection's settings (for the
 * rules), and the review's latest return or correction; null when there is no such task. The statement also appends the
 * `case.read` audit entry when the caller may read the task (its assignee or lead inspector), so the read
 * and its record are one round trip and a refused read records nothing.
 */
export async function readerTask(
  db: FieldworkDb,
  taskId: string,
  actor: Actor,
): Promise<{
  task: ReaderTask;
  access: TaskAccess;
  settings: SettingsRow;
  lastReturn: LastReturn | null;
} | null> {
  type Row = CaseTask &
    TaskAccess & {
      reminded: boolean;
      interview: Record<string, unknown> | null;
      caseManagerInterview: Record<string, unknown> | null;
      exclusionFlag: Record<string, unknown> | null;
      review: Record<string, unknown> | null;
      settings: SettingsRow;
      lastReturn: LastReturn | null;
    };
  const [row] = await db.sql.rows<Row>(READER_TASK, [
    taskId,
    ...accessParams(actor),
    ...READ_AUDIT.paramsOf({ actor, action: TASK_READ, entityType: TASK_ENTITY_TYPE, entityId: taskId }),
  ]);
  if (!row) return null;
  const { own, lead, settings, lastReturn, interview, caseManagerInterview, exclusionFlag, review, ...task } =
    row;
  return {
    access: { own, lead },
    settings,
    lastReturn,
    task: {
      ...task,
      interview: withDates<Interview>(interview, ['date', 'updatedAt']),
      caseManagerInterview: withDates<CaseManagerInterview>(caseManagerInterview, ['date', 'updatedAt']),
      exclusionFlag: withDates<ExclusionFlag>(exclusionFlag, ['at', 'keptAt']),
      review: withDates<CaseReview>(review, ['waitingSince', 'claimedAt', 'updatedAt']),
    },
  };
}
