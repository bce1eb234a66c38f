// Who may see and change a task. The token's roles decide the kind of action; TeamMembership decides
// which inspection; an assessor sees and changes only the tasks assigned to them. A task the caller may
// not read answers 404, as if it did not exist: even its existence says something about a child.
import type { z } from 'zod';
import { ASSESSOR_ROLES, problem, TaskIdParams, type Role } from '@yji/contracts';
import { errorResponses, HttpError, requireRole, type Principal } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import type { CaseTask } from '../generated/prisma/client.ts';
import { caseInspectionFrom } from '../inspection/inspection-settings.ts';
import { interviewFactsOf, type CaseSurroundings } from '../tasks/stored-task.ts';
import { readerTask, taskWithTeamRoles } from '../tasks/task-read-sql.ts';

const isAssessorRole = (role: string) => (ASSESSOR_ROLES as readonly string[]).includes(role);
const isLeadRole = (role: string) => role === ('lead-inspector' satisfies Role);

interface TaskAccess {
  /** The assignee, holding an assessor role in the token and in the inspection's team. */
  own: boolean;
  /** The inspection's lead inspector, by token and by team membership. */
  lead: boolean;
}

/** `teamRoles`: the caller's roles on the task's inspection team. */
function accessTo(principal: Principal, task: CaseTask, teamRoles: readonly string[]): TaskAccess {
  // The same role in the token and on the team: an inspector's token does not open a local assessor's seat.
  const holds = (test: (role: string) => boolean) =>
    teamRoles.some((role) => test(role) && (principal.roles as string[]).includes(role));
  return {
    own: task.assigneeId === principal.userId && holds(isAssessorRole),
    lead: holds(isLeadRole),
  };
}

/**
 * The task with everything its reader sees, and its surroundings for the rules, for a caller who may read
 * it (its assessor or the inspection's lead inspector); else 404. One statement.
 */
export async function readableTask(db: FieldworkDb, principal: Principal, taskId: string) {
  const found = await readerTask(db, taskId, principal.userId);
  if (!found) throw new HttpError(problem('not-found', { what: 'task' }));
  const access = accessTo(principal, found.task, found.teamRoles);
  if (!access.own && !access.lead) throw new HttpError(problem('not-found', { what: 'task' }));
  const { task, settings } = found;
  const surroundings: CaseSurroundings = {
    inspection: caseInspectionFrom(settings),
    ...(task.caseManagerInterview ? { interview: interviewFactsOf(task.caseManagerInterview) } : {}),
  };
  return { task, surroundings };
}

/**
 * The task, for its own assessor, who alone may change it. A lead inspector who may read it is told 403;
 * anyone else 404. One statement (the save-draft path's first read).
 */
export async function ownTask(db: FieldworkDb, principal: Principal, taskId: string): Promise<CaseTask> {
  const found = await taskWithTeamRoles(db, taskId, principal.userId);
  if (!found) throw new HttpError(problem('not-found', { what: 'task' }));
  const access = accessTo(principal, found.task, found.teamRoles);
  if (access.own) return found.task;
  if (access.lead) throw new HttpError(problem('forbidden', { needs: 'the assigned assessor' }));
  throw new HttpError(problem('not-found', { what: 'task' }));
}

/** What a route on one task says about itself; its answers by status. */
interface TaskRouteSchema {
  summary: string;
  response: Record<number, z.ZodType>;
}

/**
 * The options of a route on one task (`:taskId`) for callers with one of `roles` in their token: the role
 * check before the body is read, and the refusals every such route may give (401, 403, 404; 400 a
 * malformed id or body) besides its own. Which task the caller may touch is the handler's to decide.
 */
export function taskRoute<const S extends TaskRouteSchema>(roles: readonly [Role, ...Role[]], schema: S) {
  return {
    onRequest: requireRole(...roles),
    schema: {
      tags: ['tasks'],
      params: TaskIdParams,
      ...schema,
      response: { ...errorResponses(400, 401, 403, 404), ...schema.response },
    },
  };
}
